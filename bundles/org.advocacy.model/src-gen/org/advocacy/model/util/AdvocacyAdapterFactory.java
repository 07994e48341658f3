/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.util;

import org.advocacy.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.advocacy.model.AdvocacyPackage
 * @generated
 */
public class AdvocacyAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AdvocacyPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdvocacyAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = AdvocacyPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject) object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdvocacySwitch<Adapter> modelSwitch = new AdvocacySwitch<Adapter>() {
		@Override
		public Adapter caseAdvocacyRepository(AdvocacyRepository object) {
			return createAdvocacyRepositoryAdapter();
		}

		@Override
		public Adapter caseCustomerSegment(CustomerSegment object) {
			return createCustomerSegmentAdapter();
		}

		@Override
		public Adapter caseServiceTarget(ServiceTarget object) {
			return createServiceTargetAdapter();
		}

		@Override
		public Adapter caseBusinessUnit(BusinessUnit object) {
			return createBusinessUnitAdapter();
		}

		@Override
		public Adapter caseProductLine(ProductLine object) {
			return createProductLineAdapter();
		}

		@Override
		public Adapter caseEngagementReason(EngagementReason object) {
			return createEngagementReasonAdapter();
		}

		@Override
		public Adapter caseCustomer(Customer object) {
			return createCustomerAdapter();
		}

		@Override
		public Adapter caseCustomerContact(CustomerContact object) {
			return createCustomerContactAdapter();
		}

		@Override
		public Adapter caseOrganization(Organization object) {
			return createOrganizationAdapter();
		}

		@Override
		public Adapter caseFunctionalArea(FunctionalArea object) {
			return createFunctionalAreaAdapter();
		}

		@Override
		public Adapter caseLadderRung(LadderRung object) {
			return createLadderRungAdapter();
		}

		@Override
		public Adapter casePerson(Person object) {
			return createPersonAdapter();
		}

		@Override
		public Adapter caseContactPoint(ContactPoint object) {
			return createContactPointAdapter();
		}

		@Override
		public Adapter caseAwayPeriod(AwayPeriod object) {
			return createAwayPeriodAdapter();
		}

		@Override
		public Adapter caseBusinessCalendar(BusinessCalendar object) {
			return createBusinessCalendarAdapter();
		}

		@Override
		public Adapter caseHoliday(Holiday object) {
			return createHolidayAdapter();
		}

		@Override
		public Adapter caseEngagement(Engagement object) {
			return createEngagementAdapter();
		}

		@Override
		public Adapter caseCriterion(Criterion object) {
			return createCriterionAdapter();
		}

		@Override
		public Adapter caseEffortEntry(EffortEntry object) {
			return createEffortEntryAdapter();
		}

		@Override
		public Adapter caseExpense(Expense object) {
			return createExpenseAdapter();
		}

		@Override
		public Adapter caseEscalation(Escalation object) {
			return createEscalationAdapter();
		}

		@Override
		public Adapter caseLadderAttempt(LadderAttempt object) {
			return createLadderAttemptAdapter();
		}

		@Override
		public Adapter caseSituationSummary(SituationSummary object) {
			return createSituationSummaryAdapter();
		}

		@Override
		public Adapter caseChronologyEvent(ChronologyEvent object) {
			return createChronologyEventAdapter();
		}

		@Override
		public Adapter caseRootCause(RootCause object) {
			return createRootCauseAdapter();
		}

		@Override
		public Adapter caseContributingFactor(ContributingFactor object) {
			return createContributingFactorAdapter();
		}

		@Override
		public Adapter caseActionItem(ActionItem object) {
			return createActionItemAdapter();
		}

		@Override
		public Adapter caseRecommendation(Recommendation object) {
			return createRecommendationAdapter();
		}

		@Override
		public Adapter caseGetWellPlan(GetWellPlan object) {
			return createGetWellPlanAdapter();
		}

		@Override
		public Adapter caseStakeholder(Stakeholder object) {
			return createStakeholderAdapter();
		}

		@Override
		public Adapter caseRisk(Risk object) {
			return createRiskAdapter();
		}

		@Override
		public Adapter caseAssumption(Assumption object) {
			return createAssumptionAdapter();
		}

		@Override
		public Adapter casePhaseOfValue(PhaseOfValue object) {
			return createPhaseOfValueAdapter();
		}

		@Override
		public Adapter casePlanTask(PlanTask object) {
			return createPlanTaskAdapter();
		}

		@Override
		public Adapter caseTaskDependency(TaskDependency object) {
			return createTaskDependencyAdapter();
		}

		@Override
		public Adapter caseStatusMeeting(StatusMeeting object) {
			return createStatusMeetingAdapter();
		}

		@Override
		public Adapter caseCustomerCommunication(CustomerCommunication object) {
			return createCustomerCommunicationAdapter();
		}

		@Override
		public Adapter caseManagementReview(ManagementReview object) {
			return createManagementReviewAdapter();
		}

		@Override
		public Adapter caseReviewItem(ReviewItem object) {
			return createReviewItemAdapter();
		}

		@Override
		public Adapter caseRootCauseCommitment(RootCauseCommitment object) {
			return createRootCauseCommitmentAdapter();
		}

		@Override
		public Adapter caseNotificationRecord(NotificationRecord object) {
			return createNotificationRecordAdapter();
		}

