/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ContributingFactor;
import org.advocacy.model.FactorOwner;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contributing Factor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.ContributingFactorImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ContributingFactorImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ContributingFactorImpl#isSwirl <em>Swirl</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ContributingFactorImpl#isDisclosedToCustomer <em>Disclosed To Customer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContributingFactorImpl extends MinimalEObjectImpl.Container implements ContributingFactor {
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
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final FactorOwner OWNER_EDEFAULT = FactorOwner.FIRM;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected FactorOwner owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #isSwirl() <em>Swirl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSwirl()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SWIRL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSwirl() <em>Swirl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSwirl()
	 * @generated
	 * @ordered
	 */
	protected boolean swirl = SWIRL_EDEFAULT;

	/**
	 * The default value of the '{@link #isDisclosedToCustomer() <em>Disclosed To Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDisclosedToCustomer()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DISCLOSED_TO_CUSTOMER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDisclosedToCustomer() <em>Disclosed To Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDisclosedToCustomer()
	 * @generated
	 * @ordered
	 */
	protected boolean disclosedToCustomer = DISCLOSED_TO_CUSTOMER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContributingFactorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.CONTRIBUTING_FACTOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CONTRIBUTING_FACTOR__DESCRIPTION,
					oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactorOwner getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(FactorOwner newOwner) {
		FactorOwner oldOwner = owner;
		owner = newOwner == null ? OWNER_EDEFAULT : newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CONTRIBUTING_FACTOR__OWNER, oldOwner,
					owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSwirl() {
		return swirl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwirl(boolean newSwirl) {
		boolean oldSwirl = swirl;
		swirl = newSwirl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CONTRIBUTING_FACTOR__SWIRL, oldSwirl,
					swirl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDisclosedToCustomer() {
		return disclosedToCustomer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisclosedToCustomer(boolean newDisclosedToCustomer) {
		boolean oldDisclosedToCustomer = disclosedToCustomer;
		disclosedToCustomer = newDisclosedToCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER, oldDisclosedToCustomer,
					disclosedToCustomer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.CONTRIBUTING_FACTOR__DESCRIPTION:
			return getDescription();
		case AdvocacyPackage.CONTRIBUTING_FACTOR__OWNER:
			return getOwner();
		case AdvocacyPackage.CONTRIBUTING_FACTOR__SWIRL:
			return isSwirl();
		case AdvocacyPackage.CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER:
			return isDisclosedToCustomer();
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
		case AdvocacyPackage.CONTRIBUTING_FACTOR__DESCRIPTION:
			setDescription((String) newValue);
			return;
		case AdvocacyPackage.CONTRIBUTING_FACTOR__OWNER:
			setOwner((FactorOwner) newValue);
			return;
		case AdvocacyPackage.CONTRIBUTING_FACTOR__SWIRL:
			setSwirl((Boolean) newValue);
			return;
		case AdvocacyPackage.CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER:
			setDisclosedToCustomer((Boolean) newValue);
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
		case AdvocacyPackage.CONTRIBUTING_FACTOR__DESCRIPTION:
			setDescription(DESCRIPTION_EDEFAULT);
			return;
		case AdvocacyPackage.CONTRIBUTING_FACTOR__OWNER:
			setOwner(OWNER_EDEFAULT);
			return;
		case AdvocacyPackage.CONTRIBUTING_FACTOR__SWIRL:
			setSwirl(SWIRL_EDEFAULT);
			return;
		case AdvocacyPackage.CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER:
			setDisclosedToCustomer(DISCLOSED_TO_CUSTOMER_EDEFAULT);
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
		case AdvocacyPackage.CONTRIBUTING_FACTOR__DESCRIPTION:
			return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		case AdvocacyPackage.CONTRIBUTING_FACTOR__OWNER:
			return owner != OWNER_EDEFAULT;
		case AdvocacyPackage.CONTRIBUTING_FACTOR__SWIRL:
			return swirl != SWIRL_EDEFAULT;
		case AdvocacyPackage.CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER:
			return disclosedToCustomer != DISCLOSED_TO_CUSTOMER_EDEFAULT;
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
		result.append(", owner: ");
		result.append(owner);
		result.append(", swirl: ");
		result.append(swirl);
		result.append(", disclosedToCustomer: ");
		result.append(disclosedToCustomer);
		result.append(')');
		return result.toString();
	}

} //ContributingFactorImpl
