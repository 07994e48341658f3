/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.advocacy.model.AdvocacyPackage
 * @generated
 */
public interface AdvocacyFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AdvocacyFactory eINSTANCE = org.advocacy.model.impl.AdvocacyFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Repository</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Repository</em>'.
	 * @generated
	 */
	AdvocacyRepository createAdvocacyRepository();

	/**
	 * Returns a new object of class '<em>Customer Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Customer Segment</em>'.
	 * @generated
	 */
	CustomerSegment createCustomerSegment();

	/**
	 * Returns a new object of class '<em>Service Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Target</em>'.
	 * @generated
	 */
	ServiceTarget createServiceTarget();

	/**
	 * Returns a new object of class '<em>Business Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Business Unit</em>'.
	 * @generated
	 */
	BusinessUnit createBusinessUnit();

	/**
	 * Returns a new object of class '<em>Product Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Product Line</em>'.
	 * @generated
	 */
	ProductLine createProductLine();

	/**
	 * Returns a new object of class '<em>Engagement Reason</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Engagement Reason</em>'.
	 * @generated
	 */
	EngagementReason createEngagementReason();

	/**
	 * Returns a new object of class '<em>Customer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Customer</em>'.
	 * @generated
	 */
	Customer createCustomer();

	/**
	 * Returns a new object of class '<em>Customer Contact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Customer Contact</em>'.
	 * @generated
	 */
	CustomerContact createCustomerContact();

	/**
	 * Returns a new object of class '<em>Organization</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Organization</em>'.
	 * @generated
	 */
	Organization createOrganization();

	/**
	 * Returns a new object of class '<em>Functional Area</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Functional Area</em>'.
	 * @generated
	 */
	FunctionalArea createFunctionalArea();

	/**
	 * Returns a new object of class '<em>Ladder Rung</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ladder Rung</em>'.
	 * @generated
	 */
	LadderRung createLadderRung();

	/**
	 * Returns a new object of class '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Person</em>'.
	 * @generated
	 */
	Person createPerson();

	/**
	 * Returns a new object of class '<em>Contact Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Point</em>'.
	 * @generated
	 */
	ContactPoint createContactPoint();

	/**
	 * Returns a new object of class '<em>Away Period</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Away Period</em>'.
	 * @generated
	 */
	AwayPeriod createAwayPeriod();

	/**
	 * Returns a new object of class '<em>Business Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Business Calendar</em>'.
	 * @generated
	 */
	BusinessCalendar createBusinessCalendar();

	/**
	 * Returns a new object of class '<em>Holiday</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Holiday</em>'.
	 * @generated
	 */
	Holiday createHoliday();

	/**
	 * Returns a new object of class '<em>Engagement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Engagement</em>'.
	 * @generated
	 */
	Engagement createEngagement();

	/**
	 * Returns a new object of class '<em>Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Criterion</em>'.
	 * @generated
	 */
	Criterion createCriterion();

	/**
	 * Returns a new object of class '<em>Effort Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Effort Entry</em>'.
	 * @generated
	 */
	EffortEntry createEffortEntry();

	/**
	 * Returns a new object of class '<em>Expense</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expense</em>'.
	 * @generated
	 */
	Expense createExpense();

	/**
	 * Returns a new object of class '<em>Escalation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Escalation</em>'.
	 * @generated
	 */
	Escalation createEscalation();

	/**
	 * Returns a new object of class '<em>Ladder Attempt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ladder Attempt</em>'.
	 * @generated
	 */
	LadderAttempt createLadderAttempt();

	/**
	 * Returns a new object of class '<em>Situation Summary</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Situation Summary</em>'.
	 * @generated
	 */
	SituationSummary createSituationSummary();

	/**
	 * Returns a new object of class '<em>Chronology Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Chronology Event</em>'.
	 * @generated
	 */
	ChronologyEvent createChronologyEvent();

	/**
	 * Returns a new object of class '<em>Root Cause</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Root Cause</em>'.
	 * @generated
	 */
	RootCause createRootCause();

	/**
	 * Returns a new object of class '<em>Contributing Factor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contributing Factor</em>'.
	 * @generated
	 */
	ContributingFactor createContributingFactor();

	/**
	 * Returns a new object of class '<em>Action Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action Item</em>'.
	 * @generated
	 */
	ActionItem createActionItem();

	/**
	 * Returns a new object of class '<em>Recommendation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recommendation</em>'.
	 * @generated
	 */
	Recommendation createRecommendation();

	/**
	 * Returns a new object of class '<em>Get Well Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Get Well Plan</em>'.
	 * @generated
	 */
	GetWellPlan createGetWellPlan();

	/**
	 * Returns a new object of class '<em>Stakeholder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Stakeholder</em>'.
	 * @generated
	 */
	Stakeholder createStakeholder();

	/**
	 * Returns a new object of class '<em>Risk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Risk</em>'.
	 * @generated
	 */
	Risk createRisk();

	/**
	 * Returns a new object of class '<em>Assumption</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assumption</em>'.
	 * @generated
	 */
	Assumption createAssumption();

	/**
	 * Returns a new object of class '<em>Phase Of Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Phase Of Value</em>'.
	 * @generated
	 */
	PhaseOfValue createPhaseOfValue();

	/**
	 * Returns a new object of class '<em>Plan Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan Task</em>'.
	 * @generated
	 */
	PlanTask createPlanTask();

	/**
	 * Returns a new object of class '<em>Task Dependency</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Task Dependency</em>'.
	 * @generated
	 */
	TaskDependency createTaskDependency();

	/**
	 * Returns a new object of class '<em>Status Meeting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Status Meeting</em>'.
	 * @generated
	 */
	StatusMeeting createStatusMeeting();

	/**
	 * Returns a new object of class '<em>Customer Communication</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Customer Communication</em>'.
	 * @generated
	 */
	CustomerCommunication createCustomerCommunication();

	/**
	 * Returns a new object of class '<em>Management Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Management Review</em>'.
	 * @generated
	 */
	ManagementReview createManagementReview();

	/**
	 * Returns a new object of class '<em>Review Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Item</em>'.
	 * @generated
	 */
	ReviewItem createReviewItem();

	/**
	 * Returns a new object of class '<em>Root Cause Commitment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Root Cause Commitment</em>'.
	 * @generated
	 */
	RootCauseCommitment createRootCauseCommitment();

	/**
	 * Returns a new object of class '<em>Notification Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Notification Record</em>'.
	 * @generated
	 */
	NotificationRecord createNotificationRecord();

	/**
	 * Returns a new object of class '<em>Notification Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Notification Settings</em>'.
	 * @generated
	 */
	NotificationSettings createNotificationSettings();

	/**
	 * Returns a new object of class '<em>Meeting Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Meeting Schedule</em>'.
	 * @generated
	 */
	MeetingSchedule createMeetingSchedule();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	AdvocacyPackage getAdvocacyPackage();

} //AdvocacyFactory
