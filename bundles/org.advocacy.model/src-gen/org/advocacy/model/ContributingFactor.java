/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contributing Factor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that was not the root cause but made the situation worse.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ContributingFactor#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.ContributingFactor#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.advocacy.model.ContributingFactor#isSwirl <em>Swirl</em>}</li>
 *   <li>{@link org.advocacy.model.ContributingFactor#isDisclosedToCustomer <em>Disclosed To Customer</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getContributingFactor()
 * @model
 * @generated
 */
public interface ContributingFactor extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the factor is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.advocacy.model.AdvocacyPackage#getContributingFactor_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ContributingFactor#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.FactorOwner}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who owns the factor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see org.advocacy.model.FactorOwner
	 * @see #setOwner(FactorOwner)
	 * @see org.advocacy.model.AdvocacyPackage#getContributingFactor_Owner()
	 * @model
	 * @generated
	 */
	FactorOwner getOwner();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ContributingFactor#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see org.advocacy.model.FactorOwner
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(FactorOwner value);

	/**
	 * Returns the value of the '<em><b>Swirl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the factor added swirl, people needlessly spun up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swirl</em>' attribute.
	 * @see #setSwirl(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getContributingFactor_Swirl()
	 * @model
	 * @generated
	 */
	boolean isSwirl();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ContributingFactor#isSwirl <em>Swirl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swirl</em>' attribute.
	 * @see #isSwirl()
	 * @generated
	 */
	void setSwirl(boolean value);

	/**
	 * Returns the value of the '<em><b>Disclosed To Customer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the factor has been disclosed to the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disclosed To Customer</em>' attribute.
	 * @see #setDisclosedToCustomer(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getContributingFactor_DisclosedToCustomer()
	 * @model
	 * @generated
	 */
	boolean isDisclosedToCustomer();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ContributingFactor#isDisclosedToCustomer <em>Disclosed To Customer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disclosed To Customer</em>' attribute.
	 * @see #isDisclosedToCustomer()
	 * @generated
	 */
	void setDisclosedToCustomer(boolean value);

} // ContributingFactor