		@Override
		public Adapter caseNotificationSettings(NotificationSettings object) {
			return createNotificationSettingsAdapter();
		}

		@Override
		public Adapter caseMeetingSchedule(MeetingSchedule object) {
			return createMeetingScheduleAdapter();
		}

		@Override
		public Adapter defaultCase(EObject object) {
			return createEObjectAdapter();
		}
	};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject) target);
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.AdvocacyRepository <em>Repository</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.AdvocacyRepository
	 * @generated
	 */
	public Adapter createAdvocacyRepositoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.CustomerSegment <em>Customer Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.CustomerSegment
	 * @generated
	 */
	public Adapter createCustomerSegmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.ServiceTarget <em>Service Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.ServiceTarget
	 * @generated
	 */
	public Adapter createServiceTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.BusinessUnit <em>Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.BusinessUnit
	 * @generated
	 */
	public Adapter createBusinessUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.ProductLine <em>Product Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.ProductLine
	 * @generated
	 */
	public Adapter createProductLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.EngagementReason <em>Engagement Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.EngagementReason
	 * @generated
	 */
	public Adapter createEngagementReasonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Customer
	 * @generated
	 */
	public Adapter createCustomerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.CustomerContact <em>Customer Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.CustomerContact
	 * @generated
	 */
	public Adapter createCustomerContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Organization
	 * @generated
	 */
	public Adapter createOrganizationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.FunctionalArea <em>Functional Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.FunctionalArea
	 * @generated
	 */
	public Adapter createFunctionalAreaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.LadderRung <em>Ladder Rung</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.LadderRung
	 * @generated
	 */
	public Adapter createLadderRungAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Person
	 * @generated
	 */
	public Adapter createPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.ContactPoint <em>Contact Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.ContactPoint
	 * @generated
	 */
	public Adapter createContactPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.AwayPeriod <em>Away Period</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.AwayPeriod
	 * @generated
	 */
	public Adapter createAwayPeriodAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.BusinessCalendar <em>Business Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.BusinessCalendar
	 * @generated
	 */
	public Adapter createBusinessCalendarAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Holiday <em>Holiday</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Holiday
	 * @generated
	 */
	public Adapter createHolidayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Engagement <em>Engagement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Engagement
	 * @generated
	 */
	public Adapter createEngagementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Criterion
	 * @generated
	 */
	public Adapter createCriterionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.EffortEntry <em>Effort Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.EffortEntry
	 * @generated
	 */
	public Adapter createEffortEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Expense <em>Expense</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Expense
	 * @generated
	 */
	public Adapter createExpenseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Escalation <em>Escalation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Escalation
	 * @generated
	 */
	public Adapter createEscalationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.LadderAttempt <em>Ladder Attempt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.LadderAttempt
	 * @generated
	 */
	public Adapter createLadderAttemptAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.SituationSummary <em>Situation Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.SituationSummary
	 * @generated
	 */
	public Adapter createSituationSummaryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.ChronologyEvent <em>Chronology Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.ChronologyEvent
	 * @generated
	 */
	public Adapter createChronologyEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.RootCause <em>Root Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.RootCause
	 * @generated
	 */
	public Adapter createRootCauseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.ContributingFactor <em>Contributing Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.ContributingFactor
	 * @generated
	 */
	public Adapter createContributingFactorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.ActionItem <em>Action Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.ActionItem
	 * @generated
	 */
	public Adapter createActionItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Recommendation
	 * @generated
	 */
	public Adapter createRecommendationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.GetWellPlan <em>Get Well Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.GetWellPlan
	 * @generated
	 */
	public Adapter createGetWellPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Stakeholder <em>Stakeholder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Stakeholder
	 * @generated
	 */
	public Adapter createStakeholderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Risk
	 * @generated
	 */
	public Adapter createRiskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.Assumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.Assumption
	 * @generated
	 */
	public Adapter createAssumptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.PhaseOfValue <em>Phase Of Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.PhaseOfValue
	 * @generated
	 */
	public Adapter createPhaseOfValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.PlanTask <em>Plan Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.PlanTask
	 * @generated
	 */
	public Adapter createPlanTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.TaskDependency <em>Task Dependency</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.TaskDependency
	 * @generated
	 */
	public Adapter createTaskDependencyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.StatusMeeting <em>Status Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.StatusMeeting
	 * @generated
	 */
	public Adapter createStatusMeetingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.CustomerCommunication <em>Customer Communication</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.CustomerCommunication
	 * @generated
	 */
	public Adapter createCustomerCommunicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.ManagementReview <em>Management Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.ManagementReview
	 * @generated
	 */
	public Adapter createManagementReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.ReviewItem <em>Review Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.ReviewItem
	 * @generated
	 */
	public Adapter createReviewItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.RootCauseCommitment <em>Root Cause Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.RootCauseCommitment
	 * @generated
	 */
	public Adapter createRootCauseCommitmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.NotificationRecord <em>Notification Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.NotificationRecord
	 * @generated
	 */
	public Adapter createNotificationRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.NotificationSettings <em>Notification Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.NotificationSettings
	 * @generated
	 */
	public Adapter createNotificationSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.advocacy.model.MeetingSchedule <em>Meeting Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.advocacy.model.MeetingSchedule
	 * @generated
	 */
	public Adapter createMeetingScheduleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //AdvocacyAdapterFactory
