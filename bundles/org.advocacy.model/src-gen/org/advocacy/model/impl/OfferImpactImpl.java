/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.math.BigDecimal;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ImpactArea;
import org.advocacy.model.OfferImpact;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offer Impact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.OfferImpactImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpactImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpactImpl#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OfferImpactImpl extends MinimalEObjectImpl.Container implements OfferImpact {
	/**
	 * The default value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected static final ImpactArea AREA_EDEFAULT = ImpactArea.CUSTOMER_SATISFACTION;

	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected ImpactArea area = AREA_EDEFAULT;

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
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OfferImpactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.OFFER_IMPACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImpactArea getArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(ImpactArea newArea) {
		ImpactArea oldArea = area;
		area = newArea == null ? AREA_EDEFAULT : newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER_IMPACT__AREA, oldArea, area));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER_IMPACT__DESCRIPTION,
					oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER_IMPACT__AMOUNT, oldAmount,
					amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.OFFER_IMPACT__AREA:
			return getArea();
		case AdvocacyPackage.OFFER_IMPACT__DESCRIPTION:
			return getDescription();
		case AdvocacyPackage.OFFER_IMPACT__AMOUNT:
			return getAmount();
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
		case AdvocacyPackage.OFFER_IMPACT__AREA:
			setArea((ImpactArea) newValue);
			return;
		case AdvocacyPackage.OFFER_IMPACT__DESCRIPTION:
			setDescription((String) newValue);
			return;
		case AdvocacyPackage.OFFER_IMPACT__AMOUNT:
			setAmount((BigDecimal) newValue);
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
		case AdvocacyPackage.OFFER_IMPACT__AREA:
			setArea(AREA_EDEFAULT);
			return;
		case AdvocacyPackage.OFFER_IMPACT__DESCRIPTION:
			setDescription(DESCRIPTION_EDEFAULT);
			return;
		case AdvocacyPackage.OFFER_IMPACT__AMOUNT:
			setAmount(AMOUNT_EDEFAULT);
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
		case AdvocacyPackage.OFFER_IMPACT__AREA:
			return area != AREA_EDEFAULT;
		case AdvocacyPackage.OFFER_IMPACT__DESCRIPTION:
			return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		case AdvocacyPackage.OFFER_IMPACT__AMOUNT:
			return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
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
		result.append(" (area: ");
		result.append(area);
		result.append(", description: ");
		result.append(description);
		result.append(", amount: ");
		result.append(amount);
		result.append(')');
		return result.toString();
	}

} //OfferImpactImpl
