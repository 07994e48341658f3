/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Personal List Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something a person owes (a plan task, an action item, a root-cause commitment or a customer update) as it appears on that person's own list, with the priority they gave it. The list shows such items from every engagement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.PersonalListItem#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.advocacy.model.PersonalListItem#getPrioritizedAt <em>Prioritized At</em>}</li>
 *   <li>{@link org.advocacy.model.PersonalListItem#getCrossedOffAt <em>Crossed Off At</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getPersonalListItem()
 * @model abstract="true"
 * @generated
 */
public interface PersonalListItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.ListPriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The owner's priority for the item: A (must be done tomorrow), B, C, delegate or eliminate; New while it waits to be prioritised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.advocacy.model.ListPriority
	 * @see #setPriority(ListPriority)
	 * @see org.advocacy.model.AdvocacyPackage#getPersonalListItem_Priority()
	 * @model
	 * @generated
	 */
	ListPriority getPriority();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PersonalListItem#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.advocacy.model.ListPriority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(ListPriority value);

	/**
	 * Returns the value of the '<em><b>Prioritized At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the owner last set the priority.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prioritized At</em>' attribute.
	 * @see #setPrioritizedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getPersonalListItem_PrioritizedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getPrioritizedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PersonalListItem#getPrioritizedAt <em>Prioritized At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prioritized At</em>' attribute.
	 * @see #getPrioritizedAt()
	 * @generated
	 */
	void setPrioritizedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Crossed Off At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the item was crossed off its owner's list because it was done (or, for an action item or a commitment, cancelled or dropped; for an update, sent); empty while it is still owed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crossed Off At</em>' attribute.
	 * @see #setCrossedOffAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getPersonalListItem_CrossedOffAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getCrossedOffAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PersonalListItem#getCrossedOffAt <em>Crossed Off At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crossed Off At</em>' attribute.
	 * @see #getCrossedOffAt()
	 * @generated
	 */
	void setCrossedOffAt(Instant value);

} // PersonalListItem
