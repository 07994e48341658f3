/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Engagement;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.ReviewItemImpl#getEngagement <em>Engagement</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ReviewItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ReviewItemImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ReviewItemImpl#isClosureConfirmed <em>Closure Confirmed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewItemImpl extends MinimalEObjectImpl.Container implements ReviewItem {
	/**
	 * The cached value of the '{@link #getEngagement() <em>Engagement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngagement()
	 * @generated
	 * @ordered
	 */
	protected Engagement engagement;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ReviewItemKind KIND_EDEFAULT = ReviewItemKind.NEW;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ReviewItemKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isClosureConfirmed() <em>Closure Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClosureConfirmed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLOSURE_CONFIRMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isClosureConfirmed() <em>Closure Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClosureConfirmed()
	 * @generated
	 * @ordered
	 */
	protected boolean closureConfirmed = CLOSURE_CONFIRMED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.REVIEW_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Engagement getEngagement() {
		if (engagement != null && engagement.eIsProxy()) {
			InternalEObject oldEngagement = (InternalEObject) engagement;
			engagement = (Engagement) eResolveProxy(oldEngagement);
			if (engagement != oldEngagement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.REVIEW_ITEM__ENGAGEMENT,
							oldEngagement, engagement));
			}
		}
		return engagement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Engagement basicGetEngagement() {
		return engagement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngagement(Engagement newEngagement) {
		Engagement oldEngagement = engagement;
		engagement = newEngagement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.REVIEW_ITEM__ENGAGEMENT,
					oldEngagement, engagement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewItemKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ReviewItemKind newKind) {
		ReviewItemKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.REVIEW_ITEM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.REVIEW_ITEM__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isClosureConfirmed() {
		return closureConfirmed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosureConfirmed(boolean newClosureConfirmed) {
		boolean oldClosureConfirmed = closureConfirmed;
		closureConfirmed = newClosureConfirmed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.REVIEW_ITEM__CLOSURE_CONFIRMED,
					oldClosureConfirmed, closureConfirmed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.REVIEW_ITEM__ENGAGEMENT:
			if (resolve)
				return getEngagement();
			return basicGetEngagement();
		case AdvocacyPackage.REVIEW_ITEM__KIND:
			return getKind();
		case AdvocacyPackage.REVIEW_ITEM__NOTES:
			return getNotes();
		case AdvocacyPackage.REVIEW_ITEM__CLOSURE_CONFIRMED:
			return isClosureConfirmed();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case AdvocacyPackage.REVIEW_ITEM__ENGAGEMENT:
			setEngagement((Engagement) newValue);
			return;
		case AdvocacyPackage.REVIEW_ITEM__KIND:
			setKind((ReviewItemKind) newValue);
			return;
		case AdvocacyPackage.REVIEW_ITEM__NOTES:
			setNotes((String) newValue);
			return;
		case AdvocacyPackage.REVIEW_ITEM__CLOSURE_CONFIRMED:
			setClosureConfirmed((Boolean) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.REVIEW_ITEM__ENGAGEMENT:
			setEngagement((Engagement) null);
			return;
		case AdvocacyPackage.REVIEW_ITEM__KIND:
			setKind(KIND_EDEFAULT);
			return;
		case AdvocacyPackage.REVIEW_ITEM__NOTES:
			setNotes(NOTES_EDEFAULT);
			return;
		case AdvocacyPackage.REVIEW_ITEM__CLOSURE_CONFIRMED:
			setClosureConfirmed(CLOSURE_CONFIRMED_EDEFAULT);
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.REVIEW_ITEM__ENGAGEMENT:
			return engagement != null;
		case AdvocacyPackage.REVIEW_ITEM__KIND:
			return kind != KIND_EDEFAULT;
		case AdvocacyPackage.REVIEW_ITEM__NOTES:
			return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
		case AdvocacyPackage.REVIEW_ITEM__CLOSURE_CONFIRMED:
			return closureConfirmed != CLOSURE_CONFIRMED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", notes: ");
		result.append(notes);
		result.append(", closureConfirmed: ");
		result.append(closureConfirmed);
		result.append(')');
		return result.toString();
	}

} //ReviewItemImpl
