/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.util;

import org.advocacy.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.advocacy.model.AdvocacyPackage
 * @generated
 */
public class AdvocacySwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AdvocacyPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdvocacySwitch() {
		if (modelPackage == null) {
			modelPackage = AdvocacyPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
		case AdvocacyPackage.ADVOCACY_REPOSITORY: {
			AdvocacyRepository advocacyRepository = (AdvocacyRepository) theEObject;
			T result = caseAdvocacyRepository(advocacyRepository);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.CUSTOMER_SEGMENT: {
			CustomerSegment customerSegment = (CustomerSegment) theEObject;
			T result = caseCustomerSegment(customerSegment);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.SERVICE_TARGET: {
			ServiceTarget serviceTarget = (ServiceTarget) theEObject;
			T result = caseServiceTarget(serviceTarget);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.BUSINESS_UNIT: {
			BusinessUnit businessUnit = (BusinessUnit) theEObject;
			T result = caseBusinessUnit(businessUnit);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.PRODUCT_LINE: {
			ProductLine productLine = (ProductLine) theEObject;
			T result = caseProductLine(productLine);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.ENGAGEMENT_REASON: {
			EngagementReason engagementReason = (EngagementReason) theEObject;
			T result = caseEngagementReason(engagementReason);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.CUSTOMER: {
			Customer customer = (Customer) theEObject;
			T result = caseCustomer(customer);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.CUSTOMER_CONTACT: {
			CustomerContact customerContact = (CustomerContact) theEObject;
			T result = caseCustomerContact(customerContact);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.ORGANIZATION: {
			Organization organization = (Organization) theEObject;
			T result = caseOrganization(organization);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.FUNCTIONAL_AREA: {
			FunctionalArea functionalArea = (FunctionalArea) theEObject;
			T result = caseFunctionalArea(functionalArea);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.LADDER_RUNG: {
			LadderRung ladderRung = (LadderRung) theEObject;
			T result = caseLadderRung(ladderRung);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.PERSON: {
			Person person = (Person) theEObject;
			T result = casePerson(person);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.CONTACT_POINT: {
			ContactPoint contactPoint = (ContactPoint) theEObject;
			T result = caseContactPoint(contactPoint);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.AWAY_PERIOD: {
			AwayPeriod awayPeriod = (AwayPeriod) theEObject;
			T result = caseAwayPeriod(awayPeriod);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.BUSINESS_CALENDAR: {
			BusinessCalendar businessCalendar = (BusinessCalendar) theEObject;
			T result = caseBusinessCalendar(businessCalendar);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.HOLIDAY: {
			Holiday holiday = (Holiday) theEObject;
			T result = caseHoliday(holiday);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.ENGAGEMENT: {
			Engagement engagement = (Engagement) theEObject;
			T result = caseEngagement(engagement);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.CRITERION: {
			Criterion criterion = (Criterion) theEObject;
			T result = caseCriterion(criterion);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.EFFORT_ENTRY: {
			EffortEntry effortEntry = (EffortEntry) theEObject;
			T result = caseEffortEntry(effortEntry);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.EXPENSE: {
			Expense expense = (Expense) theEObject;
			T result = caseExpense(expense);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.ESCALATION: {
			Escalation escalation = (Escalation) theEObject;
			T result = caseEscalation(escalation);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.LADDER_ATTEMPT: {
			LadderAttempt ladderAttempt = (LadderAttempt) theEObject;
			T result = caseLadderAttempt(ladderAttempt);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.SITUATION_SUMMARY: {
			SituationSummary situationSummary = (SituationSummary) theEObject;
			T result = caseSituationSummary(situationSummary);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.CHRONOLOGY_EVENT: {
			ChronologyEvent chronologyEvent = (ChronologyEvent) theEObject;
			T result = caseChronologyEvent(chronologyEvent);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.ROOT_CAUSE: {
			RootCause rootCause = (RootCause) theEObject;
			T result = caseRootCause(rootCause);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.CONTRIBUTING_FACTOR: {
			ContributingFactor contributingFactor = (ContributingFactor) theEObject;
			T result = caseContributingFactor(contributingFactor);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.ACTION_ITEM: {
			ActionItem actionItem = (ActionItem) theEObject;
			T result = caseActionItem(actionItem);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.RECOMMENDATION: {
			Recommendation recommendation = (Recommendation) theEObject;
			T result = caseRecommendation(recommendation);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.GET_WELL_PLAN: {
			GetWellPlan getWellPlan = (GetWellPlan) theEObject;
			T result = caseGetWellPlan(getWellPlan);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.STAKEHOLDER: {
			Stakeholder stakeholder = (Stakeholder) theEObject;
			T result = caseStakeholder(stakeholder);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.RISK: {
			Risk risk = (Risk) theEObject;
			T result = caseRisk(risk);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.ASSUMPTION: {
			Assumption assumption = (Assumption) theEObject;
			T result = caseAssumption(assumption);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.PHASE_OF_VALUE: {
			PhaseOfValue phaseOfValue = (PhaseOfValue) theEObject;
			T result = casePhaseOfValue(phaseOfValue);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.PLAN_TASK: {
			PlanTask planTask = (PlanTask) theEObject;
			T result = casePlanTask(planTask);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.TASK_DEPENDENCY: {
			TaskDependency taskDependency = (TaskDependency) theEObject;
			T result = caseTaskDependency(taskDependency);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.STATUS_MEETING: {
			StatusMeeting statusMeeting = (StatusMeeting) theEObject;
			T result = caseStatusMeeting(statusMeeting);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.CUSTOMER_COMMUNICATION: {
			CustomerCommunication customerCommunication = (CustomerCommunication) theEObject;
			T result = caseCustomerCommunication(customerCommunication);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.MANAGEMENT_REVIEW: {
			ManagementReview managementReview = (ManagementReview) theEObject;
			T result = caseManagementReview(managementReview);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.REVIEW_ITEM: {
			ReviewItem reviewItem = (ReviewItem) theEObject;
			T result = caseReviewItem(reviewItem);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT: {
			RootCauseCommitment rootCauseCommitment = (RootCauseCommitment) theEObject;
			T result = caseRootCauseCommitment(rootCauseCommitment);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.NOTIFICATION_RECORD: {
			NotificationRecord notificationRecord = (NotificationRecord) theEObject;
			T result = caseNotificationRecord(notificationRecord);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.NOTIFICATION_SETTINGS: {
			NotificationSettings notificationSettings = (NotificationSettings) theEObject;
			T result = caseNotificationSettings(notificationSettings);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		case AdvocacyPackage.MEETING_SCHEDULE: {
			MeetingSchedule meetingSchedule = (MeetingSchedule) theEObject;
			T result = caseMeetingSchedule(meetingSchedule);
			if (result == null)
				result = defaultCase(theEObject);
			return result;
		}
		default:
			return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Repository</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Repository</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdvocacyRepository(AdvocacyRepository object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Customer Segment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Customer Segment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomerSegment(CustomerSegment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Service Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Service Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServiceTarget(ServiceTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessUnit(BusinessUnit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Product Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Product Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProductLine(ProductLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Engagement Reason</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Engagement Reason</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEngagementReason(EngagementReason object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Customer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Customer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomer(Customer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Customer Contact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Customer Contact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomerContact(CustomerContact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organization</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organization</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganization(Organization object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Functional Area</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Functional Area</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFunctionalArea(FunctionalArea object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ladder Rung</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ladder Rung</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLadderRung(LadderRung object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Person</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Person</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerson(Person object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContactPoint(ContactPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Away Period</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Away Period</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAwayPeriod(AwayPeriod object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Calendar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessCalendar(BusinessCalendar object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Holiday</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Holiday</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHoliday(Holiday object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Engagement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Engagement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEngagement(Engagement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Criterion</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Criterion</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCriterion(Criterion object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Effort Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Effort Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEffortEntry(EffortEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expense</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expense</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpense(Expense object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Escalation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Escalation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEscalation(Escalation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ladder Attempt</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ladder Attempt</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLadderAttempt(LadderAttempt object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Situation Summary</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Situation Summary</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSituationSummary(SituationSummary object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Chronology Event</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Chronology Event</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChronologyEvent(ChronologyEvent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Root Cause</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Root Cause</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRootCause(RootCause object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contributing Factor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contributing Factor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContributingFactor(ContributingFactor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActionItem(ActionItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recommendation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recommendation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecommendation(Recommendation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Get Well Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Get Well Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGetWellPlan(GetWellPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stakeholder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stakeholder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStakeholder(Stakeholder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Risk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRisk(Risk object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Assumption</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Assumption</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAssumption(Assumption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Phase Of Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Phase Of Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePhaseOfValue(PhaseOfValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanTask(PlanTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task Dependency</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task Dependency</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTaskDependency(TaskDependency object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Status Meeting</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Status Meeting</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStatusMeeting(StatusMeeting object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Customer Communication</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Customer Communication</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomerCommunication(CustomerCommunication object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Management Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Management Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseManagementReview(ManagementReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Review Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Review Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReviewItem(ReviewItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Root Cause Commitment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Root Cause Commitment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRootCauseCommitment(RootCauseCommitment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Notification Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Notification Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNotificationRecord(NotificationRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Notification Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Notification Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNotificationSettings(NotificationSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Meeting Schedule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Meeting Schedule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMeetingSchedule(MeetingSchedule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //AdvocacySwitch
