/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.RootCauseCommitment;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Management Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.ManagementReviewImpl#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ManagementReviewImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ManagementReviewImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ManagementReviewImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ManagementReviewImpl#getCommitments <em>Commitments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ManagementReviewImpl extends MinimalEObjectImpl.Container implements ManagementReview {
	/**
	 * The default value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected static final Instant HELD_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected Instant heldOn = HELD_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> attendees;

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
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewItem> items;

	/**
	 * The cached value of the '{@link #getCommitments() <em>Commitments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitments()
	 * @generated
	 * @ordered
	 */
	protected EList<RootCauseCommitment> commitments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ManagementReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.MANAGEMENT_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getHeldOn() {
		return heldOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldOn(Instant newHeldOn) {
		Instant oldHeldOn = heldOn;
		heldOn = newHeldOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MANAGEMENT_REVIEW__HELD_ON, oldHeldOn,
					heldOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectResolvingEList<Person>(Person.class, this,
					AdvocacyPackage.MANAGEMENT_REVIEW__ATTENDEES);
		}
		return attendees;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MANAGEMENT_REVIEW__NOTES, oldNotes,
					notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<ReviewItem>(ReviewItem.class, this,
					AdvocacyPackage.MANAGEMENT_REVIEW__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RootCauseCommitment> getCommitments() {
		if (commitments == null) {
			commitments = new EObjectContainmentEList<RootCauseCommitment>(RootCauseCommitment.class, this,
					AdvocacyPackage.MANAGEMENT_REVIEW__COMMITMENTS);
		}
		return commitments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.MANAGEMENT_REVIEW__ITEMS:
			return ((InternalEList<?>) getItems()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.MANAGEMENT_REVIEW__COMMITMENTS:
			return ((InternalEList<?>) getCommitments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.MANAGEMENT_REVIEW__HELD_ON:
			return getHeldOn();
		case AdvocacyPackage.MANAGEMENT_REVIEW__ATTENDEES:
			return getAttendees();
		case AdvocacyPackage.MANAGEMENT_REVIEW__NOTES:
			return getNotes();
		case AdvocacyPackage.MANAGEMENT_REVIEW__ITEMS:
			return getItems();
		case AdvocacyPackage.MANAGEMENT_REVIEW__COMMITMENTS:
			return getCommitments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case AdvocacyPackage.MANAGEMENT_REVIEW__HELD_ON:
			setHeldOn((Instant) newValue);
			return;
		case AdvocacyPackage.MANAGEMENT_REVIEW__ATTENDEES:
			getAttendees().clear();
			getAttendees().addAll((Collection<? extends Person>) newValue);
			return;
		case AdvocacyPackage.MANAGEMENT_REVIEW__NOTES:
			setNotes((String) newValue);
			return;
		case AdvocacyPackage.MANAGEMENT_REVIEW__ITEMS:
			getItems().clear();
			getItems().addAll((Collection<? extends ReviewItem>) newValue);
			return;
		case AdvocacyPackage.MANAGEMENT_REVIEW__COMMITMENTS:
			getCommitments().clear();
			getCommitments().addAll((Collection<? extends RootCauseCommitment>) newValue);
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
		case AdvocacyPackage.MANAGEMENT_REVIEW__HELD_ON:
			setHeldOn(HELD_ON_EDEFAULT);
			return;
		case AdvocacyPackage.MANAGEMENT_REVIEW__ATTENDEES:
			getAttendees().clear();
			return;
		case AdvocacyPackage.MANAGEMENT_REVIEW__NOTES:
			setNotes(NOTES_EDEFAULT);
			return;
		case AdvocacyPackage.MANAGEMENT_REVIEW__ITEMS:
			getItems().clear();
			return;
		case AdvocacyPackage.MANAGEMENT_REVIEW__COMMITMENTS:
			getCommitments().clear();
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
		case AdvocacyPackage.MANAGEMENT_REVIEW__HELD_ON:
			return HELD_ON_EDEFAULT == null ? heldOn != null : !HELD_ON_EDEFAULT.equals(heldOn);
		case AdvocacyPackage.MANAGEMENT_REVIEW__ATTENDEES:
			return attendees != null && !attendees.isEmpty();
		case AdvocacyPackage.MANAGEMENT_REVIEW__NOTES:
			return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
		case AdvocacyPackage.MANAGEMENT_REVIEW__ITEMS:
			return items != null && !items.isEmpty();
		case AdvocacyPackage.MANAGEMENT_REVIEW__COMMITMENTS:
			return commitments != null && !commitments.isEmpty();
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
		result.append(" (heldOn: ");
		result.append(heldOn);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ManagementReviewImpl
