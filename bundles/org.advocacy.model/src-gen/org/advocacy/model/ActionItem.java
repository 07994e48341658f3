/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action to take, with an owner and a due date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ActionItem#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.ActionItem#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.advocacy.model.ActionItem#getDue <em>Due</em>}</li>
 *   <li>{@link org.advocacy.model.ActionItem#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getActionItem()
 * @model
 * @generated
 */
public interface ActionItem extends PersonalListItem {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What must be done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.advocacy.model.AdvocacyPackage#getActionItem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ActionItem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who does it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getActionItem_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ActionItem#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due</em>' attribute.
	 * @see #setDue(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getActionItem_Due()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getDue();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ActionItem#getDue <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due</em>' attribute.
	 * @see #getDue()
	 * @generated
	 */
	void setDue(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far it has got.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.advocacy.model.AdvocacyPackage#getActionItem_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ActionItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

} // ActionItem
