/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Get Well Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The plan that gets the customer back on track and puts irreversible corrective action in place.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.GetWellPlan#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getScope <em>Scope</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getOutOfScope <em>Out Of Scope</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getStatusRationale <em>Status Rationale</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getBaselinedAt <em>Baselined At</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getStakeholders <em>Stakeholders</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getStatusMeetings <em>Status Meetings</em>}</li>
 *   <li>{@link org.advocacy.model.GetWellPlan#getStatusMeetingSchedule <em>Status Meeting Schedule</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan()
 * @model
 * @generated
 */
public interface GetWellPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the plan covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the plan must achieve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' attribute.
	 * @see #setObjectives(String)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_Objectives()
	 * @model
	 * @generated
	 */
	String getObjectives();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getObjectives <em>Objectives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objectives</em>' attribute.
	 * @see #getObjectives()
	 * @generated
	 */
	void setObjectives(String value);

	/**
	 * Returns the value of the '<em><b>Out Of Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the plan is not for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Out Of Scope</em>' attribute.
	 * @see #setOutOfScope(String)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_OutOfScope()
	 * @model
	 * @generated
	 */
	String getOutOfScope();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getOutOfScope <em>Out Of Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Of Scope</em>' attribute.
	 * @see #getOutOfScope()
	 * @generated
	 */
	void setOutOfScope(String value);

	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The calendar used to schedule the plan's tasks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar</em>' reference.
	 * @see #setCalendar(BusinessCalendar)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_Calendar()
	 * @model
	 * @generated
	 */
	BusinessCalendar getCalendar();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getCalendar <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' reference.
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(BusinessCalendar value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.StatusColour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan's status colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #setStatus(StatusColour)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_Status()
	 * @model
	 * @generated
	 */
	StatusColour getStatus();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StatusColour value);

	/**
	 * Returns the value of the '<em><b>Status Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the plan has its status colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Rationale</em>' attribute.
	 * @see #setStatusRationale(String)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_StatusRationale()
	 * @model
	 * @generated
	 */
	String getStatusRationale();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getStatusRationale <em>Status Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Rationale</em>' attribute.
	 * @see #getStatusRationale()
	 * @generated
	 */
	void setStatusRationale(String value);

	/**
	 * Returns the value of the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the plan was published.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published At</em>' attribute.
	 * @see #setPublishedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_PublishedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getPublishedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getPublishedAt <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published At</em>' attribute.
	 * @see #getPublishedAt()
	 * @generated
	 */
	void setPublishedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Baselined At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the plan's dates were baselined.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baselined At</em>' attribute.
	 * @see #setBaselinedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_BaselinedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getBaselinedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getBaselinedAt <em>Baselined At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baselined At</em>' attribute.
	 * @see #getBaselinedAt()
	 * @generated
	 */
	void setBaselinedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Stakeholders</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Stakeholder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stakeholders of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stakeholders</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_Stakeholders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Stakeholder> getStakeholders();

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Risk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The risks to the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risks</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_Risks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Risk> getRisks();

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Assumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assumptions the plan rests on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumptions</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_Assumptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assumption> getAssumptions();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.PhaseOfValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The phases of value the tasks are grouped into.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_Phases()
	 * @model containment="true"
	 * @generated
	 */
	EList<PhaseOfValue> getPhases();

	/**
	 * Returns the value of the '<em><b>Status Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.StatusMeeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status meetings held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Meetings</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_StatusMeetings()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusMeeting> getStatusMeetings();

	/**
	 * Returns the value of the '<em><b>Status Meeting Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the plan's status meetings take place, for their calendar invitations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Meeting Schedule</em>' containment reference.
	 * @see #setStatusMeetingSchedule(MeetingSchedule)
	 * @see org.advocacy.model.AdvocacyPackage#getGetWellPlan_StatusMeetingSchedule()
	 * @model containment="true"
	 * @generated
	 */
	MeetingSchedule getStatusMeetingSchedule();

	/**
	 * Sets the value of the '{@link org.advocacy.model.GetWellPlan#getStatusMeetingSchedule <em>Status Meeting Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Meeting Schedule</em>' containment reference.
	 * @see #getStatusMeetingSchedule()
	 * @generated
	 */
	void setStatusMeetingSchedule(MeetingSchedule value);

} // GetWellPlan
