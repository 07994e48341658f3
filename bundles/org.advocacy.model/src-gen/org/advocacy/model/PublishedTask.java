/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Published Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A task of a get-well plan as it stood when the plan was published.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.PublishedTask#getTask <em>Task</em>}</li>
 *   <li>{@link org.advocacy.model.PublishedTask#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.PublishedTask#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.advocacy.model.PublishedTask#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.advocacy.model.PublishedTask#getStart <em>Start</em>}</li>
 *   <li>{@link org.advocacy.model.PublishedTask#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.advocacy.model.PublishedTask#isMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.advocacy.model.PublishedTask#getCommitmentDate <em>Commitment Date</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getPublishedTask()
 * @model
 * @generated
 */
public interface PublishedTask extends EObject {
	/**
	 * Returns the value of the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task as it is now; empty when it has been deleted since the plan was published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task</em>' reference.
	 * @see #setTask(PlanTask)
	 * @see org.advocacy.model.AdvocacyPackage#getPublishedTask_Task()
	 * @model
	 * @generated
	 */
	PlanTask getTask();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PublishedTask#getTask <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(PlanTask value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task's name when the plan was published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getPublishedTask_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PublishedTask#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the phase of value the task belonged to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see #setPhase(String)
	 * @see org.advocacy.model.AdvocacyPackage#getPublishedTask_Phase()
	 * @model
	 * @generated
	 */
	String getPhase();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PublishedTask#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who owned the task.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getPublishedTask_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PublishedTask#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the task was to start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getPublishedTask_Start()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PublishedTask#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the task was to finish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finish</em>' attribute.
	 * @see #setFinish(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getPublishedTask_Finish()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getFinish();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PublishedTask#getFinish <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finish</em>' attribute.
	 * @see #getFinish()
	 * @generated
	 */
	void setFinish(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Milestone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the task was a milestone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Milestone</em>' attribute.
	 * @see #setMilestone(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getPublishedTask_Milestone()
	 * @model
	 * @generated
	 */
	boolean isMilestone();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PublishedTask#isMilestone <em>Milestone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Milestone</em>' attribute.
	 * @see #isMilestone()
	 * @generated
	 */
	void setMilestone(boolean value);

	/**
	 * Returns the value of the '<em><b>Commitment Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the owner had committed to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commitment Date</em>' attribute.
	 * @see #setCommitmentDate(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getPublishedTask_CommitmentDate()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getCommitmentDate();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PublishedTask#getCommitmentDate <em>Commitment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commitment Date</em>' attribute.
	 * @see #getCommitmentDate()
	 * @generated
	 */
	void setCommitmentDate(LocalDate value);

} // PublishedTask
