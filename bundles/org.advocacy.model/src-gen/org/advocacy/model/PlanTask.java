/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A task in a get-well plan, with an owner who commits to a date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.PlanTask#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getStart <em>Start</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getDurationDays <em>Duration Days</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#isMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getCommitmentDate <em>Commitment Date</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getCaveats <em>Caveats</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getPrerequisites <em>Prerequisites</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getBaselineStart <em>Baseline Start</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getBaselineFinish <em>Baseline Finish</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getBaselinedAt <em>Baselined At</em>}</li>
 *   <li>{@link org.advocacy.model.PlanTask#getDependencies <em>Dependencies</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getPlanTask()
 * @model
 * @generated
 */
public interface PlanTask extends PersonalListItem {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the task.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who owns the task.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getOwner <em>Owner</em>}' reference.
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
	 * When the task starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_Start()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many working days the task takes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Days</em>' attribute.
	 * @see #setDurationDays(int)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_DurationDays()
	 * @model
	 * @generated
	 */
	int getDurationDays();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getDurationDays <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Days</em>' attribute.
	 * @see #getDurationDays()
	 * @generated
	 */
	void setDurationDays(int value);

	/**
	 * Returns the value of the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the task finishes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finish</em>' attribute.
	 * @see #setFinish(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_Finish()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getFinish();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getFinish <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finish</em>' attribute.
	 * @see #getFinish()
	 * @generated
	 */
	void setFinish(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much of the task is done, from 0 to 100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Percent Complete</em>' attribute.
	 * @see #setPercentComplete(int)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_PercentComplete()
	 * @model
	 * @generated
	 */
	int getPercentComplete();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getPercentComplete <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent Complete</em>' attribute.
	 * @see #getPercentComplete()
	 * @generated
	 */
	void setPercentComplete(int value);

	/**
	 * Returns the value of the '<em><b>Milestone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the task is a milestone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Milestone</em>' attribute.
	 * @see #setMilestone(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_Milestone()
	 * @model
	 * @generated
	 */
	boolean isMilestone();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#isMilestone <em>Milestone</em>}' attribute.
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
	 * The date the owner committed to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commitment Date</em>' attribute.
	 * @see #setCommitmentDate(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_CommitmentDate()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getCommitmentDate();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getCommitmentDate <em>Commitment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commitment Date</em>' attribute.
	 * @see #getCommitmentDate()
	 * @generated
	 */
	void setCommitmentDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Caveats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The caveats of the commitment, e.g. vacations or risks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caveats</em>' attribute.
	 * @see #setCaveats(String)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_Caveats()
	 * @model
	 * @generated
	 */
	String getCaveats();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getCaveats <em>Caveats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caveats</em>' attribute.
	 * @see #getCaveats()
	 * @generated
	 */
	void setCaveats(String value);

	/**
	 * Returns the value of the '<em><b>Prerequisites</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What must be in place before the task can be done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prerequisites</em>' attribute.
	 * @see #setPrerequisites(String)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_Prerequisites()
	 * @model
	 * @generated
	 */
	String getPrerequisites();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getPrerequisites <em>Prerequisites</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prerequisites</em>' attribute.
	 * @see #getPrerequisites()
	 * @generated
	 */
	void setPrerequisites(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The baselined start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Start</em>' attribute.
	 * @see #setBaselineStart(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_BaselineStart()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getBaselineStart();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getBaselineStart <em>Baseline Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Start</em>' attribute.
	 * @see #getBaselineStart()
	 * @generated
	 */
	void setBaselineStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Baseline Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The baselined finish.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Finish</em>' attribute.
	 * @see #setBaselineFinish(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_BaselineFinish()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getBaselineFinish();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getBaselineFinish <em>Baseline Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Finish</em>' attribute.
	 * @see #getBaselineFinish()
	 * @generated
	 */
	void setBaselineFinish(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Baselined At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the task's baseline was set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baselined At</em>' attribute.
	 * @see #setBaselinedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_BaselinedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getBaselinedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.PlanTask#getBaselinedAt <em>Baselined At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baselined At</em>' attribute.
	 * @see #getBaselinedAt()
	 * @generated
	 */
	void setBaselinedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Dependencies</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.TaskDependency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The task's predecessors.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dependencies</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getPlanTask_Dependencies()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskDependency> getDependencies();

} // PlanTask
