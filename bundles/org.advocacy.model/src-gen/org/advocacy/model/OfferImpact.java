/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Offer Impact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One impact of the incident on the customer, in their words and, where they gave one, in money.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.OfferImpact#getArea <em>Area</em>}</li>
 *   <li>{@link org.advocacy.model.OfferImpact#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.OfferImpact#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getOfferImpact()
 * @model
 * @generated
 */
public interface OfferImpact extends EObject {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.ImpactArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was affected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see org.advocacy.model.ImpactArea
	 * @see #setArea(ImpactArea)
	 * @see org.advocacy.model.AdvocacyPackage#getOfferImpact_Area()
	 * @model
	 * @generated
	 */
	ImpactArea getArea();

	/**
	 * Sets the value of the '{@link org.advocacy.model.OfferImpact#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see org.advocacy.model.ImpactArea
	 * @see #getArea()
	 * @generated
	 */
	void setArea(ImpactArea value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The impact in the customer's words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.advocacy.model.AdvocacyPackage#getOfferImpact_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.advocacy.model.OfferImpact#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The impact in money, when the customer put a figure on it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.advocacy.model.AdvocacyPackage#getOfferImpact_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.advocacy.model.OfferImpact#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

} // OfferImpact
