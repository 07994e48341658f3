/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.advocacy.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AdvocacyFactoryImpl extends EFactoryImpl implements AdvocacyFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static AdvocacyFactory init() {
		try {
			AdvocacyFactory theAdvocacyFactory = (AdvocacyFactory) EPackage.Registry.INSTANCE
					.getEFactory(AdvocacyPackage.eNS_URI);
			if (theAdvocacyFactory != null) {
				return theAdvocacyFactory;
			}
		} catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new AdvocacyFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdvocacyFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
		case AdvocacyPackage.ADVOCACY_REPOSITORY:
			return createAdvocacyRepository();
		case AdvocacyPackage.CUSTOMER_SEGMENT:
			return createCustomerSegment();
		case AdvocacyPackage.SERVICE_TARGET:
			return createServiceTarget();
		case AdvocacyPackage.BUSINESS_UNIT:
			return createBusinessUnit();
		case AdvocacyPackage.PRODUCT_LINE:
			return createProductLine();
		case AdvocacyPackage.ENGAGEMENT_REASON:
			return createEngagementReason();
		case AdvocacyPackage.CUSTOMER:
			return createCustomer();
		case AdvocacyPackage.CUSTOMER_CONTACT:
			return createCustomerContact();
		case AdvocacyPackage.ORGANIZATION:
			return createOrganization();
		case AdvocacyPackage.FUNCTIONAL_AREA:
			return createFunctionalArea();
		case AdvocacyPackage.LADDER_RUNG:
			return createLadderRung();
		case AdvocacyPackage.PERSON:
			return createPerson();
		case AdvocacyPackage.CONTACT_POINT:
			return createContactPoint();
		case AdvocacyPackage.AWAY_PERIOD:
			return createAwayPeriod();
		case AdvocacyPackage.BUSINESS_CALENDAR:
			return createBusinessCalendar();
		case AdvocacyPackage.HOLIDAY:
			return createHoliday();
		case AdvocacyPackage.ENGAGEMENT:
			return createEngagement();
		case AdvocacyPackage.CRITERION:
			return createCriterion();
		case AdvocacyPackage.EFFORT_ENTRY:
			return createEffortEntry();
		case AdvocacyPackage.EXPENSE:
			return createExpense();
		case AdvocacyPackage.ESCALATION:
			return createEscalation();
		case AdvocacyPackage.LADDER_ATTEMPT:
			return createLadderAttempt();
		case AdvocacyPackage.SITUATION_SUMMARY:
			return createSituationSummary();
		case AdvocacyPackage.CHRONOLOGY_EVENT:
			return createChronologyEvent();
		case AdvocacyPackage.ROOT_CAUSE:
			return createRootCause();
		case AdvocacyPackage.CONTRIBUTING_FACTOR:
			return createContributingFactor();
		case AdvocacyPackage.ACTION_ITEM:
			return createActionItem();
		case AdvocacyPackage.RECOMMENDATION:
			return createRecommendation();
		case AdvocacyPackage.GET_WELL_PLAN:
			return createGetWellPlan();
		case AdvocacyPackage.STAKEHOLDER:
			return createStakeholder();
		case AdvocacyPackage.RISK:
			return createRisk();
		case AdvocacyPackage.ASSUMPTION:
			return createAssumption();
		case AdvocacyPackage.PHASE_OF_VALUE:
			return createPhaseOfValue();
		case AdvocacyPackage.PLAN_TASK:
			return createPlanTask();
		case AdvocacyPackage.TASK_DEPENDENCY:
			return createTaskDependency();
		case AdvocacyPackage.STATUS_MEETING:
			return createStatusMeeting();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION:
			return createCustomerCommunication();
		case AdvocacyPackage.MANAGEMENT_REVIEW:
			return createManagementReview();
		case AdvocacyPackage.REVIEW_ITEM:
			return createReviewItem();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT:
			return createRootCauseCommitment();
		case AdvocacyPackage.NOTIFICATION_RECORD:
			return createNotificationRecord();
		case AdvocacyPackage.NOTIFICATION_SETTINGS:
			return createNotificationSettings();
		case AdvocacyPackage.MEETING_SCHEDULE:
			return createMeetingSchedule();
		default:
			throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
		case AdvocacyPackage.ADVOCACY_LEVEL:
			return createAdvocacyLevelFromString(eDataType, initialValue);
		case AdvocacyPackage.ADVOCACY_OFFERING:
			return createAdvocacyOfferingFromString(eDataType, initialValue);
		case AdvocacyPackage.URGENCY:
			return createUrgencyFromString(eDataType, initialValue);
		case AdvocacyPackage.AUDIENCE:
			return createAudienceFromString(eDataType, initialValue);
		case AdvocacyPackage.AREA_KIND:
			return createAreaKindFromString(eDataType, initialValue);
		case AdvocacyPackage.ESCALATION_LEVEL:
			return createEscalationLevelFromString(eDataType, initialValue);
		case AdvocacyPackage.CONTACT_CHANNEL:
			return createContactChannelFromString(eDataType, initialValue);
		case AdvocacyPackage.WEEKDAY:
			return createWeekdayFromString(eDataType, initialValue);
		case AdvocacyPackage.ENGAGEMENT_TRIGGER:
			return createEngagementTriggerFromString(eDataType, initialValue);
		case AdvocacyPackage.ENGAGEMENT_STATE:
			return createEngagementStateFromString(eDataType, initialValue);
		case AdvocacyPackage.STATUS_COLOUR:
			return createStatusColourFromString(eDataType, initialValue);
		case AdvocacyPackage.ESCALATION_REASON:
			return createEscalationReasonFromString(eDataType, initialValue);
		case AdvocacyPackage.ATTEMPT_OUTCOME:
			return createAttemptOutcomeFromString(eDataType, initialValue);
		case AdvocacyPackage.SUMMARY_STATE:
			return createSummaryStateFromString(eDataType, initialValue);
		case AdvocacyPackage.EVIDENCE_KIND:
			return createEvidenceKindFromString(eDataType, initialValue);
		case AdvocacyPackage.ROOT_CAUSE_CATEGORY:
			return createRootCauseCategoryFromString(eDataType, initialValue);
		case AdvocacyPackage.FACTOR_OWNER:
			return createFactorOwnerFromString(eDataType, initialValue);
		case AdvocacyPackage.ACTION_STATUS:
			return createActionStatusFromString(eDataType, initialValue);
		case AdvocacyPackage.STAKEHOLDER_ROLE:
			return createStakeholderRoleFromString(eDataType, initialValue);
		case AdvocacyPackage.RISK_LEVEL:
			return createRiskLevelFromString(eDataType, initialValue);
		case AdvocacyPackage.DEPENDENCY_TYPE:
			return createDependencyTypeFromString(eDataType, initialValue);
		case AdvocacyPackage.COMMUNICATION_CHANNEL:
			return createCommunicationChannelFromString(eDataType, initialValue);
		case AdvocacyPackage.COMMUNICATION_STATE:
			return createCommunicationStateFromString(eDataType, initialValue);
		case AdvocacyPackage.REVIEW_ITEM_KIND:
			return createReviewItemKindFromString(eDataType, initialValue);
		case AdvocacyPackage.COMMITMENT_STATUS:
			return createCommitmentStatusFromString(eDataType, initialValue);
		case AdvocacyPackage.NOTIFICATION_KIND:
			return createNotificationKindFromString(eDataType, initialValue);
		case AdvocacyPackage.SMTP_SECURITY:
			return createSmtpSecurityFromString(eDataType, initialValue);
		case AdvocacyPackage.INSTANT:
			return createInstantFromString(eDataType, initialValue);
		case AdvocacyPackage.LOCAL_DATE:
			return createLocalDateFromString(eDataType, initialValue);
		case AdvocacyPackage.LOCAL_TIME:
			return createLocalTimeFromString(eDataType, initialValue);
		case AdvocacyPackage.ZONE_ID:
			return createZoneIdFromString(eDataType, initialValue);
		default:
			throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
		case AdvocacyPackage.ADVOCACY_LEVEL:
			return convertAdvocacyLevelToString(eDataType, instanceValue);
		case AdvocacyPackage.ADVOCACY_OFFERING:
			return convertAdvocacyOfferingToString(eDataType, instanceValue);
		case AdvocacyPackage.URGENCY:
			return convertUrgencyToString(eDataType, instanceValue);
		case AdvocacyPackage.AUDIENCE:
			return convertAudienceToString(eDataType, instanceValue);
		case AdvocacyPackage.AREA_KIND:
			return convertAreaKindToString(eDataType, instanceValue);
		case AdvocacyPackage.ESCALATION_LEVEL:
			return convertEscalationLevelToString(eDataType, instanceValue);
		case AdvocacyPackage.CONTACT_CHANNEL:
			return convertContactChannelToString(eDataType, instanceValue);
		case AdvocacyPackage.WEEKDAY:
			return convertWeekdayToString(eDataType, instanceValue);
		case AdvocacyPackage.ENGAGEMENT_TRIGGER:
			return convertEngagementTriggerToString(eDataType, instanceValue);
		case AdvocacyPackage.ENGAGEMENT_STATE:
			return convertEngagementStateToString(eDataType, instanceValue);
		case AdvocacyPackage.STATUS_COLOUR:
			return convertStatusColourToString(eDataType, instanceValue);
		case AdvocacyPackage.ESCALATION_REASON:
			return convertEscalationReasonToString(eDataType, instanceValue);
		case AdvocacyPackage.ATTEMPT_OUTCOME:
			return convertAttemptOutcomeToString(eDataType, instanceValue);
		case AdvocacyPackage.SUMMARY_STATE:
			return convertSummaryStateToString(eDataType, instanceValue);
		case AdvocacyPackage.EVIDENCE_KIND:
			return convertEvidenceKindToString(eDataType, instanceValue);
		case AdvocacyPackage.ROOT_CAUSE_CATEGORY:
			return convertRootCauseCategoryToString(eDataType, instanceValue);
		case AdvocacyPackage.FACTOR_OWNER:
			return convertFactorOwnerToString(eDataType, instanceValue);
		case AdvocacyPackage.ACTION_STATUS:
			return convertActionStatusToString(eDataType, instanceValue);
		case AdvocacyPackage.STAKEHOLDER_ROLE:
			return convertStakeholderRoleToString(eDataType, instanceValue);
		case AdvocacyPackage.RISK_LEVEL:
			return convertRiskLevelToString(eDataType, instanceValue);
		case AdvocacyPackage.DEPENDENCY_TYPE:
			return convertDependencyTypeToString(eDataType, instanceValue);
		case AdvocacyPackage.COMMUNICATION_CHANNEL:
			return convertCommunicationChannelToString(eDataType, instanceValue);
		case AdvocacyPackage.COMMUNICATION_STATE:
			return convertCommunicationStateToString(eDataType, instanceValue);
		case AdvocacyPackage.REVIEW_ITEM_KIND:
			return convertReviewItemKindToString(eDataType, instanceValue);
		case AdvocacyPackage.COMMITMENT_STATUS:
			return convertCommitmentStatusToString(eDataType, instanceValue);
		case AdvocacyPackage.NOTIFICATION_KIND:
			return convertNotificationKindToString(eDataType, instanceValue);
		case AdvocacyPackage.SMTP_SECURITY:
			return convertSmtpSecurityToString(eDataType, instanceValue);
		case AdvocacyPackage.INSTANT:
			return convertInstantToString(eDataType, instanceValue);
		case AdvocacyPackage.LOCAL_DATE:
			return convertLocalDateToString(eDataType, instanceValue);
		case AdvocacyPackage.LOCAL_TIME:
			return convertLocalTimeToString(eDataType, instanceValue);
		case AdvocacyPackage.ZONE_ID:
			return convertZoneIdToString(eDataType, instanceValue);
		default:
			throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvocacyRepository createAdvocacyRepository() {
		AdvocacyRepositoryImpl advocacyRepository = new AdvocacyRepositoryImpl();
		return advocacyRepository;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerSegment createCustomerSegment() {
		CustomerSegmentImpl customerSegment = new CustomerSegmentImpl();
		return customerSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ServiceTarget createServiceTarget() {
		ServiceTargetImpl serviceTarget = new ServiceTargetImpl();
		return serviceTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessUnit createBusinessUnit() {
		BusinessUnitImpl businessUnit = new BusinessUnitImpl();
		return businessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductLine createProductLine() {
		ProductLineImpl productLine = new ProductLineImpl();
		return productLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngagementReason createEngagementReason() {
		EngagementReasonImpl engagementReason = new EngagementReasonImpl();
		return engagementReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer createCustomer() {
		CustomerImpl customer = new CustomerImpl();
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerContact createCustomerContact() {
		CustomerContactImpl customerContact = new CustomerContactImpl();
		return customerContact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization createOrganization() {
		OrganizationImpl organization = new OrganizationImpl();
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FunctionalArea createFunctionalArea() {
		FunctionalAreaImpl functionalArea = new FunctionalAreaImpl();
		return functionalArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LadderRung createLadderRung() {
		LadderRungImpl ladderRung = new LadderRungImpl();
		return ladderRung;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person createPerson() {
		PersonImpl person = new PersonImpl();
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactPoint createContactPoint() {
		ContactPointImpl contactPoint = new ContactPointImpl();
		return contactPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AwayPeriod createAwayPeriod() {
		AwayPeriodImpl awayPeriod = new AwayPeriodImpl();
		return awayPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessCalendar createBusinessCalendar() {
		BusinessCalendarImpl businessCalendar = new BusinessCalendarImpl();
		return businessCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Holiday createHoliday() {
		HolidayImpl holiday = new HolidayImpl();
		return holiday;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Engagement createEngagement() {
		EngagementImpl engagement = new EngagementImpl();
		return engagement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EffortEntry createEffortEntry() {
		EffortEntryImpl effortEntry = new EffortEntryImpl();
		return effortEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expense createExpense() {
		ExpenseImpl expense = new ExpenseImpl();
		return expense;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Escalation createEscalation() {
		EscalationImpl escalation = new EscalationImpl();
		return escalation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LadderAttempt createLadderAttempt() {
		LadderAttemptImpl ladderAttempt = new LadderAttemptImpl();
		return ladderAttempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SituationSummary createSituationSummary() {
		SituationSummaryImpl situationSummary = new SituationSummaryImpl();
		return situationSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChronologyEvent createChronologyEvent() {
		ChronologyEventImpl chronologyEvent = new ChronologyEventImpl();
		return chronologyEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RootCause createRootCause() {
		RootCauseImpl rootCause = new RootCauseImpl();
		return rootCause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContributingFactor createContributingFactor() {
		ContributingFactorImpl contributingFactor = new ContributingFactorImpl();
		return contributingFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionItem createActionItem() {
		ActionItemImpl actionItem = new ActionItemImpl();
		return actionItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recommendation createRecommendation() {
		RecommendationImpl recommendation = new RecommendationImpl();
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GetWellPlan createGetWellPlan() {
		GetWellPlanImpl getWellPlan = new GetWellPlanImpl();
		return getWellPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stakeholder createStakeholder() {
		StakeholderImpl stakeholder = new StakeholderImpl();
		return stakeholder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Risk createRisk() {
		RiskImpl risk = new RiskImpl();
		return risk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assumption createAssumption() {
		AssumptionImpl assumption = new AssumptionImpl();
		return assumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PhaseOfValue createPhaseOfValue() {
		PhaseOfValueImpl phaseOfValue = new PhaseOfValueImpl();
		return phaseOfValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanTask createPlanTask() {
		PlanTaskImpl planTask = new PlanTaskImpl();
		return planTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskDependency createTaskDependency() {
		TaskDependencyImpl taskDependency = new TaskDependencyImpl();
		return taskDependency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusMeeting createStatusMeeting() {
		StatusMeetingImpl statusMeeting = new StatusMeetingImpl();
		return statusMeeting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerCommunication createCustomerCommunication() {
		CustomerCommunicationImpl customerCommunication = new CustomerCommunicationImpl();
		return customerCommunication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagementReview createManagementReview() {
		ManagementReviewImpl managementReview = new ManagementReviewImpl();
		return managementReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewItem createReviewItem() {
		ReviewItemImpl reviewItem = new ReviewItemImpl();
		return reviewItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RootCauseCommitment createRootCauseCommitment() {
		RootCauseCommitmentImpl rootCauseCommitment = new RootCauseCommitmentImpl();
		return rootCauseCommitment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationRecord createNotificationRecord() {
		NotificationRecordImpl notificationRecord = new NotificationRecordImpl();
		return notificationRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationSettings createNotificationSettings() {
		NotificationSettingsImpl notificationSettings = new NotificationSettingsImpl();
		return notificationSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingSchedule createMeetingSchedule() {
		MeetingScheduleImpl meetingSchedule = new MeetingScheduleImpl();
		return meetingSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdvocacyLevel createAdvocacyLevelFromString(EDataType eDataType, String initialValue) {
		AdvocacyLevel result = AdvocacyLevel.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdvocacyLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdvocacyOffering createAdvocacyOfferingFromString(EDataType eDataType, String initialValue) {
		AdvocacyOffering result = AdvocacyOffering.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAdvocacyOfferingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Urgency createUrgencyFromString(EDataType eDataType, String initialValue) {
		Urgency result = Urgency.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUrgencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Audience createAudienceFromString(EDataType eDataType, String initialValue) {
		Audience result = Audience.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAudienceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AreaKind createAreaKindFromString(EDataType eDataType, String initialValue) {
		AreaKind result = AreaKind.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAreaKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EscalationLevel createEscalationLevelFromString(EDataType eDataType, String initialValue) {
		EscalationLevel result = EscalationLevel.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEscalationLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContactChannel createContactChannelFromString(EDataType eDataType, String initialValue) {
		ContactChannel result = ContactChannel.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContactChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Weekday createWeekdayFromString(EDataType eDataType, String initialValue) {
		Weekday result = Weekday.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeekdayToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngagementTrigger createEngagementTriggerFromString(EDataType eDataType, String initialValue) {
		EngagementTrigger result = EngagementTrigger.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEngagementTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngagementState createEngagementStateFromString(EDataType eDataType, String initialValue) {
		EngagementState result = EngagementState.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEngagementStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StatusColour createStatusColourFromString(EDataType eDataType, String initialValue) {
		StatusColour result = StatusColour.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatusColourToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EscalationReason createEscalationReasonFromString(EDataType eDataType, String initialValue) {
		EscalationReason result = EscalationReason.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEscalationReasonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttemptOutcome createAttemptOutcomeFromString(EDataType eDataType, String initialValue) {
		AttemptOutcome result = AttemptOutcome.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttemptOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SummaryState createSummaryStateFromString(EDataType eDataType, String initialValue) {
		SummaryState result = SummaryState.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSummaryStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceKind createEvidenceKindFromString(EDataType eDataType, String initialValue) {
		EvidenceKind result = EvidenceKind.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RootCauseCategory createRootCauseCategoryFromString(EDataType eDataType, String initialValue) {
		RootCauseCategory result = RootCauseCategory.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRootCauseCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FactorOwner createFactorOwnerFromString(EDataType eDataType, String initialValue) {
		FactorOwner result = FactorOwner.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFactorOwnerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StakeholderRole createStakeholderRoleFromString(EDataType eDataType, String initialValue) {
		StakeholderRole result = StakeholderRole.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStakeholderRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskLevel createRiskLevelFromString(EDataType eDataType, String initialValue) {
		RiskLevel result = RiskLevel.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DependencyType createDependencyTypeFromString(EDataType eDataType, String initialValue) {
		DependencyType result = DependencyType.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDependencyTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunicationChannel createCommunicationChannelFromString(EDataType eDataType, String initialValue) {
		CommunicationChannel result = CommunicationChannel.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommunicationChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunicationState createCommunicationStateFromString(EDataType eDataType, String initialValue) {
		CommunicationState result = CommunicationState.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommunicationStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewItemKind createReviewItemKindFromString(EDataType eDataType, String initialValue) {
		ReviewItemKind result = ReviewItemKind.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReviewItemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommitmentStatus createCommitmentStatusFromString(EDataType eDataType, String initialValue) {
		CommitmentStatus result = CommitmentStatus.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommitmentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationKind createNotificationKindFromString(EDataType eDataType, String initialValue) {
		NotificationKind result = NotificationKind.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNotificationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SmtpSecurity createSmtpSecurityFromString(EDataType eDataType, String initialValue) {
		SmtpSecurity result = SmtpSecurity.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSmtpSecurityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null || it.isBlank() ? null : Instant.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant) instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate) instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalTime createLocalTime(final String it) {
		return it == null || it.isBlank() ? null : LocalTime.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalTime createLocalTimeFromString(EDataType eDataType, String initialValue) {
		return createLocalTime(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalTime(final LocalTime it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalTimeToString(EDataType eDataType, Object instanceValue) {
		return convertLocalTime((LocalTime) instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ZoneId createZoneId(final String it) {
		return it == null || it.isBlank() ? null : ZoneId.of(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ZoneId createZoneIdFromString(EDataType eDataType, String initialValue) {
		return createZoneId(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertZoneId(final ZoneId it) {
		return it == null ? null : it.getId();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertZoneIdToString(EDataType eDataType, Object instanceValue) {
		return convertZoneId((ZoneId) instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvocacyPackage getAdvocacyPackage() {
		return (AdvocacyPackage) getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static AdvocacyPackage getPackage() {
		return AdvocacyPackage.eINSTANCE;
	}

} //AdvocacyFactoryImpl
