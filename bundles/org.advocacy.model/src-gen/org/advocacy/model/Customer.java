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
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer account.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.Customer#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#getAnnualRevenue <em>Annual Revenue</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#getCustomerSince <em>Customer Since</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#getCustomerUntil <em>Customer Until</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#getBusinessUnit <em>Business Unit</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#getProductLines <em>Product Lines</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#getAccountOwner <em>Account Owner</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#isEscalationRequested <em>Escalation Requested</em>}</li>
 *   <li>{@link org.advocacy.model.Customer#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getCustomer()
 * @model
 * @generated
 */
public interface Customer extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Customer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment the customer belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(CustomerSegment)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_Segment()
	 * @model
	 * @generated
	 */
	CustomerSegment getSegment();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Customer#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(CustomerSegment value);

	/**
	 * Returns the value of the '<em><b>Annual Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's annual revenue with us.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annual Revenue</em>' attribute.
	 * @see #setAnnualRevenue(BigDecimal)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_AnnualRevenue()
	 * @model
	 * @generated
	 */
	BigDecimal getAnnualRevenue();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Customer#getAnnualRevenue <em>Annual Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Revenue</em>' attribute.
	 * @see #getAnnualRevenue()
	 * @generated
	 */
	void setAnnualRevenue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Customer Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the company became our customer; the customers-per-engagement metric counts the customer from this day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Since</em>' attribute.
	 * @see #setCustomerSince(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_CustomerSince()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getCustomerSince();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Customer#getCustomerSince <em>Customer Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Since</em>' attribute.
	 * @see #getCustomerSince()
	 * @generated
	 */
	void setCustomerSince(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Customer Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day the company was our customer; empty while it still is. The customers-per-engagement metric stops counting the customer after this day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Until</em>' attribute.
	 * @see #setCustomerUntil(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_CustomerUntil()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getCustomerUntil();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Customer#getCustomerUntil <em>Customer Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Until</em>' attribute.
	 * @see #getCustomerUntil()
	 * @generated
	 */
	void setCustomerUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Business Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business unit that owns the account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Unit</em>' reference.
	 * @see #setBusinessUnit(BusinessUnit)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_BusinessUnit()
	 * @model
	 * @generated
	 */
	BusinessUnit getBusinessUnit();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Customer#getBusinessUnit <em>Business Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Unit</em>' reference.
	 * @see #getBusinessUnit()
	 * @generated
	 */
	void setBusinessUnit(BusinessUnit value);

	/**
	 * Returns the value of the '<em><b>Product Lines</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.ProductLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product lines the customer has bought.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Lines</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_ProductLines()
	 * @model
	 * @generated
	 */
	EList<ProductLine> getProductLines();

	/**
	 * Returns the value of the '<em><b>Account Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The account manager who owns the relationship.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account Owner</em>' reference.
	 * @see #setAccountOwner(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_AccountOwner()
	 * @model
	 * @generated
	 */
	Person getAccountOwner();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Customer#getAccountOwner <em>Account Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Owner</em>' reference.
	 * @see #getAccountOwner()
	 * @generated
	 */
	void setAccountOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.CustomerContact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people at the customer we talk to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerContact> getContacts();

	/**
	 * Returns the value of the '<em><b>Escalation Requested</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a pre-established escalation request exists for this customer, so management is made aware of any situation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escalation Requested</em>' attribute.
	 * @see #setEscalationRequested(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_EscalationRequested()
	 * @model
	 * @generated
	 */
	boolean isEscalationRequested();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Customer#isEscalationRequested <em>Escalation Requested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escalation Requested</em>' attribute.
	 * @see #isEscalationRequested()
	 * @generated
	 */
	void setEscalationRequested(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-form notes about the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomer_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Customer#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Customer
