/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One way to reach a person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ContactPoint#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.advocacy.model.ContactPoint#getAddress <em>Address</em>}</li>
 *   <li>{@link org.advocacy.model.ContactPoint#isAvailable24x7 <em>Available24x7</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getContactPoint()
 * @model
 * @generated
 */
public interface ContactPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.ContactChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channel, e.g. mobile or pager.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.advocacy.model.ContactChannel
	 * @see #setChannel(ContactChannel)
	 * @see org.advocacy.model.AdvocacyPackage#getContactPoint_Channel()
	 * @model
	 * @generated
	 */
	ContactChannel getChannel();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ContactPoint#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.advocacy.model.ContactChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ContactChannel value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number, address or handle to use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.advocacy.model.AdvocacyPackage#getContactPoint_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ContactPoint#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Available24x7</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the person can be reached this way around the clock.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Available24x7</em>' attribute.
	 * @see #setAvailable24x7(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getContactPoint_Available24x7()
	 * @model
	 * @generated
	 */
	boolean isAvailable24x7();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ContactPoint#isAvailable24x7 <em>Available24x7</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Available24x7</em>' attribute.
	 * @see #isAvailable24x7()
	 * @generated
	 */
	void setAvailable24x7(boolean value);

} // ContactPoint
