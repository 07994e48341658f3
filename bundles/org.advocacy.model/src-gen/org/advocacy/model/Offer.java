/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service or feature the customer has not bought that would have prevented the incident or lessened it, offered for a free trial and weighed against the impact the customer described.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.Offer#getService <em>Service</em>}</li>
 *   <li>{@link org.advocacy.model.Offer#getBenefit <em>Benefit</em>}</li>
 *   <li>{@link org.advocacy.model.Offer#getOfferedOn <em>Offered On</em>}</li>
 *   <li>{@link org.advocacy.model.Offer#getStatus <em>Status</em>}</li>
 *   <li>{@link org.advocacy.model.Offer#getTrialStart <em>Trial Start</em>}</li>
 *   <li>{@link org.advocacy.model.Offer#getTrialDays <em>Trial Days</em>}</li>
 *   <li>{@link org.advocacy.model.Offer#getSwitchOffOn <em>Switch Off On</em>}</li>
 *   <li>{@link org.advocacy.model.Offer#getImpacts <em>Impacts</em>}</li>
 *   <li>{@link org.advocacy.model.Offer#getInvestment <em>Investment</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getOffer()
 * @model
 * @generated
 */
public interface Offer extends EObject {
	/**
	 * Returns the value of the '<em><b>Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service or feature offered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' attribute.
	 * @see #setService(String)
	 * @see org.advocacy.model.AdvocacyPackage#getOffer_Service()
	 * @model
	 * @generated
	 */
	String getService();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Offer#getService <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' attribute.
	 * @see #getService()
	 * @generated
	 */
	void setService(String value);

	/**
	 * Returns the value of the '<em><b>Benefit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it would have prevented the incident, or lessened it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Benefit</em>' attribute.
	 * @see #setBenefit(String)
	 * @see org.advocacy.model.AdvocacyPackage#getOffer_Benefit()
	 * @model
	 * @generated
	 */
	String getBenefit();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Offer#getBenefit <em>Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benefit</em>' attribute.
	 * @see #getBenefit()
	 * @generated
	 */
	void setBenefit(String value);

	/**
	 * Returns the value of the '<em><b>Offered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was offered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offered On</em>' attribute.
	 * @see #setOfferedOn(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getOffer_OfferedOn()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getOfferedOn();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Offer#getOfferedOn <em>Offered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offered On</em>' attribute.
	 * @see #getOfferedOn()
	 * @generated
	 */
	void setOfferedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.OfferStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the offer stands.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.OfferStatus
	 * @see #setStatus(OfferStatus)
	 * @see org.advocacy.model.AdvocacyPackage#getOffer_Status()
	 * @model
	 * @generated
	 */
	OfferStatus getStatus();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Offer#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.OfferStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(OfferStatus value);

	/**
	 * Returns the value of the '<em><b>Trial Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first day of the free trial.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trial Start</em>' attribute.
	 * @see #setTrialStart(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getOffer_TrialStart()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getTrialStart();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Offer#getTrialStart <em>Trial Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trial Start</em>' attribute.
	 * @see #getTrialStart()
	 * @generated
	 */
	void setTrialStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Trial Days</b></em>' attribute.
	 * The default value is <code>"90"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many days the free trial lasts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trial Days</em>' attribute.
	 * @see #setTrialDays(int)
	 * @see org.advocacy.model.AdvocacyPackage#getOffer_TrialDays()
	 * @model default="90"
	 * @generated
	 */
	int getTrialDays();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Offer#getTrialDays <em>Trial Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trial Days</em>' attribute.
	 * @see #getTrialDays()
	 * @generated
	 */
	void setTrialDays(int value);

	/**
	 * Returns the value of the '<em><b>Switch Off On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the service is switched off unless the customer buys it: the trial's first day plus its length.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Switch Off On</em>' attribute.
	 * @see org.advocacy.model.AdvocacyPackage#getOffer_SwitchOffOn()
	 * @model dataType="org.advocacy.model.LocalDate" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	LocalDate getSwitchOffOn();

	/**
	 * Returns the value of the '<em><b>Impacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.OfferImpact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The impact of the incident as the customer described it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impacts</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getOffer_Impacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<OfferImpact> getImpacts();

	/**
	 * Returns the value of the '<em><b>Investment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What keeping the service costs the customer after the trial, to compare with the impact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Investment</em>' attribute.
	 * @see #setInvestment(BigDecimal)
	 * @see org.advocacy.model.AdvocacyPackage#getOffer_Investment()
	 * @model
	 * @generated
	 */
	BigDecimal getInvestment();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Offer#getInvestment <em>Investment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Investment</em>' attribute.
	 * @see #getInvestment()
	 * @generated
	 */
	void setInvestment(BigDecimal value);

} // Offer
