/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Criterion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.CriterionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CriterionImpl#isMet <em>Met</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CriterionImpl#getMetAt <em>Met At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CriterionImpl#isCustomerConfirmed <em>Customer Confirmed</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CriterionImpl#getConfirmedAt <em>Confirmed At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriterionImpl extends MinimalEObjectImpl.Container implements Criterion {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isMet() <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMet()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMet() <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMet()
	 * @generated
	 * @ordered
	 */
	protected boolean met = MET_EDEFAULT;

	/**
	 * The default value of the '{@link #getMetAt() <em>Met At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant MET_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetAt() <em>Met At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetAt()
	 * @generated
	 * @ordered
	 */
	protected Instant metAt = MET_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #isCustomerConfirmed() <em>Customer Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomerConfirmed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CUSTOMER_CONFIRMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCustomerConfirmed() <em>Customer Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomerConfirmed()
	 * @generated
	 * @ordered
	 */
	protected boolean customerConfirmed = CUSTOMER_CONFIRMED_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfirmedAt() <em>Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CONFIRMED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConfirmedAt() <em>Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant confirmedAt = CONFIRMED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CRITERION__DESCRIPTION,
					oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMet() {
		return met;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMet(boolean newMet) {
		boolean oldMet = met;
		met = newMet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CRITERION__MET, oldMet, met));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getMetAt() {
		return metAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetAt(Instant newMetAt) {
		Instant oldMetAt = metAt;
		metAt = newMetAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CRITERION__MET_AT, oldMetAt, metAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCustomerConfirmed() {
		return customerConfirmed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerConfirmed(boolean newCustomerConfirmed) {
		boolean oldCustomerConfirmed = customerConfirmed;
		customerConfirmed = newCustomerConfirmed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CRITERION__CUSTOMER_CONFIRMED,
					oldCustomerConfirmed, customerConfirmed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getConfirmedAt() {
		return confirmedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfirmedAt(Instant newConfirmedAt) {
		Instant oldConfirmedAt = confirmedAt;
		confirmedAt = newConfirmedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CRITERION__CONFIRMED_AT,
					oldConfirmedAt, confirmedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.CRITERION__DESCRIPTION:
			return getDescription();
		case AdvocacyPackage.CRITERION__MET:
			return isMet();
		case AdvocacyPackage.CRITERION__MET_AT:
			return getMetAt();
		case AdvocacyPackage.CRITERION__CUSTOMER_CONFIRMED:
			return isCustomerConfirmed();
		case AdvocacyPackage.CRITERION__CONFIRMED_AT:
			return getConfirmedAt();
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
		case AdvocacyPackage.CRITERION__DESCRIPTION:
			setDescription((String) newValue);
			return;
		case AdvocacyPackage.CRITERION__MET:
			setMet((Boolean) newValue);
			return;
		case AdvocacyPackage.CRITERION__MET_AT:
			setMetAt((Instant) newValue);
			return;
		case AdvocacyPackage.CRITERION__CUSTOMER_CONFIRMED:
			setCustomerConfirmed((Boolean) newValue);
			return;
		case AdvocacyPackage.CRITERION__CONFIRMED_AT:
			setConfirmedAt((Instant) newValue);
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
		case AdvocacyPackage.CRITERION__DESCRIPTION:
			setDescription(DESCRIPTION_EDEFAULT);
			return;
		case AdvocacyPackage.CRITERION__MET:
			setMet(MET_EDEFAULT);
			return;
		case AdvocacyPackage.CRITERION__MET_AT:
			setMetAt(MET_AT_EDEFAULT);
			return;
		case AdvocacyPackage.CRITERION__CUSTOMER_CONFIRMED:
			setCustomerConfirmed(CUSTOMER_CONFIRMED_EDEFAULT);
			return;
		case AdvocacyPackage.CRITERION__CONFIRMED_AT:
			setConfirmedAt(CONFIRMED_AT_EDEFAULT);
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
		case AdvocacyPackage.CRITERION__DESCRIPTION:
			return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		case AdvocacyPackage.CRITERION__MET:
			return met != MET_EDEFAULT;
		case AdvocacyPackage.CRITERION__MET_AT:
			return MET_AT_EDEFAULT == null ? metAt != null : !MET_AT_EDEFAULT.equals(metAt);
		case AdvocacyPackage.CRITERION__CUSTOMER_CONFIRMED:
			return customerConfirmed != CUSTOMER_CONFIRMED_EDEFAULT;
		case AdvocacyPackage.CRITERION__CONFIRMED_AT:
			return CONFIRMED_AT_EDEFAULT == null ? confirmedAt != null : !CONFIRMED_AT_EDEFAULT.equals(confirmedAt);
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
		result.append(" (description: ");
		result.append(description);
		result.append(", met: ");
		result.append(met);
		result.append(", metAt: ");
		result.append(metAt);
		result.append(", customerConfirmed: ");
		result.append(customerConfirmed);
		result.append(", confirmedAt: ");
		result.append(confirmedAt);
		result.append(')');
		return result.toString();
	}

} //CriterionImpl
