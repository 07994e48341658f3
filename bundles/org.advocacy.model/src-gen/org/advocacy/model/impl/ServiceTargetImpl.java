/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Service Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.ServiceTargetImpl#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ServiceTargetImpl#getUpdateCadenceMinutes <em>Update Cadence Minutes</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ServiceTargetImpl#getEscalationTimeoutMinutes <em>Escalation Timeout Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ServiceTargetImpl extends MinimalEObjectImpl.Container implements ServiceTarget {
	/**
	 * The default value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected static final Urgency URGENCY_EDEFAULT = Urgency.URGENT_24X7;

	/**
	 * The cached value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected Urgency urgency = URGENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdateCadenceMinutes() <em>Update Cadence Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateCadenceMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int UPDATE_CADENCE_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUpdateCadenceMinutes() <em>Update Cadence Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateCadenceMinutes()
	 * @generated
	 * @ordered
	 */
	protected int updateCadenceMinutes = UPDATE_CADENCE_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getEscalationTimeoutMinutes() <em>Escalation Timeout Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationTimeoutMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int ESCALATION_TIMEOUT_MINUTES_EDEFAULT = 15;

	/**
	 * The cached value of the '{@link #getEscalationTimeoutMinutes() <em>Escalation Timeout Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalationTimeoutMinutes()
	 * @generated
	 * @ordered
	 */
	protected int escalationTimeoutMinutes = ESCALATION_TIMEOUT_MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ServiceTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.SERVICE_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Urgency getUrgency() {
		return urgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrgency(Urgency newUrgency) {
		Urgency oldUrgency = urgency;
		urgency = newUrgency == null ? URGENCY_EDEFAULT : newUrgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.SERVICE_TARGET__URGENCY, oldUrgency,
					urgency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUpdateCadenceMinutes() {
		return updateCadenceMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateCadenceMinutes(int newUpdateCadenceMinutes) {
		int oldUpdateCadenceMinutes = updateCadenceMinutes;
		updateCadenceMinutes = newUpdateCadenceMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.SERVICE_TARGET__UPDATE_CADENCE_MINUTES, oldUpdateCadenceMinutes,
					updateCadenceMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEscalationTimeoutMinutes() {
		return escalationTimeoutMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscalationTimeoutMinutes(int newEscalationTimeoutMinutes) {
		int oldEscalationTimeoutMinutes = escalationTimeoutMinutes;
		escalationTimeoutMinutes = newEscalationTimeoutMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES, oldEscalationTimeoutMinutes,
					escalationTimeoutMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.SERVICE_TARGET__URGENCY:
			return getUrgency();
		case AdvocacyPackage.SERVICE_TARGET__UPDATE_CADENCE_MINUTES:
			return getUpdateCadenceMinutes();
		case AdvocacyPackage.SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES:
			return getEscalationTimeoutMinutes();
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
		case AdvocacyPackage.SERVICE_TARGET__URGENCY:
			setUrgency((Urgency) newValue);
			return;
		case AdvocacyPackage.SERVICE_TARGET__UPDATE_CADENCE_MINUTES:
			setUpdateCadenceMinutes((Integer) newValue);
			return;
		case AdvocacyPackage.SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES:
			setEscalationTimeoutMinutes((Integer) newValue);
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
		case AdvocacyPackage.SERVICE_TARGET__URGENCY:
			setUrgency(URGENCY_EDEFAULT);
			return;
		case AdvocacyPackage.SERVICE_TARGET__UPDATE_CADENCE_MINUTES:
			setUpdateCadenceMinutes(UPDATE_CADENCE_MINUTES_EDEFAULT);
			return;
		case AdvocacyPackage.SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES:
			setEscalationTimeoutMinutes(ESCALATION_TIMEOUT_MINUTES_EDEFAULT);
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
		case AdvocacyPackage.SERVICE_TARGET__URGENCY:
			return urgency != URGENCY_EDEFAULT;
		case AdvocacyPackage.SERVICE_TARGET__UPDATE_CADENCE_MINUTES:
			return updateCadenceMinutes != UPDATE_CADENCE_MINUTES_EDEFAULT;
		case AdvocacyPackage.SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES:
			return escalationTimeoutMinutes != ESCALATION_TIMEOUT_MINUTES_EDEFAULT;
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
		result.append(" (urgency: ");
		result.append(urgency);
		result.append(", updateCadenceMinutes: ");
		result.append(updateCadenceMinutes);
		result.append(", escalationTimeoutMinutes: ");
		result.append(escalationTimeoutMinutes);
		result.append(')');
		return result.toString();
	}

} //ServiceTargetImpl
