/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Product Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A product line of the company.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ProductLine#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.ProductLine#getBusinessUnit <em>Business Unit</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getProductLine()
 * @model
 * @generated
 */
public interface ProductLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the product line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getProductLine_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ProductLine#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Business Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business unit the product line belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Unit</em>' reference.
	 * @see #setBusinessUnit(BusinessUnit)
	 * @see org.advocacy.model.AdvocacyPackage#getProductLine_BusinessUnit()
	 * @model
	 * @generated
	 */
	BusinessUnit getBusinessUnit();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ProductLine#getBusinessUnit <em>Business Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Unit</em>' reference.
	 * @see #getBusinessUnit()
	 * @generated
	 */
	void setBusinessUnit(BusinessUnit value);

} // ProductLine
