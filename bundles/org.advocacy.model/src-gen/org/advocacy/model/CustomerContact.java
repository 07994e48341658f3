/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person at a customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.CustomerContact#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerContact#getTitle <em>Title</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerContact#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerContact#getEmail <em>Email</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerContact#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerContact#getContactPoints <em>Contact Points</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getCustomerContact()
 * @model
 * @generated
 */
public interface CustomerContact extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerContact_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerContact#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact's job title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerContact_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerContact#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.Audience}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of reader the contact is, which shapes how we write to them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see org.advocacy.model.Audience
	 * @see #setAudience(Audience)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerContact_Audience()
	 * @model
	 * @generated
	 */
	Audience getAudience();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerContact#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see org.advocacy.model.Audience
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(Audience value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact's e-mail address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerContact_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerContact#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contact's phone number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerContact_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerContact#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Contact Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ContactPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further ways to reach the contact, such as a mobile or pager number that answers around the clock for urgent situations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact Points</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerContact_ContactPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactPoint> getContactPoints();

} // CustomerContact
