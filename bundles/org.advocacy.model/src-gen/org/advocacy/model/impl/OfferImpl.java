/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferImpact;
import org.advocacy.model.OfferStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Offer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.OfferImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpl#getBenefit <em>Benefit</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpl#getOfferedOn <em>Offered On</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpl#getTrialStart <em>Trial Start</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpl#getTrialDays <em>Trial Days</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpl#getSwitchOffOn <em>Switch Off On</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpl#getImpacts <em>Impacts</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OfferImpl#getInvestment <em>Investment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OfferImpl extends MinimalEObjectImpl.Container implements Offer {
	/**
	 * The default value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected String service = SERVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBenefit() <em>Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefit()
	 * @generated
	 * @ordered
	 */
	protected static final String BENEFIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBenefit() <em>Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefit()
	 * @generated
	 * @ordered
	 */
	protected String benefit = BENEFIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOfferedOn() <em>Offered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfferedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OFFERED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOfferedOn() <em>Offered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfferedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate offeredOn = OFFERED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final OfferStatus STATUS_EDEFAULT = OfferStatus.OFFERED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected OfferStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrialStart() <em>Trial Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate TRIAL_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTrialStart() <em>Trial Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate trialStart = TRIAL_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrialDays() <em>Trial Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialDays()
	 * @generated
	 * @ordered
	 */
	protected static final int TRIAL_DAYS_EDEFAULT = 90;

	/**
	 * The cached value of the '{@link #getTrialDays() <em>Trial Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrialDays()
	 * @generated
	 * @ordered
	 */
	protected int trialDays = TRIAL_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSwitchOffOn() <em>Switch Off On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitchOffOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SWITCH_OFF_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImpacts() <em>Impacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpacts()
	 * @generated
	 * @ordered
	 */
	protected EList<OfferImpact> impacts;

	/**
	 * The default value of the '{@link #getInvestment() <em>Investment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvestment()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INVESTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInvestment() <em>Investment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvestment()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal investment = INVESTMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OfferImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.OFFER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(String newService) {
		String oldService = service;
		service = newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBenefit() {
		return benefit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBenefit(String newBenefit) {
		String oldBenefit = benefit;
		benefit = newBenefit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER__BENEFIT, oldBenefit, benefit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOfferedOn() {
		return offeredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfferedOn(LocalDate newOfferedOn) {
		LocalDate oldOfferedOn = offeredOn;
		offeredOn = newOfferedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER__OFFERED_ON, oldOfferedOn,
					offeredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OfferStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(OfferStatus newStatus) {
		OfferStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getTrialStart() {
		return trialStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrialStart(LocalDate newTrialStart) {
		LocalDate oldTrialStart = trialStart;
		trialStart = newTrialStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER__TRIAL_START, oldTrialStart,
					trialStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrialDays() {
		return trialDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrialDays(int newTrialDays) {
		int oldTrialDays = trialDays;
		trialDays = newTrialDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER__TRIAL_DAYS, oldTrialDays,
					trialDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSwitchOffOn() {
		LocalDate start = getTrialStart();
		return start == null ? null : start.plusDays(getTrialDays());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OfferImpact> getImpacts() {
		if (impacts == null) {
			impacts = new EObjectContainmentEList<OfferImpact>(OfferImpact.class, this, AdvocacyPackage.OFFER__IMPACTS);
		}
		return impacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getInvestment() {
		return investment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInvestment(BigDecimal newInvestment) {
		BigDecimal oldInvestment = investment;
		investment = newInvestment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.OFFER__INVESTMENT, oldInvestment,
					investment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.OFFER__IMPACTS:
			return ((InternalEList<?>) getImpacts()).basicRemove(otherEnd, msgs);
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
		case AdvocacyPackage.OFFER__SERVICE:
			return getService();
		case AdvocacyPackage.OFFER__BENEFIT:
			return getBenefit();
		case AdvocacyPackage.OFFER__OFFERED_ON:
			return getOfferedOn();
		case AdvocacyPackage.OFFER__STATUS:
			return getStatus();
		case AdvocacyPackage.OFFER__TRIAL_START:
			return getTrialStart();
		case AdvocacyPackage.OFFER__TRIAL_DAYS:
			return getTrialDays();
		case AdvocacyPackage.OFFER__SWITCH_OFF_ON:
			return getSwitchOffOn();
		case AdvocacyPackage.OFFER__IMPACTS:
			return getImpacts();
		case AdvocacyPackage.OFFER__INVESTMENT:
			return getInvestment();
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
		case AdvocacyPackage.OFFER__SERVICE:
			setService((String) newValue);
			return;
		case AdvocacyPackage.OFFER__BENEFIT:
			setBenefit((String) newValue);
			return;
		case AdvocacyPackage.OFFER__OFFERED_ON:
			setOfferedOn((LocalDate) newValue);
			return;
		case AdvocacyPackage.OFFER__STATUS:
			setStatus((OfferStatus) newValue);
			return;
		case AdvocacyPackage.OFFER__TRIAL_START:
			setTrialStart((LocalDate) newValue);
			return;
		case AdvocacyPackage.OFFER__TRIAL_DAYS:
			setTrialDays((Integer) newValue);
			return;
		case AdvocacyPackage.OFFER__IMPACTS:
			getImpacts().clear();
			getImpacts().addAll((Collection<? extends OfferImpact>) newValue);
			return;
		case AdvocacyPackage.OFFER__INVESTMENT:
			setInvestment((BigDecimal) newValue);
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
		case AdvocacyPackage.OFFER__SERVICE:
			setService(SERVICE_EDEFAULT);
			return;
		case AdvocacyPackage.OFFER__BENEFIT:
			setBenefit(BENEFIT_EDEFAULT);
			return;
		case AdvocacyPackage.OFFER__OFFERED_ON:
			setOfferedOn(OFFERED_ON_EDEFAULT);
			return;
		case AdvocacyPackage.OFFER__STATUS:
			setStatus(STATUS_EDEFAULT);
			return;
		case AdvocacyPackage.OFFER__TRIAL_START:
			setTrialStart(TRIAL_START_EDEFAULT);
			return;
		case AdvocacyPackage.OFFER__TRIAL_DAYS:
			setTrialDays(TRIAL_DAYS_EDEFAULT);
			return;
		case AdvocacyPackage.OFFER__IMPACTS:
			getImpacts().clear();
			return;
		case AdvocacyPackage.OFFER__INVESTMENT:
			setInvestment(INVESTMENT_EDEFAULT);
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
		case AdvocacyPackage.OFFER__SERVICE:
			return SERVICE_EDEFAULT == null ? service != null : !SERVICE_EDEFAULT.equals(service);
		case AdvocacyPackage.OFFER__BENEFIT:
			return BENEFIT_EDEFAULT == null ? benefit != null : !BENEFIT_EDEFAULT.equals(benefit);
		case AdvocacyPackage.OFFER__OFFERED_ON:
			return OFFERED_ON_EDEFAULT == null ? offeredOn != null : !OFFERED_ON_EDEFAULT.equals(offeredOn);
		case AdvocacyPackage.OFFER__STATUS:
			return status != STATUS_EDEFAULT;
		case AdvocacyPackage.OFFER__TRIAL_START:
			return TRIAL_START_EDEFAULT == null ? trialStart != null : !TRIAL_START_EDEFAULT.equals(trialStart);
		case AdvocacyPackage.OFFER__TRIAL_DAYS:
			return trialDays != TRIAL_DAYS_EDEFAULT;
		case AdvocacyPackage.OFFER__SWITCH_OFF_ON:
			return SWITCH_OFF_ON_EDEFAULT == null ? getSwitchOffOn() != null
					: !SWITCH_OFF_ON_EDEFAULT.equals(getSwitchOffOn());
		case AdvocacyPackage.OFFER__IMPACTS:
			return impacts != null && !impacts.isEmpty();
		case AdvocacyPackage.OFFER__INVESTMENT:
			return INVESTMENT_EDEFAULT == null ? investment != null : !INVESTMENT_EDEFAULT.equals(investment);
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
		result.append(" (service: ");
		result.append(service);
		result.append(", benefit: ");
		result.append(benefit);
		result.append(", offeredOn: ");
		result.append(offeredOn);
		result.append(", status: ");
		result.append(status);
		result.append(", trialStart: ");
		result.append(trialStart);
		result.append(", trialDays: ");
		result.append(trialDays);
		result.append(", investment: ");
		result.append(investment);
		result.append(')');
		return result.toString();
	}

} //OfferImpl
