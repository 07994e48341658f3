/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.Person;
import org.advocacy.model.StatusColour;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Colour Override</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.ColourOverrideImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ColourOverrideImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ColourOverrideImpl#getSetBy <em>Set By</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ColourOverrideImpl#getSetAt <em>Set At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ColourOverrideImpl extends MinimalEObjectImpl.Container implements ColourOverride {
	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final StatusColour COLOUR_EDEFAULT = StatusColour.GREEN;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected StatusColour colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSetBy() <em>Set By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetBy()
	 * @generated
	 * @ordered
	 */
	protected Person setBy;

	/**
	 * The default value of the '{@link #getSetAt() <em>Set At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SET_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSetAt() <em>Set At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetAt()
	 * @generated
	 * @ordered
	 */
	protected Instant setAt = SET_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ColourOverrideImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.COLOUR_OVERRIDE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusColour getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(StatusColour newColour) {
		StatusColour oldColour = colour;
		colour = newColour == null ? COLOUR_EDEFAULT : newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.COLOUR_OVERRIDE__COLOUR, oldColour,
					colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.COLOUR_OVERRIDE__REASON, oldReason,
					reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getSetBy() {
		if (setBy != null && setBy.eIsProxy()) {
			InternalEObject oldSetBy = (InternalEObject) setBy;
			setBy = (Person) eResolveProxy(oldSetBy);
			if (setBy != oldSetBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.COLOUR_OVERRIDE__SET_BY,
							oldSetBy, setBy));
			}
		}
		return setBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetSetBy() {
		return setBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetBy(Person newSetBy) {
		Person oldSetBy = setBy;
		setBy = newSetBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.COLOUR_OVERRIDE__SET_BY, oldSetBy,
					setBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSetAt() {
		return setAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetAt(Instant newSetAt) {
		Instant oldSetAt = setAt;
		setAt = newSetAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.COLOUR_OVERRIDE__SET_AT, oldSetAt,
					setAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.COLOUR_OVERRIDE__COLOUR:
			return getColour();
		case AdvocacyPackage.COLOUR_OVERRIDE__REASON:
			return getReason();
		case AdvocacyPackage.COLOUR_OVERRIDE__SET_BY:
			if (resolve)
				return getSetBy();
			return basicGetSetBy();
		case AdvocacyPackage.COLOUR_OVERRIDE__SET_AT:
			return getSetAt();
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
		case AdvocacyPackage.COLOUR_OVERRIDE__COLOUR:
			setColour((StatusColour) newValue);
			return;
		case AdvocacyPackage.COLOUR_OVERRIDE__REASON:
			setReason((String) newValue);
			return;
		case AdvocacyPackage.COLOUR_OVERRIDE__SET_BY:
			setSetBy((Person) newValue);
			return;
		case AdvocacyPackage.COLOUR_OVERRIDE__SET_AT:
			setSetAt((Instant) newValue);
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
		case AdvocacyPackage.COLOUR_OVERRIDE__COLOUR:
			setColour(COLOUR_EDEFAULT);
			return;
		case AdvocacyPackage.COLOUR_OVERRIDE__REASON:
			setReason(REASON_EDEFAULT);
			return;
		case AdvocacyPackage.COLOUR_OVERRIDE__SET_BY:
			setSetBy((Person) null);
			return;
		case AdvocacyPackage.COLOUR_OVERRIDE__SET_AT:
			setSetAt(SET_AT_EDEFAULT);
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
		case AdvocacyPackage.COLOUR_OVERRIDE__COLOUR:
			return colour != COLOUR_EDEFAULT;
		case AdvocacyPackage.COLOUR_OVERRIDE__REASON:
			return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
		case AdvocacyPackage.COLOUR_OVERRIDE__SET_BY:
			return setBy != null;
		case AdvocacyPackage.COLOUR_OVERRIDE__SET_AT:
			return SET_AT_EDEFAULT == null ? setAt != null : !SET_AT_EDEFAULT.equals(setAt);
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
		result.append(" (colour: ");
		result.append(colour);
		result.append(", reason: ");
		result.append(reason);
		result.append(", setAt: ");
		result.append(setAt);
		result.append(')');
		return result.toString();
	}

} //ColourOverrideImpl
