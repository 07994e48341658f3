/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task Dependency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link from a task to one of its predecessors.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.TaskDependency#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.advocacy.model.TaskDependency#getType <em>Type</em>}</li>
 *   <li>{@link org.advocacy.model.TaskDependency#getLagDays <em>Lag Days</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getTaskDependency()
 * @model
 * @generated
 */
public interface TaskDependency extends EObject {
	/**
	 * Returns the value of the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task this task depends on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predecessor</em>' reference.
	 * @see #setPredecessor(PlanTask)
	 * @see org.advocacy.model.AdvocacyPackage#getTaskDependency_Predecessor()
	 * @model required="true"
	 * @generated
	 */
	PlanTask getPredecessor();

	/**
	 * Sets the value of the '{@link org.advocacy.model.TaskDependency#getPredecessor <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predecessor</em>' reference.
	 * @see #getPredecessor()
	 * @generated
	 */
	void setPredecessor(PlanTask value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.DependencyType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the task depends on the predecessor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.advocacy.model.DependencyType
	 * @see #setType(DependencyType)
	 * @see org.advocacy.model.AdvocacyPackage#getTaskDependency_Type()
	 * @model
	 * @generated
	 */
	DependencyType getType();

	/**
	 * Sets the value of the '{@link org.advocacy.model.TaskDependency#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.advocacy.model.DependencyType
	 * @see #getType()
	 * @generated
	 */
	void setType(DependencyType value);

	/**
	 * Returns the value of the '<em><b>Lag Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working days between the predecessor and this task; negative for a lead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lag Days</em>' attribute.
	 * @see #setLagDays(int)
	 * @see org.advocacy.model.AdvocacyPackage#getTaskDependency_LagDays()
	 * @model
	 * @generated
	 */
	int getLagDays();

	/**
	 * Sets the value of the '{@link org.advocacy.model.TaskDependency#getLagDays <em>Lag Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lag Days</em>' attribute.
	 * @see #getLagDays()
	 * @generated
	 */
	void setLagDays(int value);

} // TaskDependency
