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

import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyLevel;
import org.advocacy.model.AdvocacyOffering;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.Assumption;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.Audience;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.CommunicationChannel;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.ContributingFactor;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.DependencyType;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EngagementTrigger;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.EscalationReason;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.Expense;
import org.advocacy.model.FactorOwner;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Holiday;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;
import org.advocacy.model.NotificationSettings;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.ProductLine;
import org.advocacy.model.Recommendation;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.Risk;
import org.advocacy.model.RiskLevel;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCategory;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SmtpSecurity;
import org.advocacy.model.Stakeholder;
import org.advocacy.model.StakeholderRole;
import org.advocacy.model.StatusColour;
import org.advocacy.model.StatusMeeting;
import org.advocacy.model.SummaryState;
import org.advocacy.model.TaskDependency;
import org.advocacy.model.Urgency;
import org.advocacy.model.Weekday;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class AdvocacyPackageImpl extends EPackageImpl implements AdvocacyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass advocacyRepositoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerSegmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass productLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass engagementReasonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerContactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organizationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass functionalAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ladderRungEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass awayPeriodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessCalendarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass holidayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass engagementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass effortEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass expenseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass escalationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ladderAttemptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass situationSummaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass chronologyEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rootCauseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contributingFactorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recommendationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass getWellPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stakeholderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass phaseOfValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskDependencyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusMeetingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerCommunicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass managementReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rootCauseCommitmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass notificationRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass notificationSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingScheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum advocacyLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum advocacyOfferingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum urgencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum audienceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum areaKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum escalationLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contactChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum weekdayEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum engagementTriggerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum engagementStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum statusColourEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum escalationReasonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attemptOutcomeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum summaryStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rootCauseCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum factorOwnerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stakeholderRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum riskLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dependencyTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum communicationChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum communicationStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reviewItemKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum commitmentStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum notificationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum smtpSecurityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localTimeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType zoneIdEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.advocacy.model.AdvocacyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private AdvocacyPackageImpl() {
		super(eNS_URI, AdvocacyFactory.eINSTANCE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link AdvocacyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static AdvocacyPackage init() {
		if (isInited)
			return (AdvocacyPackage) EPackage.Registry.INSTANCE.getEPackage(AdvocacyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredAdvocacyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		AdvocacyPackageImpl theAdvocacyPackage = registeredAdvocacyPackage instanceof AdvocacyPackageImpl
				? (AdvocacyPackageImpl) registeredAdvocacyPackage
				: new AdvocacyPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theAdvocacyPackage.createPackageContents();

		// Initialize created meta-data
		theAdvocacyPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theAdvocacyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(AdvocacyPackage.eNS_URI, theAdvocacyPackage);
		return theAdvocacyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdvocacyRepository() {
		return advocacyRepositoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdvocacyRepository_Name() {
		return (EAttribute) advocacyRepositoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_Segments() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_Customers() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_BusinessUnits() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_ProductLines() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_Reasons() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_DefaultTargets() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_Organization() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_Engagements() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_Reviews() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_NotificationSettings() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_ReviewSchedule() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvocacyRepository_Notifications() {
		return (EReference) advocacyRepositoryEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerSegment() {
		return customerSegmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Name() {
		return (EAttribute) customerSegmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Description() {
		return (EAttribute) customerSegmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_AdvocacyLevel() {
		return (EAttribute) customerSegmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Offering() {
		return (EAttribute) customerSegmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_Drivers() {
		return (EAttribute) customerSegmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerSegment_WhoMayEngage() {
		return (EAttribute) customerSegmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerSegment_Targets() {
		return (EReference) customerSegmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceTarget() {
		return serviceTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceTarget_Urgency() {
		return (EAttribute) serviceTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceTarget_UpdateCadenceMinutes() {
		return (EAttribute) serviceTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceTarget_EscalationTimeoutMinutes() {
		return (EAttribute) serviceTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessUnit() {
		return businessUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessUnit_Name() {
		return (EAttribute) businessUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProductLine() {
		return productLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProductLine_Name() {
		return (EAttribute) productLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProductLine_BusinessUnit() {
		return (EReference) productLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEngagementReason() {
		return engagementReasonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagementReason_Name() {
		return (EAttribute) engagementReasonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagementReason_Description() {
		return (EAttribute) engagementReasonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomer() {
		return customerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Name() {
		return (EAttribute) customerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Segment() {
		return (EReference) customerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_AnnualRevenue() {
		return (EAttribute) customerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_BusinessUnit() {
		return (EReference) customerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_ProductLines() {
		return (EReference) customerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_AccountOwner() {
		return (EReference) customerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Contacts() {
		return (EReference) customerEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_EscalationRequested() {
		return (EAttribute) customerEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Notes() {
		return (EAttribute) customerEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerContact() {
		return customerContactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerContact_Name() {
		return (EAttribute) customerContactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerContact_Title() {
		return (EAttribute) customerContactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerContact_Audience() {
		return (EAttribute) customerContactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerContact_Email() {
		return (EAttribute) customerContactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerContact_Phone() {
		return (EAttribute) customerContactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganization() {
		return organizationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganization_Name() {
		return (EAttribute) organizationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Areas() {
		return (EReference) organizationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_People() {
		return (EReference) organizationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_Calendars() {
		return (EReference) organizationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganization_DefaultCalendar() {
		return (EReference) organizationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFunctionalArea() {
		return functionalAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunctionalArea_Name() {
		return (EAttribute) functionalAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFunctionalArea_Kind() {
		return (EAttribute) functionalAreaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFunctionalArea_Ladder() {
		return (EReference) functionalAreaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFunctionalArea_Calendar() {
		return (EReference) functionalAreaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLadderRung() {
		return ladderRungEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLadderRung_Level() {
		return (EAttribute) ladderRungEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLadderRung_Person() {
		return (EReference) ladderRungEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerson() {
		return personEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Name() {
		return (EAttribute) personEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Title() {
		return (EAttribute) personEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Email() {
		return (EAttribute) personEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_Advocate() {
		return (EAttribute) personEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerson_TimeZone() {
		return (EAttribute) personEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_Calendar() {
		return (EReference) personEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_ContactPoints() {
		return (EReference) personEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerson_AwayPeriods() {
		return (EReference) personEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactPoint() {
		return contactPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_Channel() {
		return (EAttribute) contactPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_Address() {
		return (EAttribute) contactPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactPoint_Available24x7() {
		return (EAttribute) contactPointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAwayPeriod() {
		return awayPeriodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwayPeriod_Start() {
		return (EAttribute) awayPeriodEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwayPeriod_End() {
		return (EAttribute) awayPeriodEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAwayPeriod_Alternate() {
		return (EReference) awayPeriodEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwayPeriod_AlternateConfirmed() {
		return (EAttribute) awayPeriodEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAwayPeriod_Note() {
		return (EAttribute) awayPeriodEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessCalendar() {
		return businessCalendarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_Name() {
		return (EAttribute) businessCalendarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_TimeZone() {
		return (EAttribute) businessCalendarEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_WorkingDays() {
		return (EAttribute) businessCalendarEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_WorkdayStart() {
		return (EAttribute) businessCalendarEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCalendar_WorkdayEnd() {
		return (EAttribute) businessCalendarEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessCalendar_Holidays() {
		return (EReference) businessCalendarEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHoliday() {
		return holidayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHoliday_Date() {
		return (EAttribute) holidayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHoliday_Name() {
		return (EAttribute) holidayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEngagement() {
		return engagementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Key() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Title() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Label() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Customer() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Advocate() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Team() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Trigger() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_CustomerWords() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Reason() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Urgency() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_State() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_OpenedAt() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_ClosedAt() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_BusinessUnit() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_ProductLine() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_CriteriaAgreedAt() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_DisengagementCriteria() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_SuccessCriteria() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_Status() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEngagement_StatusRationale() {
		return (EAttribute) engagementEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_EffortEntries() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Expenses() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_RelatedEngagements() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Escalations() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_SituationSummary() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_GetWellPlan() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Communications() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEngagement_Notifications() {
		return (EReference) engagementEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriterion() {
		return criterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Description() {
		return (EAttribute) criterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_Met() {
		return (EAttribute) criterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_MetAt() {
		return (EAttribute) criterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_CustomerConfirmed() {
		return (EAttribute) criterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterion_ConfirmedAt() {
		return (EAttribute) criterionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEffortEntry() {
		return effortEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEffortEntry_Person() {
		return (EReference) effortEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffortEntry_Date() {
		return (EAttribute) effortEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffortEntry_Hours() {
		return (EAttribute) effortEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffortEntry_HourlyRate() {
		return (EAttribute) effortEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEffortEntry_Description() {
		return (EAttribute) effortEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExpense() {
		return expenseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpense_Date() {
		return (EAttribute) expenseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpense_Amount() {
		return (EAttribute) expenseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpense_Category() {
		return (EAttribute) expenseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpense_Description() {
		return (EAttribute) expenseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEscalation() {
		return escalationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEscalation_Area() {
		return (EReference) escalationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_Reason() {
		return (EAttribute) escalationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_Description() {
		return (EAttribute) escalationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEscalation_StartedAt() {
		return (EAttribute) escalationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEscalation_Attempts() {
		return (EReference) escalationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLadderAttempt() {
		return ladderAttemptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLadderAttempt_Level() {
		return (EAttribute) ladderAttemptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLadderAttempt_Person() {
		return (EReference) ladderAttemptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLadderAttempt_SubstituteFor() {
		return (EReference) ladderAttemptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLadderAttempt_Channel() {
		return (EAttribute) ladderAttemptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLadderAttempt_ContactedAt() {
		return (EAttribute) ladderAttemptEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLadderAttempt_RespondedAt() {
		return (EAttribute) ladderAttemptEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLadderAttempt_Outcome() {
		return (EAttribute) ladderAttemptEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLadderAttempt_Notes() {
		return (EAttribute) ladderAttemptEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSituationSummary() {
		return situationSummaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSituationSummary_ExecutiveSummary() {
		return (EAttribute) situationSummaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSituationSummary_State() {
		return (EAttribute) situationSummaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSituationSummary_ReviewedAt() {
		return (EAttribute) situationSummaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSituationSummary_ReviewedBy() {
		return (EReference) situationSummaryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSituationSummary_Chronology() {
		return (EReference) situationSummaryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSituationSummary_RootCauses() {
		return (EReference) situationSummaryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSituationSummary_ContributingFactors() {
		return (EReference) situationSummaryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSituationSummary_ActionItems() {
		return (EReference) situationSummaryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSituationSummary_Recommendations() {
		return (EReference) situationSummaryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChronologyEvent() {
		return chronologyEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChronologyEvent_OccurredAt() {
		return (EAttribute) chronologyEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChronologyEvent_Description() {
		return (EAttribute) chronologyEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChronologyEvent_Source() {
		return (EAttribute) chronologyEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChronologyEvent_Reference() {
		return (EAttribute) chronologyEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRootCause() {
		return rootCauseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRootCause_Description() {
		return (EAttribute) rootCauseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRootCause_Category() {
		return (EAttribute) rootCauseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRootCause_OwningArea() {
		return (EReference) rootCauseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContributingFactor() {
		return contributingFactorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContributingFactor_Description() {
		return (EAttribute) contributingFactorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContributingFactor_Owner() {
		return (EAttribute) contributingFactorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContributingFactor_Swirl() {
		return (EAttribute) contributingFactorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContributingFactor_DisclosedToCustomer() {
		return (EAttribute) contributingFactorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionItem() {
		return actionItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionItem_Description() {
		return (EAttribute) actionItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionItem_Owner() {
		return (EReference) actionItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionItem_Due() {
		return (EAttribute) actionItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionItem_Status() {
		return (EAttribute) actionItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecommendation() {
		return recommendationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Description() {
		return (EAttribute) recommendationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecommendation_Rationale() {
		return (EAttribute) recommendationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGetWellPlan() {
		return getWellPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGetWellPlan_Name() {
		return (EAttribute) getWellPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGetWellPlan_Scope() {
		return (EAttribute) getWellPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGetWellPlan_Objectives() {
		return (EAttribute) getWellPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGetWellPlan_OutOfScope() {
		return (EAttribute) getWellPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGetWellPlan_Calendar() {
		return (EReference) getWellPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGetWellPlan_Status() {
		return (EAttribute) getWellPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGetWellPlan_StatusRationale() {
		return (EAttribute) getWellPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGetWellPlan_PublishedAt() {
		return (EAttribute) getWellPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGetWellPlan_BaselinedAt() {
		return (EAttribute) getWellPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGetWellPlan_Stakeholders() {
		return (EReference) getWellPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGetWellPlan_Risks() {
		return (EReference) getWellPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGetWellPlan_Assumptions() {
		return (EReference) getWellPlanEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGetWellPlan_Phases() {
		return (EReference) getWellPlanEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGetWellPlan_StatusMeetings() {
		return (EReference) getWellPlanEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGetWellPlan_StatusMeetingSchedule() {
		return (EReference) getWellPlanEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStakeholder() {
		return stakeholderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Name() {
		return (EAttribute) stakeholderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStakeholder_Person() {
		return (EReference) stakeholderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStakeholder_Role() {
		return (EAttribute) stakeholderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRisk() {
		return riskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Description() {
		return (EAttribute) riskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Likelihood() {
		return (EAttribute) riskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Impact() {
		return (EAttribute) riskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRisk_Mitigation() {
		return (EAttribute) riskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRisk_Owner() {
		return (EReference) riskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssumption() {
		return assumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssumption_Description() {
		return (EAttribute) assumptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPhaseOfValue() {
		return phaseOfValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseOfValue_Name() {
		return (EAttribute) phaseOfValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPhaseOfValue_Description() {
		return (EAttribute) phaseOfValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPhaseOfValue_Tasks() {
		return (EReference) phaseOfValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanTask() {
		return planTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Name() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanTask_Owner() {
		return (EReference) planTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Start() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_DurationDays() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Finish() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_PercentComplete() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Milestone() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_CommitmentDate() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Caveats() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_Prerequisites() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_BaselineStart() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanTask_BaselineFinish() {
		return (EAttribute) planTaskEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanTask_Dependencies() {
		return (EReference) planTaskEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaskDependency() {
		return taskDependencyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTaskDependency_Predecessor() {
		return (EReference) taskDependencyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskDependency_Type() {
		return (EAttribute) taskDependencyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskDependency_LagDays() {
		return (EAttribute) taskDependencyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusMeeting() {
		return statusMeetingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusMeeting_HeldOn() {
		return (EAttribute) statusMeetingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStatusMeeting_Attendees() {
		return (EReference) statusMeetingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusMeeting_Colour() {
		return (EAttribute) statusMeetingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusMeeting_Notes() {
		return (EAttribute) statusMeetingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerCommunication() {
		return customerCommunicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_CreatedAt() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_SentAt() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerCommunication_Author() {
		return (EReference) customerCommunicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_Audience() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerCommunication_Recipients() {
		return (EReference) customerCommunicationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_Channel() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_Subject() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_Summary() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_NextUpdateDue() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_State() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_EmotionallyCharged() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerCommunication_HoldUntil() {
		return (EAttribute) customerCommunicationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getManagementReview() {
		return managementReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagementReview_HeldOn() {
		return (EAttribute) managementReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManagementReview_Attendees() {
		return (EReference) managementReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagementReview_Notes() {
		return (EAttribute) managementReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManagementReview_Items() {
		return (EReference) managementReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManagementReview_Commitments() {
		return (EReference) managementReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewItem() {
		return reviewItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewItem_Engagement() {
		return (EReference) reviewItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewItem_Kind() {
		return (EAttribute) reviewItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewItem_Notes() {
		return (EAttribute) reviewItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewItem_ClosureConfirmed() {
		return (EAttribute) reviewItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRootCauseCommitment() {
		return rootCauseCommitmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRootCauseCommitment_RootCauses() {
		return (EReference) rootCauseCommitmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRootCauseCommitment_AccountableManager() {
		return (EReference) rootCauseCommitmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRootCauseCommitment_Commitment() {
		return (EAttribute) rootCauseCommitmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRootCauseCommitment_PromisedUpdateOn() {
		return (EAttribute) rootCauseCommitmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRootCauseCommitment_Status() {
		return (EAttribute) rootCauseCommitmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRootCauseCommitment_LastUpdate() {
		return (EAttribute) rootCauseCommitmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNotificationRecord() {
		return notificationRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationRecord_Kind() {
		return (EAttribute) notificationRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationRecord_DedupeKey() {
		return (EAttribute) notificationRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationRecord_Recipients() {
		return (EAttribute) notificationRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationRecord_Subject() {
		return (EAttribute) notificationRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationRecord_MessageId() {
		return (EAttribute) notificationRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationRecord_AcceptedAt() {
		return (EAttribute) notificationRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNotificationSettings() {
		return notificationSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationSettings_SmtpHost() {
		return (EAttribute) notificationSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationSettings_SmtpPort() {
		return (EAttribute) notificationSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationSettings_Security() {
		return (EAttribute) notificationSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationSettings_Username() {
		return (EAttribute) notificationSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationSettings_FromAddress() {
		return (EAttribute) notificationSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNotificationSettings_FromName() {
		return (EAttribute) notificationSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeetingSchedule() {
		return meetingScheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSchedule_FirstStart() {
		return (EAttribute) meetingScheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSchedule_DurationMinutes() {
		return (EAttribute) meetingScheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSchedule_TimeZone() {
		return (EAttribute) meetingScheduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSchedule_RepeatEveryWeeks() {
		return (EAttribute) meetingScheduleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSchedule_RepeatUntil() {
		return (EAttribute) meetingScheduleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSchedule_Location() {
		return (EAttribute) meetingScheduleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingSchedule_Organizer() {
		return (EReference) meetingScheduleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingSchedule_Attendees() {
		return (EReference) meetingScheduleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeetingSchedule_CustomerAttendees() {
		return (EReference) meetingScheduleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeetingSchedule_Cancelled() {
		return (EAttribute) meetingScheduleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdvocacyLevel() {
		return advocacyLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAdvocacyOffering() {
		return advocacyOfferingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUrgency() {
		return urgencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAudience() {
		return audienceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAreaKind() {
		return areaKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEscalationLevel() {
		return escalationLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContactChannel() {
		return contactChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWeekday() {
		return weekdayEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEngagementTrigger() {
		return engagementTriggerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEngagementState() {
		return engagementStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStatusColour() {
		return statusColourEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEscalationReason() {
		return escalationReasonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttemptOutcome() {
		return attemptOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSummaryState() {
		return summaryStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceKind() {
		return evidenceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRootCauseCategory() {
		return rootCauseCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFactorOwner() {
		return factorOwnerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionStatus() {
		return actionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStakeholderRole() {
		return stakeholderRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRiskLevel() {
		return riskLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDependencyType() {
		return dependencyTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommunicationChannel() {
		return communicationChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommunicationState() {
		return communicationStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReviewItemKind() {
		return reviewItemKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommitmentStatus() {
		return commitmentStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNotificationKind() {
		return notificationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSmtpSecurity() {
		return smtpSecurityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalTime() {
		return localTimeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getZoneId() {
		return zoneIdEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvocacyFactory getAdvocacyFactory() {
		return (AdvocacyFactory) getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated)
			return;
		isCreated = true;

		// Create classes and their features
		advocacyRepositoryEClass = createEClass(ADVOCACY_REPOSITORY);
		createEAttribute(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__NAME);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__SEGMENTS);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__CUSTOMERS);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__BUSINESS_UNITS);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__PRODUCT_LINES);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__REASONS);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__DEFAULT_TARGETS);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__ORGANIZATION);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__ENGAGEMENTS);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__REVIEWS);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__REVIEW_SCHEDULE);
		createEReference(advocacyRepositoryEClass, ADVOCACY_REPOSITORY__NOTIFICATIONS);

		customerSegmentEClass = createEClass(CUSTOMER_SEGMENT);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__NAME);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__DESCRIPTION);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__ADVOCACY_LEVEL);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__OFFERING);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__DRIVERS);
		createEAttribute(customerSegmentEClass, CUSTOMER_SEGMENT__WHO_MAY_ENGAGE);
		createEReference(customerSegmentEClass, CUSTOMER_SEGMENT__TARGETS);

		serviceTargetEClass = createEClass(SERVICE_TARGET);
		createEAttribute(serviceTargetEClass, SERVICE_TARGET__URGENCY);
		createEAttribute(serviceTargetEClass, SERVICE_TARGET__UPDATE_CADENCE_MINUTES);
		createEAttribute(serviceTargetEClass, SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES);

		businessUnitEClass = createEClass(BUSINESS_UNIT);
		createEAttribute(businessUnitEClass, BUSINESS_UNIT__NAME);

		productLineEClass = createEClass(PRODUCT_LINE);
		createEAttribute(productLineEClass, PRODUCT_LINE__NAME);
		createEReference(productLineEClass, PRODUCT_LINE__BUSINESS_UNIT);

		engagementReasonEClass = createEClass(ENGAGEMENT_REASON);
		createEAttribute(engagementReasonEClass, ENGAGEMENT_REASON__NAME);
		createEAttribute(engagementReasonEClass, ENGAGEMENT_REASON__DESCRIPTION);

		customerEClass = createEClass(CUSTOMER);
		createEAttribute(customerEClass, CUSTOMER__NAME);
		createEReference(customerEClass, CUSTOMER__SEGMENT);
		createEAttribute(customerEClass, CUSTOMER__ANNUAL_REVENUE);
		createEReference(customerEClass, CUSTOMER__BUSINESS_UNIT);
		createEReference(customerEClass, CUSTOMER__PRODUCT_LINES);
		createEReference(customerEClass, CUSTOMER__ACCOUNT_OWNER);
		createEReference(customerEClass, CUSTOMER__CONTACTS);
		createEAttribute(customerEClass, CUSTOMER__ESCALATION_REQUESTED);
		createEAttribute(customerEClass, CUSTOMER__NOTES);

		customerContactEClass = createEClass(CUSTOMER_CONTACT);
		createEAttribute(customerContactEClass, CUSTOMER_CONTACT__NAME);
		createEAttribute(customerContactEClass, CUSTOMER_CONTACT__TITLE);
		createEAttribute(customerContactEClass, CUSTOMER_CONTACT__AUDIENCE);
		createEAttribute(customerContactEClass, CUSTOMER_CONTACT__EMAIL);
		createEAttribute(customerContactEClass, CUSTOMER_CONTACT__PHONE);

		organizationEClass = createEClass(ORGANIZATION);
		createEAttribute(organizationEClass, ORGANIZATION__NAME);
		createEReference(organizationEClass, ORGANIZATION__AREAS);
		createEReference(organizationEClass, ORGANIZATION__PEOPLE);
		createEReference(organizationEClass, ORGANIZATION__CALENDARS);
		createEReference(organizationEClass, ORGANIZATION__DEFAULT_CALENDAR);

		functionalAreaEClass = createEClass(FUNCTIONAL_AREA);
		createEAttribute(functionalAreaEClass, FUNCTIONAL_AREA__NAME);
		createEAttribute(functionalAreaEClass, FUNCTIONAL_AREA__KIND);
		createEReference(functionalAreaEClass, FUNCTIONAL_AREA__LADDER);
		createEReference(functionalAreaEClass, FUNCTIONAL_AREA__CALENDAR);

		ladderRungEClass = createEClass(LADDER_RUNG);
		createEAttribute(ladderRungEClass, LADDER_RUNG__LEVEL);
		createEReference(ladderRungEClass, LADDER_RUNG__PERSON);

		personEClass = createEClass(PERSON);
		createEAttribute(personEClass, PERSON__NAME);
		createEAttribute(personEClass, PERSON__TITLE);
		createEAttribute(personEClass, PERSON__EMAIL);
		createEAttribute(personEClass, PERSON__ADVOCATE);
		createEAttribute(personEClass, PERSON__TIME_ZONE);
		createEReference(personEClass, PERSON__CALENDAR);
		createEReference(personEClass, PERSON__CONTACT_POINTS);
		createEReference(personEClass, PERSON__AWAY_PERIODS);

		contactPointEClass = createEClass(CONTACT_POINT);
		createEAttribute(contactPointEClass, CONTACT_POINT__CHANNEL);
		createEAttribute(contactPointEClass, CONTACT_POINT__ADDRESS);
		createEAttribute(contactPointEClass, CONTACT_POINT__AVAILABLE24X7);

		awayPeriodEClass = createEClass(AWAY_PERIOD);
		createEAttribute(awayPeriodEClass, AWAY_PERIOD__START);
		createEAttribute(awayPeriodEClass, AWAY_PERIOD__END);
		createEReference(awayPeriodEClass, AWAY_PERIOD__ALTERNATE);
		createEAttribute(awayPeriodEClass, AWAY_PERIOD__ALTERNATE_CONFIRMED);
		createEAttribute(awayPeriodEClass, AWAY_PERIOD__NOTE);

		businessCalendarEClass = createEClass(BUSINESS_CALENDAR);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__NAME);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__TIME_ZONE);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__WORKING_DAYS);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__WORKDAY_START);
		createEAttribute(businessCalendarEClass, BUSINESS_CALENDAR__WORKDAY_END);
		createEReference(businessCalendarEClass, BUSINESS_CALENDAR__HOLIDAYS);

		holidayEClass = createEClass(HOLIDAY);
		createEAttribute(holidayEClass, HOLIDAY__DATE);
		createEAttribute(holidayEClass, HOLIDAY__NAME);

		engagementEClass = createEClass(ENGAGEMENT);
		createEAttribute(engagementEClass, ENGAGEMENT__KEY);
		createEAttribute(engagementEClass, ENGAGEMENT__TITLE);
		createEAttribute(engagementEClass, ENGAGEMENT__LABEL);
		createEReference(engagementEClass, ENGAGEMENT__CUSTOMER);
		createEReference(engagementEClass, ENGAGEMENT__ADVOCATE);
		createEReference(engagementEClass, ENGAGEMENT__TEAM);
		createEAttribute(engagementEClass, ENGAGEMENT__TRIGGER);
		createEAttribute(engagementEClass, ENGAGEMENT__CUSTOMER_WORDS);
		createEReference(engagementEClass, ENGAGEMENT__REASON);
		createEAttribute(engagementEClass, ENGAGEMENT__URGENCY);
		createEAttribute(engagementEClass, ENGAGEMENT__STATE);
		createEAttribute(engagementEClass, ENGAGEMENT__OPENED_AT);
		createEAttribute(engagementEClass, ENGAGEMENT__CLOSED_AT);
		createEReference(engagementEClass, ENGAGEMENT__BUSINESS_UNIT);
		createEReference(engagementEClass, ENGAGEMENT__PRODUCT_LINE);
		createEAttribute(engagementEClass, ENGAGEMENT__CRITERIA_AGREED_AT);
		createEReference(engagementEClass, ENGAGEMENT__DISENGAGEMENT_CRITERIA);
		createEReference(engagementEClass, ENGAGEMENT__SUCCESS_CRITERIA);
		createEAttribute(engagementEClass, ENGAGEMENT__STATUS);
		createEAttribute(engagementEClass, ENGAGEMENT__STATUS_RATIONALE);
		createEReference(engagementEClass, ENGAGEMENT__EFFORT_ENTRIES);
		createEReference(engagementEClass, ENGAGEMENT__EXPENSES);
		createEReference(engagementEClass, ENGAGEMENT__RELATED_ENGAGEMENTS);
		createEReference(engagementEClass, ENGAGEMENT__ESCALATIONS);
		createEReference(engagementEClass, ENGAGEMENT__SITUATION_SUMMARY);
		createEReference(engagementEClass, ENGAGEMENT__GET_WELL_PLAN);
		createEReference(engagementEClass, ENGAGEMENT__COMMUNICATIONS);
		createEReference(engagementEClass, ENGAGEMENT__NOTIFICATIONS);

		criterionEClass = createEClass(CRITERION);
		createEAttribute(criterionEClass, CRITERION__DESCRIPTION);
		createEAttribute(criterionEClass, CRITERION__MET);
		createEAttribute(criterionEClass, CRITERION__MET_AT);
		createEAttribute(criterionEClass, CRITERION__CUSTOMER_CONFIRMED);
		createEAttribute(criterionEClass, CRITERION__CONFIRMED_AT);

		effortEntryEClass = createEClass(EFFORT_ENTRY);
		createEReference(effortEntryEClass, EFFORT_ENTRY__PERSON);
		createEAttribute(effortEntryEClass, EFFORT_ENTRY__DATE);
		createEAttribute(effortEntryEClass, EFFORT_ENTRY__HOURS);
		createEAttribute(effortEntryEClass, EFFORT_ENTRY__HOURLY_RATE);
		createEAttribute(effortEntryEClass, EFFORT_ENTRY__DESCRIPTION);

		expenseEClass = createEClass(EXPENSE);
		createEAttribute(expenseEClass, EXPENSE__DATE);
		createEAttribute(expenseEClass, EXPENSE__AMOUNT);
		createEAttribute(expenseEClass, EXPENSE__CATEGORY);
		createEAttribute(expenseEClass, EXPENSE__DESCRIPTION);

		escalationEClass = createEClass(ESCALATION);
		createEReference(escalationEClass, ESCALATION__AREA);
		createEAttribute(escalationEClass, ESCALATION__REASON);
		createEAttribute(escalationEClass, ESCALATION__DESCRIPTION);
		createEAttribute(escalationEClass, ESCALATION__STARTED_AT);
		createEReference(escalationEClass, ESCALATION__ATTEMPTS);

		ladderAttemptEClass = createEClass(LADDER_ATTEMPT);
		createEAttribute(ladderAttemptEClass, LADDER_ATTEMPT__LEVEL);
		createEReference(ladderAttemptEClass, LADDER_ATTEMPT__PERSON);
		createEReference(ladderAttemptEClass, LADDER_ATTEMPT__SUBSTITUTE_FOR);
		createEAttribute(ladderAttemptEClass, LADDER_ATTEMPT__CHANNEL);
		createEAttribute(ladderAttemptEClass, LADDER_ATTEMPT__CONTACTED_AT);
		createEAttribute(ladderAttemptEClass, LADDER_ATTEMPT__RESPONDED_AT);
		createEAttribute(ladderAttemptEClass, LADDER_ATTEMPT__OUTCOME);
		createEAttribute(ladderAttemptEClass, LADDER_ATTEMPT__NOTES);

		situationSummaryEClass = createEClass(SITUATION_SUMMARY);
		createEAttribute(situationSummaryEClass, SITUATION_SUMMARY__EXECUTIVE_SUMMARY);
		createEAttribute(situationSummaryEClass, SITUATION_SUMMARY__STATE);
		createEAttribute(situationSummaryEClass, SITUATION_SUMMARY__REVIEWED_AT);
		createEReference(situationSummaryEClass, SITUATION_SUMMARY__REVIEWED_BY);
		createEReference(situationSummaryEClass, SITUATION_SUMMARY__CHRONOLOGY);
		createEReference(situationSummaryEClass, SITUATION_SUMMARY__ROOT_CAUSES);
		createEReference(situationSummaryEClass, SITUATION_SUMMARY__CONTRIBUTING_FACTORS);
		createEReference(situationSummaryEClass, SITUATION_SUMMARY__ACTION_ITEMS);
		createEReference(situationSummaryEClass, SITUATION_SUMMARY__RECOMMENDATIONS);

		chronologyEventEClass = createEClass(CHRONOLOGY_EVENT);
		createEAttribute(chronologyEventEClass, CHRONOLOGY_EVENT__OCCURRED_AT);
		createEAttribute(chronologyEventEClass, CHRONOLOGY_EVENT__DESCRIPTION);
		createEAttribute(chronologyEventEClass, CHRONOLOGY_EVENT__SOURCE);
		createEAttribute(chronologyEventEClass, CHRONOLOGY_EVENT__REFERENCE);

		rootCauseEClass = createEClass(ROOT_CAUSE);
		createEAttribute(rootCauseEClass, ROOT_CAUSE__DESCRIPTION);
		createEAttribute(rootCauseEClass, ROOT_CAUSE__CATEGORY);
		createEReference(rootCauseEClass, ROOT_CAUSE__OWNING_AREA);

		contributingFactorEClass = createEClass(CONTRIBUTING_FACTOR);
		createEAttribute(contributingFactorEClass, CONTRIBUTING_FACTOR__DESCRIPTION);
		createEAttribute(contributingFactorEClass, CONTRIBUTING_FACTOR__OWNER);
		createEAttribute(contributingFactorEClass, CONTRIBUTING_FACTOR__SWIRL);
		createEAttribute(contributingFactorEClass, CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER);

		actionItemEClass = createEClass(ACTION_ITEM);
		createEAttribute(actionItemEClass, ACTION_ITEM__DESCRIPTION);
		createEReference(actionItemEClass, ACTION_ITEM__OWNER);
		createEAttribute(actionItemEClass, ACTION_ITEM__DUE);
		createEAttribute(actionItemEClass, ACTION_ITEM__STATUS);

		recommendationEClass = createEClass(RECOMMENDATION);
		createEAttribute(recommendationEClass, RECOMMENDATION__DESCRIPTION);
		createEAttribute(recommendationEClass, RECOMMENDATION__RATIONALE);

		getWellPlanEClass = createEClass(GET_WELL_PLAN);
		createEAttribute(getWellPlanEClass, GET_WELL_PLAN__NAME);
		createEAttribute(getWellPlanEClass, GET_WELL_PLAN__SCOPE);
		createEAttribute(getWellPlanEClass, GET_WELL_PLAN__OBJECTIVES);
		createEAttribute(getWellPlanEClass, GET_WELL_PLAN__OUT_OF_SCOPE);
		createEReference(getWellPlanEClass, GET_WELL_PLAN__CALENDAR);
		createEAttribute(getWellPlanEClass, GET_WELL_PLAN__STATUS);
		createEAttribute(getWellPlanEClass, GET_WELL_PLAN__STATUS_RATIONALE);
		createEAttribute(getWellPlanEClass, GET_WELL_PLAN__PUBLISHED_AT);
		createEAttribute(getWellPlanEClass, GET_WELL_PLAN__BASELINED_AT);
		createEReference(getWellPlanEClass, GET_WELL_PLAN__STAKEHOLDERS);
		createEReference(getWellPlanEClass, GET_WELL_PLAN__RISKS);
		createEReference(getWellPlanEClass, GET_WELL_PLAN__ASSUMPTIONS);
		createEReference(getWellPlanEClass, GET_WELL_PLAN__PHASES);
		createEReference(getWellPlanEClass, GET_WELL_PLAN__STATUS_MEETINGS);
		createEReference(getWellPlanEClass, GET_WELL_PLAN__STATUS_MEETING_SCHEDULE);

		stakeholderEClass = createEClass(STAKEHOLDER);
		createEAttribute(stakeholderEClass, STAKEHOLDER__NAME);
		createEReference(stakeholderEClass, STAKEHOLDER__PERSON);
		createEAttribute(stakeholderEClass, STAKEHOLDER__ROLE);

		riskEClass = createEClass(RISK);
		createEAttribute(riskEClass, RISK__DESCRIPTION);
		createEAttribute(riskEClass, RISK__LIKELIHOOD);
		createEAttribute(riskEClass, RISK__IMPACT);
		createEAttribute(riskEClass, RISK__MITIGATION);
		createEReference(riskEClass, RISK__OWNER);

		assumptionEClass = createEClass(ASSUMPTION);
		createEAttribute(assumptionEClass, ASSUMPTION__DESCRIPTION);

		phaseOfValueEClass = createEClass(PHASE_OF_VALUE);
		createEAttribute(phaseOfValueEClass, PHASE_OF_VALUE__NAME);
		createEAttribute(phaseOfValueEClass, PHASE_OF_VALUE__DESCRIPTION);
		createEReference(phaseOfValueEClass, PHASE_OF_VALUE__TASKS);

		planTaskEClass = createEClass(PLAN_TASK);
		createEAttribute(planTaskEClass, PLAN_TASK__NAME);
		createEReference(planTaskEClass, PLAN_TASK__OWNER);
		createEAttribute(planTaskEClass, PLAN_TASK__START);
		createEAttribute(planTaskEClass, PLAN_TASK__DURATION_DAYS);
		createEAttribute(planTaskEClass, PLAN_TASK__FINISH);
		createEAttribute(planTaskEClass, PLAN_TASK__PERCENT_COMPLETE);
		createEAttribute(planTaskEClass, PLAN_TASK__MILESTONE);
		createEAttribute(planTaskEClass, PLAN_TASK__COMMITMENT_DATE);
		createEAttribute(planTaskEClass, PLAN_TASK__CAVEATS);
		createEAttribute(planTaskEClass, PLAN_TASK__PREREQUISITES);
		createEAttribute(planTaskEClass, PLAN_TASK__BASELINE_START);
		createEAttribute(planTaskEClass, PLAN_TASK__BASELINE_FINISH);
		createEReference(planTaskEClass, PLAN_TASK__DEPENDENCIES);

		taskDependencyEClass = createEClass(TASK_DEPENDENCY);
		createEReference(taskDependencyEClass, TASK_DEPENDENCY__PREDECESSOR);
		createEAttribute(taskDependencyEClass, TASK_DEPENDENCY__TYPE);
		createEAttribute(taskDependencyEClass, TASK_DEPENDENCY__LAG_DAYS);

		statusMeetingEClass = createEClass(STATUS_MEETING);
		createEAttribute(statusMeetingEClass, STATUS_MEETING__HELD_ON);
		createEReference(statusMeetingEClass, STATUS_MEETING__ATTENDEES);
		createEAttribute(statusMeetingEClass, STATUS_MEETING__COLOUR);
		createEAttribute(statusMeetingEClass, STATUS_MEETING__NOTES);

		customerCommunicationEClass = createEClass(CUSTOMER_COMMUNICATION);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__CREATED_AT);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__SENT_AT);
		createEReference(customerCommunicationEClass, CUSTOMER_COMMUNICATION__AUTHOR);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__AUDIENCE);
		createEReference(customerCommunicationEClass, CUSTOMER_COMMUNICATION__RECIPIENTS);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__CHANNEL);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__SUBJECT);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__SUMMARY);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__STATE);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED);
		createEAttribute(customerCommunicationEClass, CUSTOMER_COMMUNICATION__HOLD_UNTIL);

		managementReviewEClass = createEClass(MANAGEMENT_REVIEW);
		createEAttribute(managementReviewEClass, MANAGEMENT_REVIEW__HELD_ON);
		createEReference(managementReviewEClass, MANAGEMENT_REVIEW__ATTENDEES);
		createEAttribute(managementReviewEClass, MANAGEMENT_REVIEW__NOTES);
		createEReference(managementReviewEClass, MANAGEMENT_REVIEW__ITEMS);
		createEReference(managementReviewEClass, MANAGEMENT_REVIEW__COMMITMENTS);

		reviewItemEClass = createEClass(REVIEW_ITEM);
		createEReference(reviewItemEClass, REVIEW_ITEM__ENGAGEMENT);
		createEAttribute(reviewItemEClass, REVIEW_ITEM__KIND);
		createEAttribute(reviewItemEClass, REVIEW_ITEM__NOTES);
		createEAttribute(reviewItemEClass, REVIEW_ITEM__CLOSURE_CONFIRMED);

		rootCauseCommitmentEClass = createEClass(ROOT_CAUSE_COMMITMENT);
		createEReference(rootCauseCommitmentEClass, ROOT_CAUSE_COMMITMENT__ROOT_CAUSES);
		createEReference(rootCauseCommitmentEClass, ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER);
		createEAttribute(rootCauseCommitmentEClass, ROOT_CAUSE_COMMITMENT__COMMITMENT);
		createEAttribute(rootCauseCommitmentEClass, ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON);
		createEAttribute(rootCauseCommitmentEClass, ROOT_CAUSE_COMMITMENT__STATUS);
		createEAttribute(rootCauseCommitmentEClass, ROOT_CAUSE_COMMITMENT__LAST_UPDATE);

		notificationRecordEClass = createEClass(NOTIFICATION_RECORD);
		createEAttribute(notificationRecordEClass, NOTIFICATION_RECORD__KIND);
		createEAttribute(notificationRecordEClass, NOTIFICATION_RECORD__DEDUPE_KEY);
		createEAttribute(notificationRecordEClass, NOTIFICATION_RECORD__RECIPIENTS);
		createEAttribute(notificationRecordEClass, NOTIFICATION_RECORD__SUBJECT);
		createEAttribute(notificationRecordEClass, NOTIFICATION_RECORD__MESSAGE_ID);
		createEAttribute(notificationRecordEClass, NOTIFICATION_RECORD__ACCEPTED_AT);

		notificationSettingsEClass = createEClass(NOTIFICATION_SETTINGS);
		createEAttribute(notificationSettingsEClass, NOTIFICATION_SETTINGS__SMTP_HOST);
		createEAttribute(notificationSettingsEClass, NOTIFICATION_SETTINGS__SMTP_PORT);
		createEAttribute(notificationSettingsEClass, NOTIFICATION_SETTINGS__SECURITY);
		createEAttribute(notificationSettingsEClass, NOTIFICATION_SETTINGS__USERNAME);
		createEAttribute(notificationSettingsEClass, NOTIFICATION_SETTINGS__FROM_ADDRESS);
		createEAttribute(notificationSettingsEClass, NOTIFICATION_SETTINGS__FROM_NAME);

		meetingScheduleEClass = createEClass(MEETING_SCHEDULE);
		createEAttribute(meetingScheduleEClass, MEETING_SCHEDULE__FIRST_START);
		createEAttribute(meetingScheduleEClass, MEETING_SCHEDULE__DURATION_MINUTES);
		createEAttribute(meetingScheduleEClass, MEETING_SCHEDULE__TIME_ZONE);
		createEAttribute(meetingScheduleEClass, MEETING_SCHEDULE__REPEAT_EVERY_WEEKS);
		createEAttribute(meetingScheduleEClass, MEETING_SCHEDULE__REPEAT_UNTIL);
		createEAttribute(meetingScheduleEClass, MEETING_SCHEDULE__LOCATION);
		createEReference(meetingScheduleEClass, MEETING_SCHEDULE__ORGANIZER);
		createEReference(meetingScheduleEClass, MEETING_SCHEDULE__ATTENDEES);
		createEReference(meetingScheduleEClass, MEETING_SCHEDULE__CUSTOMER_ATTENDEES);
		createEAttribute(meetingScheduleEClass, MEETING_SCHEDULE__CANCELLED);

		// Create enums
		advocacyLevelEEnum = createEEnum(ADVOCACY_LEVEL);
		advocacyOfferingEEnum = createEEnum(ADVOCACY_OFFERING);
		urgencyEEnum = createEEnum(URGENCY);
		audienceEEnum = createEEnum(AUDIENCE);
		areaKindEEnum = createEEnum(AREA_KIND);
		escalationLevelEEnum = createEEnum(ESCALATION_LEVEL);
		contactChannelEEnum = createEEnum(CONTACT_CHANNEL);
		weekdayEEnum = createEEnum(WEEKDAY);
		engagementTriggerEEnum = createEEnum(ENGAGEMENT_TRIGGER);
		engagementStateEEnum = createEEnum(ENGAGEMENT_STATE);
		statusColourEEnum = createEEnum(STATUS_COLOUR);
		escalationReasonEEnum = createEEnum(ESCALATION_REASON);
		attemptOutcomeEEnum = createEEnum(ATTEMPT_OUTCOME);
		summaryStateEEnum = createEEnum(SUMMARY_STATE);
		evidenceKindEEnum = createEEnum(EVIDENCE_KIND);
		rootCauseCategoryEEnum = createEEnum(ROOT_CAUSE_CATEGORY);
		factorOwnerEEnum = createEEnum(FACTOR_OWNER);
		actionStatusEEnum = createEEnum(ACTION_STATUS);
		stakeholderRoleEEnum = createEEnum(STAKEHOLDER_ROLE);
		riskLevelEEnum = createEEnum(RISK_LEVEL);
		dependencyTypeEEnum = createEEnum(DEPENDENCY_TYPE);
		communicationChannelEEnum = createEEnum(COMMUNICATION_CHANNEL);
		communicationStateEEnum = createEEnum(COMMUNICATION_STATE);
		reviewItemKindEEnum = createEEnum(REVIEW_ITEM_KIND);
		commitmentStatusEEnum = createEEnum(COMMITMENT_STATUS);
		notificationKindEEnum = createEEnum(NOTIFICATION_KIND);
		smtpSecurityEEnum = createEEnum(SMTP_SECURITY);

		// Create data types
		instantEDataType = createEDataType(INSTANT);
		localDateEDataType = createEDataType(LOCAL_DATE);
		localTimeEDataType = createEDataType(LOCAL_TIME);
		zoneIdEDataType = createEDataType(ZONE_ID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized)
			return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(advocacyRepositoryEClass, AdvocacyRepository.class, "AdvocacyRepository", !IS_ABSTRACT,
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdvocacyRepository_Name(), ecorePackage.getEString(), "name", null, 0, 1,
				AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_Segments(), this.getCustomerSegment(), null, "segments", null, 0, -1,
				AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_Customers(), this.getCustomer(), null, "customers", null, 0, -1,
				AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_BusinessUnits(), this.getBusinessUnit(), null, "businessUnits", null, 0,
				-1, AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE,
				!IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_ProductLines(), this.getProductLine(), null, "productLines", null, 0, -1,
				AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_Reasons(), this.getEngagementReason(), null, "reasons", null, 0, -1,
				AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_DefaultTargets(), this.getServiceTarget(), null, "defaultTargets", null, 0,
				-1, AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE,
				!IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_Organization(), this.getOrganization(), null, "organization", null, 1, 1,
				AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_Engagements(), this.getEngagement(), null, "engagements", null, 0, -1,
				AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_Reviews(), this.getManagementReview(), null, "reviews", null, 0, -1,
				AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_NotificationSettings(), this.getNotificationSettings(), null,
				"notificationSettings", null, 0, 1, AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE,
				IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_ReviewSchedule(), this.getMeetingSchedule(), null, "reviewSchedule", null,
				0, 1, AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE,
				!IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvocacyRepository_Notifications(), this.getNotificationRecord(), null, "notifications", null,
				0, -1, AdvocacyRepository.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE,
				!IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerSegmentEClass, CustomerSegment.class, "CustomerSegment", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomerSegment_Name(), ecorePackage.getEString(), "name", null, 0, 1, CustomerSegment.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_AdvocacyLevel(), this.getAdvocacyLevel(), "advocacyLevel", null, 0, 1,
				CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_Offering(), this.getAdvocacyOffering(), "offering", null, 0, 1,
				CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_Drivers(), ecorePackage.getEString(), "drivers", null, 0, 1,
				CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerSegment_WhoMayEngage(), ecorePackage.getEString(), "whoMayEngage", null, 0, 1,
				CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerSegment_Targets(), this.getServiceTarget(), null, "targets", null, 0, -1,
				CustomerSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceTargetEClass, ServiceTarget.class, "ServiceTarget", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceTarget_Urgency(), this.getUrgency(), "urgency", null, 0, 1, ServiceTarget.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceTarget_UpdateCadenceMinutes(), ecorePackage.getEInt(), "updateCadenceMinutes", null, 0,
				1, ServiceTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getServiceTarget_EscalationTimeoutMinutes(), ecorePackage.getEInt(), "escalationTimeoutMinutes",
				"15", 0, 1, ServiceTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(businessUnitEClass, BusinessUnit.class, "BusinessUnit", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBusinessUnit_Name(), ecorePackage.getEString(), "name", null, 0, 1, BusinessUnit.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(productLineEClass, ProductLine.class, "ProductLine", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProductLine_Name(), ecorePackage.getEString(), "name", null, 0, 1, ProductLine.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProductLine_BusinessUnit(), this.getBusinessUnit(), null, "businessUnit", null, 0, 1,
				ProductLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(engagementReasonEClass, EngagementReason.class, "EngagementReason", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEngagementReason_Name(), ecorePackage.getEString(), "name", null, 0, 1,
				EngagementReason.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagementReason_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				EngagementReason.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(customerEClass, Customer.class, "Customer", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomer_Name(), ecorePackage.getEString(), "name", null, 0, 1, Customer.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Segment(), this.getCustomerSegment(), null, "segment", null, 0, 1, Customer.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_AnnualRevenue(), ecorePackage.getEBigDecimal(), "annualRevenue", null, 0, 1,
				Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_BusinessUnit(), this.getBusinessUnit(), null, "businessUnit", null, 0, 1,
				Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_ProductLines(), this.getProductLine(), null, "productLines", null, 0, -1,
				Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_AccountOwner(), this.getPerson(), null, "accountOwner", null, 0, 1, Customer.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Contacts(), this.getCustomerContact(), null, "contacts", null, 0, -1, Customer.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_EscalationRequested(), ecorePackage.getEBoolean(), "escalationRequested", null, 0, 1,
				Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Customer.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerContactEClass, CustomerContact.class, "CustomerContact", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomerContact_Name(), ecorePackage.getEString(), "name", null, 0, 1, CustomerContact.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerContact_Title(), ecorePackage.getEString(), "title", null, 0, 1,
				CustomerContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerContact_Audience(), this.getAudience(), "audience", null, 0, 1, CustomerContact.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerContact_Email(), ecorePackage.getEString(), "email", null, 0, 1,
				CustomerContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerContact_Phone(), ecorePackage.getEString(), "phone", null, 0, 1,
				CustomerContact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(organizationEClass, Organization.class, "Organization", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganization_Name(), ecorePackage.getEString(), "name", null, 0, 1, Organization.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_Areas(), this.getFunctionalArea(), null, "areas", null, 0, -1,
				Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_People(), this.getPerson(), null, "people", null, 0, -1, Organization.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_Calendars(), this.getBusinessCalendar(), null, "calendars", null, 0, -1,
				Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganization_DefaultCalendar(), this.getBusinessCalendar(), null, "defaultCalendar", null, 0,
				1, Organization.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(functionalAreaEClass, FunctionalArea.class, "FunctionalArea", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFunctionalArea_Name(), ecorePackage.getEString(), "name", null, 0, 1, FunctionalArea.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFunctionalArea_Kind(), this.getAreaKind(), "kind", null, 0, 1, FunctionalArea.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFunctionalArea_Ladder(), this.getLadderRung(), null, "ladder", null, 0, -1,
				FunctionalArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFunctionalArea_Calendar(), this.getBusinessCalendar(), null, "calendar", null, 0, 1,
				FunctionalArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ladderRungEClass, LadderRung.class, "LadderRung", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLadderRung_Level(), this.getEscalationLevel(), "level", null, 0, 1, LadderRung.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLadderRung_Person(), this.getPerson(), null, "person", null, 1, 1, LadderRung.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(personEClass, Person.class, "Person", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerson_Name(), ecorePackage.getEString(), "name", null, 0, 1, Person.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Title(), ecorePackage.getEString(), "title", null, 0, 1, Person.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Email(), ecorePackage.getEString(), "email", null, 0, 1, Person.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_Advocate(), ecorePackage.getEBoolean(), "advocate", null, 0, 1, Person.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerson_TimeZone(), this.getZoneId(), "timeZone", null, 0, 1, Person.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_Calendar(), this.getBusinessCalendar(), null, "calendar", null, 0, 1, Person.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_ContactPoints(), this.getContactPoint(), null, "contactPoints", null, 0, -1,
				Person.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerson_AwayPeriods(), this.getAwayPeriod(), null, "awayPeriods", null, 0, -1, Person.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactPointEClass, ContactPoint.class, "ContactPoint", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactPoint_Channel(), this.getContactChannel(), "channel", null, 0, 1, ContactPoint.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_Address(), ecorePackage.getEString(), "address", null, 0, 1, ContactPoint.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactPoint_Available24x7(), ecorePackage.getEBoolean(), "available24x7", null, 0, 1,
				ContactPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(awayPeriodEClass, AwayPeriod.class, "AwayPeriod", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAwayPeriod_Start(), this.getInstant(), "start", null, 0, 1, AwayPeriod.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwayPeriod_End(), this.getInstant(), "end", null, 0, 1, AwayPeriod.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAwayPeriod_Alternate(), this.getPerson(), null, "alternate", null, 0, 1, AwayPeriod.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwayPeriod_AlternateConfirmed(), ecorePackage.getEBoolean(), "alternateConfirmed", null, 0, 1,
				AwayPeriod.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getAwayPeriod_Note(), ecorePackage.getEString(), "note", null, 0, 1, AwayPeriod.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(businessCalendarEClass, BusinessCalendar.class, "BusinessCalendar", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBusinessCalendar_Name(), ecorePackage.getEString(), "name", null, 0, 1,
				BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_TimeZone(), this.getZoneId(), "timeZone", null, 0, 1, BusinessCalendar.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_WorkingDays(), this.getWeekday(), "workingDays", null, 0, -1,
				BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_WorkdayStart(), this.getLocalTime(), "workdayStart", null, 0, 1,
				BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getBusinessCalendar_WorkdayEnd(), this.getLocalTime(), "workdayEnd", null, 0, 1,
				BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessCalendar_Holidays(), this.getHoliday(), null, "holidays", null, 0, -1,
				BusinessCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(holidayEClass, Holiday.class, "Holiday", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHoliday_Date(), this.getLocalDate(), "date", null, 0, 1, Holiday.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHoliday_Name(), ecorePackage.getEString(), "name", null, 0, 1, Holiday.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(engagementEClass, Engagement.class, "Engagement", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEngagement_Key(), ecorePackage.getEString(), "key", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_Title(), ecorePackage.getEString(), "title", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_Label(), ecorePackage.getEString(), "label", null, 0, 1, Engagement.class,
				IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Customer(), this.getCustomer(), null, "customer", null, 1, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Advocate(), this.getPerson(), null, "advocate", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Team(), this.getPerson(), null, "team", null, 0, -1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_Trigger(), this.getEngagementTrigger(), "trigger", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_CustomerWords(), ecorePackage.getEString(), "customerWords", null, 0, 1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Reason(), this.getEngagementReason(), null, "reason", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_Urgency(), this.getUrgency(), "urgency", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_State(), this.getEngagementState(), "state", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_OpenedAt(), this.getInstant(), "openedAt", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_ClosedAt(), this.getInstant(), "closedAt", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_BusinessUnit(), this.getBusinessUnit(), null, "businessUnit", null, 0, 1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_ProductLine(), this.getProductLine(), null, "productLine", null, 0, 1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_CriteriaAgreedAt(), this.getInstant(), "criteriaAgreedAt", null, 0, 1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_DisengagementCriteria(), this.getCriterion(), null, "disengagementCriteria", null,
				0, -1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_SuccessCriteria(), this.getCriterion(), null, "successCriteria", null, 0, -1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_Status(), this.getStatusColour(), "status", null, 0, 1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEngagement_StatusRationale(), ecorePackage.getEString(), "statusRationale", null, 0, 1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_EffortEntries(), this.getEffortEntry(), null, "effortEntries", null, 0, -1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Expenses(), this.getExpense(), null, "expenses", null, 0, -1, Engagement.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_RelatedEngagements(), this.getEngagement(), null, "relatedEngagements", null, 0,
				-1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Escalations(), this.getEscalation(), null, "escalations", null, 0, -1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_SituationSummary(), this.getSituationSummary(), null, "situationSummary", null, 0,
				1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_GetWellPlan(), this.getGetWellPlan(), null, "getWellPlan", null, 0, 1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Communications(), this.getCustomerCommunication(), null, "communications", null, 0,
				-1, Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEngagement_Notifications(), this.getNotificationRecord(), null, "notifications", null, 0, -1,
				Engagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(criterionEClass, Criterion.class, "Criterion", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCriterion_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_Met(), ecorePackage.getEBoolean(), "met", null, 0, 1, Criterion.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_MetAt(), this.getInstant(), "metAt", null, 0, 1, Criterion.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_CustomerConfirmed(), ecorePackage.getEBoolean(), "customerConfirmed", null, 0, 1,
				Criterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getCriterion_ConfirmedAt(), this.getInstant(), "confirmedAt", null, 0, 1, Criterion.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(effortEntryEClass, EffortEntry.class, "EffortEntry", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEffortEntry_Person(), this.getPerson(), null, "person", null, 0, 1, EffortEntry.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffortEntry_Date(), this.getLocalDate(), "date", null, 0, 1, EffortEntry.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffortEntry_Hours(), ecorePackage.getEDouble(), "hours", null, 0, 1, EffortEntry.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffortEntry_HourlyRate(), ecorePackage.getEBigDecimal(), "hourlyRate", null, 0, 1,
				EffortEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getEffortEntry_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				EffortEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(expenseEClass, Expense.class, "Expense", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExpense_Date(), this.getLocalDate(), "date", null, 0, 1, Expense.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpense_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Expense.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpense_Category(), ecorePackage.getEString(), "category", null, 0, 1, Expense.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpense_Description(), ecorePackage.getEString(), "description", null, 0, 1, Expense.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(escalationEClass, Escalation.class, "Escalation", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEscalation_Area(), this.getFunctionalArea(), null, "area", null, 1, 1, Escalation.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalation_Reason(), this.getEscalationReason(), "reason", null, 0, 1, Escalation.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalation_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getEscalation_StartedAt(), this.getInstant(), "startedAt", null, 0, 1, Escalation.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEscalation_Attempts(), this.getLadderAttempt(), null, "attempts", null, 0, -1,
				Escalation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ladderAttemptEClass, LadderAttempt.class, "LadderAttempt", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLadderAttempt_Level(), this.getEscalationLevel(), "level", null, 0, 1, LadderAttempt.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLadderAttempt_Person(), this.getPerson(), null, "person", null, 0, 1, LadderAttempt.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLadderAttempt_SubstituteFor(), this.getPerson(), null, "substituteFor", null, 0, 1,
				LadderAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLadderAttempt_Channel(), this.getContactChannel(), "channel", null, 0, 1, LadderAttempt.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLadderAttempt_ContactedAt(), this.getInstant(), "contactedAt", null, 0, 1,
				LadderAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getLadderAttempt_RespondedAt(), this.getInstant(), "respondedAt", null, 0, 1,
				LadderAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getLadderAttempt_Outcome(), this.getAttemptOutcome(), "outcome", null, 0, 1, LadderAttempt.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLadderAttempt_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, LadderAttempt.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(situationSummaryEClass, SituationSummary.class, "SituationSummary", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSituationSummary_ExecutiveSummary(), ecorePackage.getEString(), "executiveSummary", null, 0,
				1, SituationSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSituationSummary_State(), this.getSummaryState(), "state", null, 0, 1, SituationSummary.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSituationSummary_ReviewedAt(), this.getInstant(), "reviewedAt", null, 0, 1,
				SituationSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getSituationSummary_ReviewedBy(), this.getPerson(), null, "reviewedBy", null, 0, 1,
				SituationSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSituationSummary_Chronology(), this.getChronologyEvent(), null, "chronology", null, 0, -1,
				SituationSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSituationSummary_RootCauses(), this.getRootCause(), null, "rootCauses", null, 0, -1,
				SituationSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSituationSummary_ContributingFactors(), this.getContributingFactor(), null,
				"contributingFactors", null, 0, -1, SituationSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE,
				IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSituationSummary_ActionItems(), this.getActionItem(), null, "actionItems", null, 0, -1,
				SituationSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSituationSummary_Recommendations(), this.getRecommendation(), null, "recommendations", null,
				0, -1, SituationSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE,
				!IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(chronologyEventEClass, ChronologyEvent.class, "ChronologyEvent", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChronologyEvent_OccurredAt(), this.getInstant(), "occurredAt", null, 0, 1,
				ChronologyEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getChronologyEvent_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				ChronologyEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getChronologyEvent_Source(), this.getEvidenceKind(), "source", null, 0, 1, ChronologyEvent.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChronologyEvent_Reference(), ecorePackage.getEString(), "reference", null, 0, 1,
				ChronologyEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(rootCauseEClass, RootCause.class, "RootCause", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRootCause_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				RootCause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getRootCause_Category(), this.getRootCauseCategory(), "category", null, 0, 1, RootCause.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRootCause_OwningArea(), this.getFunctionalArea(), null, "owningArea", null, 0, 1,
				RootCause.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contributingFactorEClass, ContributingFactor.class, "ContributingFactor", !IS_ABSTRACT,
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContributingFactor_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				ContributingFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getContributingFactor_Owner(), this.getFactorOwner(), "owner", null, 0, 1,
				ContributingFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getContributingFactor_Swirl(), ecorePackage.getEBoolean(), "swirl", null, 0, 1,
				ContributingFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getContributingFactor_DisclosedToCustomer(), ecorePackage.getEBoolean(), "disclosedToCustomer",
				null, 0, 1, ContributingFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE,
				!IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionItemEClass, ActionItem.class, "ActionItem", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActionItem_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				ActionItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getActionItem_Owner(), this.getPerson(), null, "owner", null, 0, 1, ActionItem.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionItem_Due(), this.getLocalDate(), "due", null, 0, 1, ActionItem.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionItem_Status(), this.getActionStatus(), "status", null, 0, 1, ActionItem.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recommendationEClass, Recommendation.class, "Recommendation", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecommendation_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecommendation_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1,
				Recommendation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(getWellPlanEClass, GetWellPlan.class, "GetWellPlan", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGetWellPlan_Name(), ecorePackage.getEString(), "name", null, 0, 1, GetWellPlan.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGetWellPlan_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, GetWellPlan.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGetWellPlan_Objectives(), ecorePackage.getEString(), "objectives", null, 0, 1,
				GetWellPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getGetWellPlan_OutOfScope(), ecorePackage.getEString(), "outOfScope", null, 0, 1,
				GetWellPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getGetWellPlan_Calendar(), this.getBusinessCalendar(), null, "calendar", null, 0, 1,
				GetWellPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGetWellPlan_Status(), this.getStatusColour(), "status", null, 0, 1, GetWellPlan.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGetWellPlan_StatusRationale(), ecorePackage.getEString(), "statusRationale", null, 0, 1,
				GetWellPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getGetWellPlan_PublishedAt(), this.getInstant(), "publishedAt", null, 0, 1, GetWellPlan.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGetWellPlan_BaselinedAt(), this.getInstant(), "baselinedAt", null, 0, 1, GetWellPlan.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGetWellPlan_Stakeholders(), this.getStakeholder(), null, "stakeholders", null, 0, -1,
				GetWellPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGetWellPlan_Risks(), this.getRisk(), null, "risks", null, 0, -1, GetWellPlan.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGetWellPlan_Assumptions(), this.getAssumption(), null, "assumptions", null, 0, -1,
				GetWellPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGetWellPlan_Phases(), this.getPhaseOfValue(), null, "phases", null, 0, -1, GetWellPlan.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGetWellPlan_StatusMeetings(), this.getStatusMeeting(), null, "statusMeetings", null, 0, -1,
				GetWellPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGetWellPlan_StatusMeetingSchedule(), this.getMeetingSchedule(), null, "statusMeetingSchedule",
				null, 0, 1, GetWellPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE,
				!IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stakeholderEClass, Stakeholder.class, "Stakeholder", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStakeholder_Name(), ecorePackage.getEString(), "name", null, 0, 1, Stakeholder.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStakeholder_Person(), this.getPerson(), null, "person", null, 0, 1, Stakeholder.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStakeholder_Role(), this.getStakeholderRole(), "role", null, 0, 1, Stakeholder.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(riskEClass, Risk.class, "Risk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRisk_Description(), ecorePackage.getEString(), "description", null, 0, 1, Risk.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Likelihood(), this.getRiskLevel(), "likelihood", null, 0, 1, Risk.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Impact(), this.getRiskLevel(), "impact", null, 0, 1, Risk.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRisk_Mitigation(), ecorePackage.getEString(), "mitigation", null, 0, 1, Risk.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRisk_Owner(), this.getPerson(), null, "owner", null, 0, 1, Risk.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);

		initEClass(assumptionEClass, Assumption.class, "Assumption", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssumption_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				Assumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(phaseOfValueEClass, PhaseOfValue.class, "PhaseOfValue", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPhaseOfValue_Name(), ecorePackage.getEString(), "name", null, 0, 1, PhaseOfValue.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPhaseOfValue_Description(), ecorePackage.getEString(), "description", null, 0, 1,
				PhaseOfValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getPhaseOfValue_Tasks(), this.getPlanTask(), null, "tasks", null, 0, -1, PhaseOfValue.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planTaskEClass, PlanTask.class, "PlanTask", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanTask_Name(), ecorePackage.getEString(), "name", null, 0, 1, PlanTask.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanTask_Owner(), this.getPerson(), null, "owner", null, 0, 1, PlanTask.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEAttribute(getPlanTask_Start(), this.getLocalDate(), "start", null, 0, 1, PlanTask.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_DurationDays(), ecorePackage.getEInt(), "durationDays", null, 0, 1, PlanTask.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_Finish(), this.getLocalDate(), "finish", null, 0, 1, PlanTask.class, !IS_TRANSIENT,
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_PercentComplete(), ecorePackage.getEInt(), "percentComplete", null, 0, 1,
				PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_Milestone(), ecorePackage.getEBoolean(), "milestone", null, 0, 1, PlanTask.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_CommitmentDate(), this.getLocalDate(), "commitmentDate", null, 0, 1, PlanTask.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_Caveats(), ecorePackage.getEString(), "caveats", null, 0, 1, PlanTask.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_Prerequisites(), ecorePackage.getEString(), "prerequisites", null, 0, 1,
				PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_BaselineStart(), this.getLocalDate(), "baselineStart", null, 0, 1, PlanTask.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanTask_BaselineFinish(), this.getLocalDate(), "baselineFinish", null, 0, 1, PlanTask.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanTask_Dependencies(), this.getTaskDependency(), null, "dependencies", null, 0, -1,
				PlanTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskDependencyEClass, TaskDependency.class, "TaskDependency", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTaskDependency_Predecessor(), this.getPlanTask(), null, "predecessor", null, 1, 1,
				TaskDependency.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskDependency_Type(), this.getDependencyType(), "type", null, 0, 1, TaskDependency.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskDependency_LagDays(), ecorePackage.getEInt(), "lagDays", null, 0, 1, TaskDependency.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statusMeetingEClass, StatusMeeting.class, "StatusMeeting", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusMeeting_HeldOn(), this.getInstant(), "heldOn", null, 0, 1, StatusMeeting.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStatusMeeting_Attendees(), this.getPerson(), null, "attendees", null, 0, -1,
				StatusMeeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusMeeting_Colour(), this.getStatusColour(), "colour", null, 0, 1, StatusMeeting.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusMeeting_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, StatusMeeting.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerCommunicationEClass, CustomerCommunication.class, "CustomerCommunication", !IS_ABSTRACT,
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomerCommunication_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerCommunication_SentAt(), this.getInstant(), "sentAt", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerCommunication_Author(), this.getPerson(), null, "author", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE,
				IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerCommunication_Audience(), this.getAudience(), "audience", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerCommunication_Recipients(), this.getCustomerContact(), null, "recipients", null, 0,
				-1, CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE,
				IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerCommunication_Channel(), this.getCommunicationChannel(), "channel", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerCommunication_Subject(), ecorePackage.getEString(), "subject", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerCommunication_Summary(), ecorePackage.getEString(), "summary", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerCommunication_NextUpdateDue(), this.getInstant(), "nextUpdateDue", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerCommunication_State(), this.getCommunicationState(), "state", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerCommunication_EmotionallyCharged(), ecorePackage.getEBoolean(), "emotionallyCharged",
				null, 0, 1, CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE,
				!IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerCommunication_HoldUntil(), this.getInstant(), "holdUntil", null, 0, 1,
				CustomerCommunication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(managementReviewEClass, ManagementReview.class, "ManagementReview", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getManagementReview_HeldOn(), this.getInstant(), "heldOn", null, 0, 1, ManagementReview.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getManagementReview_Attendees(), this.getPerson(), null, "attendees", null, 0, -1,
				ManagementReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getManagementReview_Notes(), ecorePackage.getEString(), "notes", null, 0, 1,
				ManagementReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getManagementReview_Items(), this.getReviewItem(), null, "items", null, 0, -1,
				ManagementReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getManagementReview_Commitments(), this.getRootCauseCommitment(), null, "commitments", null, 0,
				-1, ManagementReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE,
				!IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewItemEClass, ReviewItem.class, "ReviewItem", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReviewItem_Engagement(), this.getEngagement(), null, "engagement", null, 1, 1,
				ReviewItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewItem_Kind(), this.getReviewItemKind(), "kind", null, 0, 1, ReviewItem.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewItem_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, ReviewItem.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewItem_ClosureConfirmed(), ecorePackage.getEBoolean(), "closureConfirmed", null, 0, 1,
				ReviewItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(rootCauseCommitmentEClass, RootCauseCommitment.class, "RootCauseCommitment", !IS_ABSTRACT,
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRootCauseCommitment_RootCauses(), this.getRootCause(), null, "rootCauses", null, 0, -1,
				RootCauseCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE,
				IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRootCauseCommitment_AccountableManager(), this.getPerson(), null, "accountableManager", null,
				0, 1, RootCauseCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE,
				IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRootCauseCommitment_Commitment(), ecorePackage.getEString(), "commitment", null, 0, 1,
				RootCauseCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRootCauseCommitment_PromisedUpdateOn(), this.getLocalDate(), "promisedUpdateOn", null, 0, 1,
				RootCauseCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRootCauseCommitment_Status(), this.getCommitmentStatus(), "status", null, 0, 1,
				RootCauseCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRootCauseCommitment_LastUpdate(), ecorePackage.getEString(), "lastUpdate", null, 0, 1,
				RootCauseCommitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(notificationRecordEClass, NotificationRecord.class, "NotificationRecord", !IS_ABSTRACT,
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNotificationRecord_Kind(), this.getNotificationKind(), "kind", null, 0, 1,
				NotificationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationRecord_DedupeKey(), ecorePackage.getEString(), "dedupeKey", null, 0, 1,
				NotificationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationRecord_Recipients(), ecorePackage.getEString(), "recipients", null, 0, -1,
				NotificationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationRecord_Subject(), ecorePackage.getEString(), "subject", null, 0, 1,
				NotificationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationRecord_MessageId(), ecorePackage.getEString(), "messageId", null, 0, 1,
				NotificationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationRecord_AcceptedAt(), this.getInstant(), "acceptedAt", null, 0, 1,
				NotificationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(notificationSettingsEClass, NotificationSettings.class, "NotificationSettings", !IS_ABSTRACT,
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNotificationSettings_SmtpHost(), ecorePackage.getEString(), "smtpHost", null, 0, 1,
				NotificationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationSettings_SmtpPort(), ecorePackage.getEInt(), "smtpPort", null, 0, 1,
				NotificationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationSettings_Security(), this.getSmtpSecurity(), "security", null, 0, 1,
				NotificationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationSettings_Username(), ecorePackage.getEString(), "username", null, 0, 1,
				NotificationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationSettings_FromAddress(), ecorePackage.getEString(), "fromAddress", null, 0, 1,
				NotificationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNotificationSettings_FromName(), ecorePackage.getEString(), "fromName", null, 0, 1,
				NotificationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(meetingScheduleEClass, MeetingSchedule.class, "MeetingSchedule", !IS_ABSTRACT, !IS_INTERFACE,
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeetingSchedule_FirstStart(), this.getInstant(), "firstStart", null, 0, 1,
				MeetingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSchedule_DurationMinutes(), ecorePackage.getEInt(), "durationMinutes", null, 0, 1,
				MeetingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSchedule_TimeZone(), this.getZoneId(), "timeZone", null, 0, 1, MeetingSchedule.class,
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSchedule_RepeatEveryWeeks(), ecorePackage.getEInt(), "repeatEveryWeeks", null, 0, 1,
				MeetingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSchedule_RepeatUntil(), this.getLocalDate(), "repeatUntil", null, 0, 1,
				MeetingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSchedule_Location(), ecorePackage.getEString(), "location", null, 0, 1,
				MeetingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getMeetingSchedule_Organizer(), this.getPerson(), null, "organizer", null, 0, 1,
				MeetingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeetingSchedule_Attendees(), this.getPerson(), null, "attendees", null, 0, -1,
				MeetingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeetingSchedule_CustomerAttendees(), this.getCustomerContact(), null, "customerAttendees",
				null, 0, -1, MeetingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE,
				IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeetingSchedule_Cancelled(), ecorePackage.getEBoolean(), "cancelled", null, 0, 1,
				MeetingSchedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(advocacyLevelEEnum, AdvocacyLevel.class, "AdvocacyLevel");
		addEEnumLiteral(advocacyLevelEEnum, AdvocacyLevel.DEDICATED_SENIOR_ADVOCATE);
		addEEnumLiteral(advocacyLevelEEnum, AdvocacyLevel.SENIOR_ADVOCATE);
		addEEnumLiteral(advocacyLevelEEnum, AdvocacyLevel.ADVOCATE);
		addEEnumLiteral(advocacyLevelEEnum, AdvocacyLevel.JUNIOR_ADVOCATE);
		addEEnumLiteral(advocacyLevelEEnum, AdvocacyLevel.STANDARD_OPERATING_PROCEDURE);

		initEEnum(advocacyOfferingEEnum, AdvocacyOffering.class, "AdvocacyOffering");
		addEEnumLiteral(advocacyOfferingEEnum, AdvocacyOffering.OFFERED_TO_ALL);
		addEEnumLiteral(advocacyOfferingEEnum, AdvocacyOffering.WHEN_WARRANTED);

		initEEnum(urgencyEEnum, Urgency.class, "Urgency");
		addEEnumLiteral(urgencyEEnum, Urgency.URGENT_24X7);
		addEEnumLiteral(urgencyEEnum, Urgency.BUSINESS_HOURS);

		initEEnum(audienceEEnum, Audience.class, "Audience");
		addEEnumLiteral(audienceEEnum, Audience.MANAGEMENT);
		addEEnumLiteral(audienceEEnum, Audience.ENGINEER);
		addEEnumLiteral(audienceEEnum, Audience.ADMINISTRATIVE);

		initEEnum(areaKindEEnum, AreaKind.class, "AreaKind");
		addEEnumLiteral(areaKindEEnum, AreaKind.SALES);
		addEEnumLiteral(areaKindEEnum, AreaKind.ENGINEERING);
		addEEnumLiteral(areaKindEEnum, AreaKind.PRODUCT_MANAGEMENT);
		addEEnumLiteral(areaKindEEnum, AreaKind.LEGAL);
		addEEnumLiteral(areaKindEEnum, AreaKind.TECHNICAL_SUPPORT);
		addEEnumLiteral(areaKindEEnum, AreaKind.FINANCE);
		addEEnumLiteral(areaKindEEnum, AreaKind.PROFESSIONAL_SERVICES);
		addEEnumLiteral(areaKindEEnum, AreaKind.OTHER);

		initEEnum(escalationLevelEEnum, EscalationLevel.class, "EscalationLevel");
		addEEnumLiteral(escalationLevelEEnum, EscalationLevel.PRIMARY);
		addEEnumLiteral(escalationLevelEEnum, EscalationLevel.BACKUP);
		addEEnumLiteral(escalationLevelEEnum, EscalationLevel.MANAGER);
		addEEnumLiteral(escalationLevelEEnum, EscalationLevel.DIRECTOR);
		addEEnumLiteral(escalationLevelEEnum, EscalationLevel.VICE_PRESIDENT);

		initEEnum(contactChannelEEnum, ContactChannel.class, "ContactChannel");
		addEEnumLiteral(contactChannelEEnum, ContactChannel.PHONE);
		addEEnumLiteral(contactChannelEEnum, ContactChannel.MOBILE);
		addEEnumLiteral(contactChannelEEnum, ContactChannel.EMAIL);
		addEEnumLiteral(contactChannelEEnum, ContactChannel.PAGER);
		addEEnumLiteral(contactChannelEEnum, ContactChannel.CHAT);
		addEEnumLiteral(contactChannelEEnum, ContactChannel.OTHER);

		initEEnum(weekdayEEnum, Weekday.class, "Weekday");
		addEEnumLiteral(weekdayEEnum, Weekday.MONDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.TUESDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.WEDNESDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.THURSDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.FRIDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.SATURDAY);
		addEEnumLiteral(weekdayEEnum, Weekday.SUNDAY);

		initEEnum(engagementTriggerEEnum, EngagementTrigger.class, "EngagementTrigger");
		addEEnumLiteral(engagementTriggerEEnum, EngagementTrigger.EMPLOYEE_OBSERVATION);
		addEEnumLiteral(engagementTriggerEEnum, EngagementTrigger.SURVEY_DISSATISFACTION);
		addEEnumLiteral(engagementTriggerEEnum, EngagementTrigger.CUSTOMER_REQUEST);

		initEEnum(engagementStateEEnum, EngagementState.class, "EngagementState");
		addEEnumLiteral(engagementStateEEnum, EngagementState.REQUESTED);
		addEEnumLiteral(engagementStateEEnum, EngagementState.DECLINED);
		addEEnumLiteral(engagementStateEEnum, EngagementState.ASSESSING);
		addEEnumLiteral(engagementStateEEnum, EngagementState.ENGAGED);
		addEEnumLiteral(engagementStateEEnum, EngagementState.EXECUTING_PLAN);
		addEEnumLiteral(engagementStateEEnum, EngagementState.CLOSE_OUT);
		addEEnumLiteral(engagementStateEEnum, EngagementState.RETURNED_TO_SOP);

		initEEnum(statusColourEEnum, StatusColour.class, "StatusColour");
		addEEnumLiteral(statusColourEEnum, StatusColour.GREEN);
		addEEnumLiteral(statusColourEEnum, StatusColour.YELLOW);
		addEEnumLiteral(statusColourEEnum, StatusColour.RED);

		initEEnum(escalationReasonEEnum, EscalationReason.class, "EscalationReason");
		addEEnumLiteral(escalationReasonEEnum, EscalationReason.MANAGEMENT_AWARENESS);
		addEEnumLiteral(escalationReasonEEnum, EscalationReason.UNRESPONSIVE_CONTACT);
		addEEnumLiteral(escalationReasonEEnum, EscalationReason.PRE_ESTABLISHED_REQUEST);
		addEEnumLiteral(escalationReasonEEnum, EscalationReason.RESOURCE_NEEDED);
		addEEnumLiteral(escalationReasonEEnum, EscalationReason.OTHER);

		initEEnum(attemptOutcomeEEnum, AttemptOutcome.class, "AttemptOutcome");
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.PENDING);
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.RESPONDED);
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.NO_ANSWER);
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.REDIRECTED);

		initEEnum(summaryStateEEnum, SummaryState.class, "SummaryState");
		addEEnumLiteral(summaryStateEEnum, SummaryState.DRAFT);
		addEEnumLiteral(summaryStateEEnum, SummaryState.REVIEWED);

		initEEnum(evidenceKindEEnum, EvidenceKind.class, "EvidenceKind");
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.PERFORMANCE_REPORT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.INQUIRY_HISTORY);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.PROBLEM_REPORT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.INVOICE);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.CONTRACT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.EMAIL);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.MEETING);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.INTERVIEW);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.OTHER);

		initEEnum(rootCauseCategoryEEnum, RootCauseCategory.class, "RootCauseCategory");
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.BROKEN_PROCESS);
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.MISSING_PROCESS);
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.PRODUCT);
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.MISCOMMUNICATION);
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.CUSTOMER_SIDE);
		addEEnumLiteral(rootCauseCategoryEEnum, RootCauseCategory.THIRD_PARTY);

		initEEnum(factorOwnerEEnum, FactorOwner.class, "FactorOwner");
		addEEnumLiteral(factorOwnerEEnum, FactorOwner.FIRM);
		addEEnumLiteral(factorOwnerEEnum, FactorOwner.CUSTOMER);
		addEEnumLiteral(factorOwnerEEnum, FactorOwner.THIRD_PARTY);

		initEEnum(actionStatusEEnum, ActionStatus.class, "ActionStatus");
		addEEnumLiteral(actionStatusEEnum, ActionStatus.OPEN);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.IN_PROGRESS);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.DONE);
		addEEnumLiteral(actionStatusEEnum, ActionStatus.CANCELLED);

		initEEnum(stakeholderRoleEEnum, StakeholderRole.class, "StakeholderRole");
		addEEnumLiteral(stakeholderRoleEEnum, StakeholderRole.SPONSOR);
		addEEnumLiteral(stakeholderRoleEEnum, StakeholderRole.BUSINESS_OWNER);
		addEEnumLiteral(stakeholderRoleEEnum, StakeholderRole.PARTICIPANT);
		addEEnumLiteral(stakeholderRoleEEnum, StakeholderRole.SUBJECT_MATTER_EXPERT);
		addEEnumLiteral(stakeholderRoleEEnum, StakeholderRole.CUSTOMER);
		addEEnumLiteral(stakeholderRoleEEnum, StakeholderRole.CHAMPION);

		initEEnum(riskLevelEEnum, RiskLevel.class, "RiskLevel");
		addEEnumLiteral(riskLevelEEnum, RiskLevel.LOW);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.MEDIUM);
		addEEnumLiteral(riskLevelEEnum, RiskLevel.HIGH);

		initEEnum(dependencyTypeEEnum, DependencyType.class, "DependencyType");
		addEEnumLiteral(dependencyTypeEEnum, DependencyType.FINISH_TO_START);
		addEEnumLiteral(dependencyTypeEEnum, DependencyType.START_TO_START);
		addEEnumLiteral(dependencyTypeEEnum, DependencyType.FINISH_TO_FINISH);
		addEEnumLiteral(dependencyTypeEEnum, DependencyType.START_TO_FINISH);

		initEEnum(communicationChannelEEnum, CommunicationChannel.class, "CommunicationChannel");
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.EMAIL);
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.PHONE_CALL);
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.MEETING);
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.CONFERENCE_CALL);
		addEEnumLiteral(communicationChannelEEnum, CommunicationChannel.PORTAL);

		initEEnum(communicationStateEEnum, CommunicationState.class, "CommunicationState");
		addEEnumLiteral(communicationStateEEnum, CommunicationState.DRAFT);
		addEEnumLiteral(communicationStateEEnum, CommunicationState.ON_HOLD);
		addEEnumLiteral(communicationStateEEnum, CommunicationState.SENT);
		addEEnumLiteral(communicationStateEEnum, CommunicationState.DISCARDED);

		initEEnum(reviewItemKindEEnum, ReviewItemKind.class, "ReviewItemKind");
		addEEnumLiteral(reviewItemKindEEnum, ReviewItemKind.NEW);
		addEEnumLiteral(reviewItemKindEEnum, ReviewItemKind.UPDATE);
		addEEnumLiteral(reviewItemKindEEnum, ReviewItemKind.CONFIRM_CLOSED);

		initEEnum(commitmentStatusEEnum, CommitmentStatus.class, "CommitmentStatus");
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.OPEN);
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.IN_PROGRESS);
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.DONE);
		addEEnumLiteral(commitmentStatusEEnum, CommitmentStatus.DROPPED);

		initEEnum(notificationKindEEnum, NotificationKind.class, "NotificationKind");
		addEEnumLiteral(notificationKindEEnum, NotificationKind.LADDER_STEP);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.LADDER_WARNING);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.LADDER_EXHAUSTED);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.CUSTOMER_UPDATE_OVERDUE);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.COMMITMENT_UPDATE_DUE);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.COMMITMENT_UPDATE_OVERDUE);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.CUSTOMER_UPDATE);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.MEETING_INVITATION);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.MEETING_CANCELLATION);

		initEEnum(smtpSecurityEEnum, SmtpSecurity.class, "SmtpSecurity");
		addEEnumLiteral(smtpSecurityEEnum, SmtpSecurity.STARTTLS_REQUIRED);
		addEEnumLiteral(smtpSecurityEEnum, SmtpSecurity.STARTTLS_IF_OFFERED);
		addEEnumLiteral(smtpSecurityEEnum, SmtpSecurity.TLS);
		addEEnumLiteral(smtpSecurityEEnum, SmtpSecurity.NONE);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(localTimeEDataType, LocalTime.class, "LocalTime", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(zoneIdEDataType, ZoneId.class, "ZoneId", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //AdvocacyPackageImpl
