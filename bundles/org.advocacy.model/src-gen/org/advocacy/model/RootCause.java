/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Root Cause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A root cause of a situation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.RootCause#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.RootCause#getCategory <em>Category</em>}</li>
 *   <li>{@link org.advocacy.model.RootCause#getOwningArea <em>Owning Area</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getRootCause()
 * @model
 * @generated
 */
public interface RootCause extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the root cause is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCause_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCause#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.RootCauseCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The category, used for roll-up analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.advocacy.model.RootCauseCategory
	 * @see #setCategory(RootCauseCategory)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCause_Category()
	 * @model
	 * @generated
	 */
	RootCauseCategory getCategory();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCause#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.advocacy.model.RootCauseCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(RootCauseCategory value);

	/**
	 * Returns the value of the '<em><b>Owning Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area that owns the fix.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owning Area</em>' reference.
	 * @see #setOwningArea(FunctionalArea)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCause_OwningArea()
	 * @model
	 * @generated
	 */
	FunctionalArea getOwningArea();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCause#getOwningArea <em>Owning Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owning Area</em>' reference.
	 * @see #getOwningArea()
	 * @generated
	 */
	void setOwningArea(FunctionalArea value);

} // RootCause
