/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Customer Advocacy model: customer segments, the organization and its who-to-call ladders, engagements with their escalations, situation summaries, get-well plans and customer communications, and internal management reviews.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyFactory
 * @model kind="package"
 * @generated
 */
public interface AdvocacyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.advocacy.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "advocacy";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AdvocacyPackage eINSTANCE = org.advocacy.model.impl.AdvocacyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.AdvocacyRepositoryImpl <em>Repository</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.AdvocacyRepositoryImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAdvocacyRepository()
	 * @generated
	 */
	int ADVOCACY_REPOSITORY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__SEGMENTS = 1;

	/**
	 * The feature id for the '<em><b>Customers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__CUSTOMERS = 2;

	/**
	 * The feature id for the '<em><b>Business Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__BUSINESS_UNITS = 3;

	/**
	 * The feature id for the '<em><b>Product Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__PRODUCT_LINES = 4;

	/**
	 * The feature id for the '<em><b>Reasons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__REASONS = 5;

	/**
	 * The feature id for the '<em><b>Default Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__DEFAULT_TARGETS = 6;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__ORGANIZATION = 7;

	/**
	 * The feature id for the '<em><b>Engagements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__ENGAGEMENTS = 8;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__REVIEWS = 9;

	/**
	 * The feature id for the '<em><b>Notification Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS = 10;

	/**
	 * The feature id for the '<em><b>Review Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__REVIEW_SCHEDULE = 11;

	/**
	 * The feature id for the '<em><b>Notifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY__NOTIFICATIONS = 12;

	/**
	 * The number of structural features of the '<em>Repository</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Repository</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVOCACY_REPOSITORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.CustomerSegmentImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCustomerSegment()
	 * @generated
	 */
	int CUSTOMER_SEGMENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Advocacy Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__ADVOCACY_LEVEL = 2;

	/**
	 * The feature id for the '<em><b>Offering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__OFFERING = 3;

	/**
	 * The feature id for the '<em><b>Drivers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__DRIVERS = 4;

	/**
	 * The feature id for the '<em><b>Who May Engage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__WHO_MAY_ENGAGE = 5;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT__TARGETS = 6;

	/**
	 * The number of structural features of the '<em>Customer Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Customer Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_SEGMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.ServiceTargetImpl <em>Service Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.ServiceTargetImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getServiceTarget()
	 * @generated
	 */
	int SERVICE_TARGET = 2;

	/**
	 * The feature id for the '<em><b>Urgency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_TARGET__URGENCY = 0;

	/**
	 * The feature id for the '<em><b>Update Cadence Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_TARGET__UPDATE_CADENCE_MINUTES = 1;

	/**
	 * The feature id for the '<em><b>Escalation Timeout Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES = 2;

	/**
	 * The number of structural features of the '<em>Service Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_TARGET_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Service Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.BusinessUnitImpl <em>Business Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.BusinessUnitImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getBusinessUnit()
	 * @generated
	 */
	int BUSINESS_UNIT = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_UNIT__NAME = 0;

	/**
	 * The number of structural features of the '<em>Business Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_UNIT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Business Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_UNIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.ProductLineImpl <em>Product Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.ProductLineImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getProductLine()
	 * @generated
	 */
	int PRODUCT_LINE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Business Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE__BUSINESS_UNIT = 1;

	/**
	 * The number of structural features of the '<em>Product Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Product Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRODUCT_LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.EngagementReasonImpl <em>Engagement Reason</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.EngagementReasonImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEngagementReason()
	 * @generated
	 */
	int ENGAGEMENT_REASON = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_REASON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_REASON__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Engagement Reason</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_REASON_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Engagement Reason</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_REASON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.CustomerImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__SEGMENT = 1;

	/**
	 * The feature id for the '<em><b>Annual Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ANNUAL_REVENUE = 2;

	/**
	 * The feature id for the '<em><b>Business Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__BUSINESS_UNIT = 3;

	/**
	 * The feature id for the '<em><b>Product Lines</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__PRODUCT_LINES = 4;

	/**
	 * The feature id for the '<em><b>Account Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ACCOUNT_OWNER = 5;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONTACTS = 6;

	/**
	 * The feature id for the '<em><b>Escalation Requested</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ESCALATION_REQUESTED = 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NOTES = 8;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.CustomerContactImpl <em>Customer Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.CustomerContactImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCustomerContact()
	 * @generated
	 */
	int CUSTOMER_CONTACT = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_CONTACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_CONTACT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_CONTACT__AUDIENCE = 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_CONTACT__EMAIL = 3;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_CONTACT__PHONE = 4;

	/**
	 * The number of structural features of the '<em>Customer Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_CONTACT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Customer Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.OrganizationImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__AREAS = 1;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__PEOPLE = 2;

	/**
	 * The feature id for the '<em><b>Calendars</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CALENDARS = 3;

	/**
	 * The feature id for the '<em><b>Default Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__DEFAULT_CALENDAR = 4;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.FunctionalAreaImpl <em>Functional Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.FunctionalAreaImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getFunctionalArea()
	 * @generated
	 */
	int FUNCTIONAL_AREA = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTIONAL_AREA__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTIONAL_AREA__KIND = 1;

	/**
	 * The feature id for the '<em><b>Ladder</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTIONAL_AREA__LADDER = 2;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTIONAL_AREA__CALENDAR = 3;

	/**
	 * The number of structural features of the '<em>Functional Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTIONAL_AREA_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Functional Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FUNCTIONAL_AREA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.LadderRungImpl <em>Ladder Rung</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.LadderRungImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getLadderRung()
	 * @generated
	 */
	int LADDER_RUNG = 10;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_RUNG__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_RUNG__PERSON = 1;

	/**
	 * The number of structural features of the '<em>Ladder Rung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_RUNG_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Ladder Rung</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_RUNG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.PersonImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = 2;

	/**
	 * The feature id for the '<em><b>Advocate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ADVOCATE = 3;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__TIME_ZONE = 4;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CALENDAR = 5;

	/**
	 * The feature id for the '<em><b>Contact Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CONTACT_POINTS = 6;

	/**
	 * The feature id for the '<em><b>Away Periods</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__AWAY_PERIODS = 7;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.ContactPointImpl <em>Contact Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.ContactPointImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getContactPoint()
	 * @generated
	 */
	int CONTACT_POINT = 12;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__CHANNEL = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Available24x7</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT__AVAILABLE24X7 = 2;

	/**
	 * The number of structural features of the '<em>Contact Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Contact Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.AwayPeriodImpl <em>Away Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.AwayPeriodImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAwayPeriod()
	 * @generated
	 */
	int AWAY_PERIOD = 13;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWAY_PERIOD__START = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWAY_PERIOD__END = 1;

	/**
	 * The feature id for the '<em><b>Alternate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWAY_PERIOD__ALTERNATE = 2;

	/**
	 * The feature id for the '<em><b>Alternate Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWAY_PERIOD__ALTERNATE_CONFIRMED = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWAY_PERIOD__NOTE = 4;

	/**
	 * The number of structural features of the '<em>Away Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWAY_PERIOD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Away Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AWAY_PERIOD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.BusinessCalendarImpl <em>Business Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.BusinessCalendarImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getBusinessCalendar()
	 * @generated
	 */
	int BUSINESS_CALENDAR = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__TIME_ZONE = 1;

	/**
	 * The feature id for the '<em><b>Working Days</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__WORKING_DAYS = 2;

	/**
	 * The feature id for the '<em><b>Workday Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__WORKDAY_START = 3;

	/**
	 * The feature id for the '<em><b>Workday End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__WORKDAY_END = 4;

	/**
	 * The feature id for the '<em><b>Holidays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR__HOLIDAYS = 5;

	/**
	 * The number of structural features of the '<em>Business Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Business Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CALENDAR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.HolidayImpl <em>Holiday</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.HolidayImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getHoliday()
	 * @generated
	 */
	int HOLIDAY = 15;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY__DATE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY__NAME = 1;

	/**
	 * The number of structural features of the '<em>Holiday</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Holiday</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOLIDAY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.EngagementImpl <em>Engagement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.EngagementImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEngagement()
	 * @generated
	 */
	int ENGAGEMENT = 16;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__KEY = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__CUSTOMER = 3;

	/**
	 * The feature id for the '<em><b>Advocate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__ADVOCATE = 4;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__TEAM = 5;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__TRIGGER = 6;

	/**
	 * The feature id for the '<em><b>Customer Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__CUSTOMER_WORDS = 7;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__REASON = 8;

	/**
	 * The feature id for the '<em><b>Urgency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__URGENCY = 9;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__STATE = 10;

	/**
	 * The feature id for the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__OPENED_AT = 11;

	/**
	 * The feature id for the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__CLOSED_AT = 12;

	/**
	 * The feature id for the '<em><b>Business Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__BUSINESS_UNIT = 13;

	/**
	 * The feature id for the '<em><b>Product Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__PRODUCT_LINE = 14;

	/**
	 * The feature id for the '<em><b>Criteria Agreed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__CRITERIA_AGREED_AT = 15;

	/**
	 * The feature id for the '<em><b>Disengagement Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__DISENGAGEMENT_CRITERIA = 16;

	/**
	 * The feature id for the '<em><b>Success Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__SUCCESS_CRITERIA = 17;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__STATUS = 18;

	/**
	 * The feature id for the '<em><b>Status Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__STATUS_RATIONALE = 19;

	/**
	 * The feature id for the '<em><b>Effort Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__EFFORT_ENTRIES = 20;

	/**
	 * The feature id for the '<em><b>Expenses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__EXPENSES = 21;

	/**
	 * The feature id for the '<em><b>Related Engagements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__RELATED_ENGAGEMENTS = 22;

	/**
	 * The feature id for the '<em><b>Escalations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__ESCALATIONS = 23;

	/**
	 * The feature id for the '<em><b>Situation Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__SITUATION_SUMMARY = 24;

	/**
	 * The feature id for the '<em><b>Get Well Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__GET_WELL_PLAN = 25;

	/**
	 * The feature id for the '<em><b>Communications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__COMMUNICATIONS = 26;

	/**
	 * The feature id for the '<em><b>Notifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT__NOTIFICATIONS = 27;

	/**
	 * The number of structural features of the '<em>Engagement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_FEATURE_COUNT = 28;

	/**
	 * The number of operations of the '<em>Engagement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENGAGEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.CriterionImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 17;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__MET = 1;

	/**
	 * The feature id for the '<em><b>Met At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__MET_AT = 2;

	/**
	 * The feature id for the '<em><b>Customer Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__CUSTOMER_CONFIRMED = 3;

	/**
	 * The feature id for the '<em><b>Confirmed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__CONFIRMED_AT = 4;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.EffortEntryImpl <em>Effort Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.EffortEntryImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEffortEntry()
	 * @generated
	 */
	int EFFORT_ENTRY = 18;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_ENTRY__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_ENTRY__DATE = 1;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_ENTRY__HOURS = 2;

	/**
	 * The feature id for the '<em><b>Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_ENTRY__HOURLY_RATE = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_ENTRY__DESCRIPTION = 4;

	/**
	 * The number of structural features of the '<em>Effort Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Effort Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFORT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.ExpenseImpl <em>Expense</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.ExpenseImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getExpense()
	 * @generated
	 */
	int EXPENSE = 19;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENSE__DATE = 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENSE__AMOUNT = 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENSE__CATEGORY = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENSE__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Expense</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENSE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Expense</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPENSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.EscalationImpl <em>Escalation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.EscalationImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEscalation()
	 * @generated
	 */
	int ESCALATION = 20;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__AREA = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__REASON = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__STARTED_AT = 3;

	/**
	 * The feature id for the '<em><b>Attempts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION__ATTEMPTS = 4;

	/**
	 * The number of structural features of the '<em>Escalation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Escalation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ESCALATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.LadderAttemptImpl <em>Ladder Attempt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.LadderAttemptImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getLadderAttempt()
	 * @generated
	 */
	int LADDER_ATTEMPT = 21;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT__PERSON = 1;

	/**
	 * The feature id for the '<em><b>Substitute For</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT__SUBSTITUTE_FOR = 2;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT__CHANNEL = 3;

	/**
	 * The feature id for the '<em><b>Contacted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT__CONTACTED_AT = 4;

	/**
	 * The feature id for the '<em><b>Responded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT__RESPONDED_AT = 5;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT__OUTCOME = 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT__NOTES = 7;

	/**
	 * The number of structural features of the '<em>Ladder Attempt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Ladder Attempt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LADDER_ATTEMPT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.SituationSummaryImpl <em>Situation Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.SituationSummaryImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getSituationSummary()
	 * @generated
	 */
	int SITUATION_SUMMARY = 22;

	/**
	 * The feature id for the '<em><b>Executive Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY__EXECUTIVE_SUMMARY = 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY__STATE = 1;

	/**
	 * The feature id for the '<em><b>Reviewed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY__REVIEWED_AT = 2;

	/**
	 * The feature id for the '<em><b>Reviewed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY__REVIEWED_BY = 3;

	/**
	 * The feature id for the '<em><b>Chronology</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY__CHRONOLOGY = 4;

	/**
	 * The feature id for the '<em><b>Root Causes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY__ROOT_CAUSES = 5;

	/**
	 * The feature id for the '<em><b>Contributing Factors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY__CONTRIBUTING_FACTORS = 6;

	/**
	 * The feature id for the '<em><b>Action Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY__ACTION_ITEMS = 7;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY__RECOMMENDATIONS = 8;

	/**
	 * The number of structural features of the '<em>Situation Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Situation Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITUATION_SUMMARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.ChronologyEventImpl <em>Chronology Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.ChronologyEventImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getChronologyEvent()
	 * @generated
	 */
	int CHRONOLOGY_EVENT = 23;

	/**
	 * The feature id for the '<em><b>Occurred At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHRONOLOGY_EVENT__OCCURRED_AT = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHRONOLOGY_EVENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHRONOLOGY_EVENT__SOURCE = 2;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHRONOLOGY_EVENT__REFERENCE = 3;

	/**
	 * The number of structural features of the '<em>Chronology Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHRONOLOGY_EVENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Chronology Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHRONOLOGY_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.RootCauseImpl <em>Root Cause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.RootCauseImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRootCause()
	 * @generated
	 */
	int ROOT_CAUSE = 24;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE__CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Owning Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE__OWNING_AREA = 2;

	/**
	 * The number of structural features of the '<em>Root Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Root Cause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.ContributingFactorImpl <em>Contributing Factor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.ContributingFactorImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getContributingFactor()
	 * @generated
	 */
	int CONTRIBUTING_FACTOR = 25;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTING_FACTOR__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTING_FACTOR__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Swirl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTING_FACTOR__SWIRL = 2;

	/**
	 * The feature id for the '<em><b>Disclosed To Customer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER = 3;

	/**
	 * The number of structural features of the '<em>Contributing Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTING_FACTOR_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Contributing Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRIBUTING_FACTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.ActionItemImpl <em>Action Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.ActionItemImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getActionItem()
	 * @generated
	 */
	int ACTION_ITEM = 26;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__DUE = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__STATUS = 3;

	/**
	 * The number of structural features of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.RecommendationImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRecommendation()
	 * @generated
	 */
	int RECOMMENDATION = 27;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__RATIONALE = 1;

	/**
	 * The number of structural features of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.GetWellPlanImpl <em>Get Well Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.GetWellPlanImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getGetWellPlan()
	 * @generated
	 */
	int GET_WELL_PLAN = 28;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__SCOPE = 1;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__OBJECTIVES = 2;

	/**
	 * The feature id for the '<em><b>Out Of Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__OUT_OF_SCOPE = 3;

	/**
	 * The feature id for the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__CALENDAR = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Status Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__STATUS_RATIONALE = 6;

	/**
	 * The feature id for the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__PUBLISHED_AT = 7;

	/**
	 * The feature id for the '<em><b>Baselined At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__BASELINED_AT = 8;

	/**
	 * The feature id for the '<em><b>Stakeholders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__STAKEHOLDERS = 9;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__RISKS = 10;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__ASSUMPTIONS = 11;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__PHASES = 12;

	/**
	 * The feature id for the '<em><b>Status Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__STATUS_MEETINGS = 13;

	/**
	 * The feature id for the '<em><b>Status Meeting Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN__STATUS_MEETING_SCHEDULE = 14;

	/**
	 * The number of structural features of the '<em>Get Well Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Get Well Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GET_WELL_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.StakeholderImpl <em>Stakeholder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.StakeholderImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getStakeholder()
	 * @generated
	 */
	int STAKEHOLDER = 29;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__PERSON = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER__ROLE = 2;

	/**
	 * The number of structural features of the '<em>Stakeholder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Stakeholder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAKEHOLDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.RiskImpl <em>Risk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.RiskImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRisk()
	 * @generated
	 */
	int RISK = 30;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Likelihood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__LIKELIHOOD = 1;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__IMPACT = 2;

	/**
	 * The feature id for the '<em><b>Mitigation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__MITIGATION = 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__OWNER = 4;

	/**
	 * The number of structural features of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.AssumptionImpl <em>Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.AssumptionImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAssumption()
	 * @generated
	 */
	int ASSUMPTION = 31;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__DESCRIPTION = 0;

	/**
	 * The number of structural features of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.PhaseOfValueImpl <em>Phase Of Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.PhaseOfValueImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getPhaseOfValue()
	 * @generated
	 */
	int PHASE_OF_VALUE = 32;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OF_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OF_VALUE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OF_VALUE__TASKS = 2;

	/**
	 * The number of structural features of the '<em>Phase Of Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OF_VALUE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Phase Of Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OF_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.PlanTaskImpl <em>Plan Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.PlanTaskImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getPlanTask()
	 * @generated
	 */
	int PLAN_TASK = 33;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__START = 2;

	/**
	 * The feature id for the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__DURATION_DAYS = 3;

	/**
	 * The feature id for the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__FINISH = 4;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__PERCENT_COMPLETE = 5;

	/**
	 * The feature id for the '<em><b>Milestone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__MILESTONE = 6;

	/**
	 * The feature id for the '<em><b>Commitment Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__COMMITMENT_DATE = 7;

	/**
	 * The feature id for the '<em><b>Caveats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__CAVEATS = 8;

	/**
	 * The feature id for the '<em><b>Prerequisites</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__PREREQUISITES = 9;

	/**
	 * The feature id for the '<em><b>Baseline Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__BASELINE_START = 10;

	/**
	 * The feature id for the '<em><b>Baseline Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__BASELINE_FINISH = 11;

	/**
	 * The feature id for the '<em><b>Dependencies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK__DEPENDENCIES = 12;

	/**
	 * The number of structural features of the '<em>Plan Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Plan Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_TASK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.TaskDependencyImpl <em>Task Dependency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.TaskDependencyImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getTaskDependency()
	 * @generated
	 */
	int TASK_DEPENDENCY = 34;

	/**
	 * The feature id for the '<em><b>Predecessor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_DEPENDENCY__PREDECESSOR = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_DEPENDENCY__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Lag Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_DEPENDENCY__LAG_DAYS = 2;

	/**
	 * The number of structural features of the '<em>Task Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_DEPENDENCY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Task Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_DEPENDENCY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.StatusMeetingImpl <em>Status Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.StatusMeetingImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getStatusMeeting()
	 * @generated
	 */
	int STATUS_MEETING = 35;

	/**
	 * The feature id for the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_MEETING__HELD_ON = 0;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_MEETING__ATTENDEES = 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_MEETING__COLOUR = 2;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_MEETING__NOTES = 3;

	/**
	 * The number of structural features of the '<em>Status Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_MEETING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Status Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_MEETING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.CustomerCommunicationImpl <em>Customer Communication</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.CustomerCommunicationImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCustomerCommunication()
	 * @generated
	 */
	int CUSTOMER_COMMUNICATION = 36;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__CREATED_AT = 0;

	/**
	 * The feature id for the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__SENT_AT = 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__AUTHOR = 2;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__AUDIENCE = 3;

	/**
	 * The feature id for the '<em><b>Recipients</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__RECIPIENTS = 4;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__CHANNEL = 5;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__SUBJECT = 6;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__SUMMARY = 7;

	/**
	 * The feature id for the '<em><b>Next Update Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE = 8;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__STATE = 9;

	/**
	 * The feature id for the '<em><b>Emotionally Charged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED = 10;

	/**
	 * The feature id for the '<em><b>Hold Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION__HOLD_UNTIL = 11;

	/**
	 * The number of structural features of the '<em>Customer Communication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Customer Communication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_COMMUNICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.ManagementReviewImpl <em>Management Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.ManagementReviewImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getManagementReview()
	 * @generated
	 */
	int MANAGEMENT_REVIEW = 37;

	/**
	 * The feature id for the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_REVIEW__HELD_ON = 0;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_REVIEW__ATTENDEES = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_REVIEW__NOTES = 2;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_REVIEW__ITEMS = 3;

	/**
	 * The feature id for the '<em><b>Commitments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_REVIEW__COMMITMENTS = 4;

	/**
	 * The number of structural features of the '<em>Management Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_REVIEW_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Management Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MANAGEMENT_REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.ReviewItemImpl <em>Review Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.ReviewItemImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getReviewItem()
	 * @generated
	 */
	int REVIEW_ITEM = 38;

	/**
	 * The feature id for the '<em><b>Engagement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM__ENGAGEMENT = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM__KIND = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM__NOTES = 2;

	/**
	 * The feature id for the '<em><b>Closure Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM__CLOSURE_CONFIRMED = 3;

	/**
	 * The number of structural features of the '<em>Review Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Review Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.RootCauseCommitmentImpl <em>Root Cause Commitment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.RootCauseCommitmentImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRootCauseCommitment()
	 * @generated
	 */
	int ROOT_CAUSE_COMMITMENT = 39;

	/**
	 * The feature id for the '<em><b>Root Causes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_COMMITMENT__ROOT_CAUSES = 0;

	/**
	 * The feature id for the '<em><b>Accountable Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER = 1;

	/**
	 * The feature id for the '<em><b>Commitment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_COMMITMENT__COMMITMENT = 2;

	/**
	 * The feature id for the '<em><b>Promised Update On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_COMMITMENT__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Last Update</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_COMMITMENT__LAST_UPDATE = 5;

	/**
	 * The number of structural features of the '<em>Root Cause Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_COMMITMENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Root Cause Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROOT_CAUSE_COMMITMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.NotificationRecordImpl <em>Notification Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.NotificationRecordImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getNotificationRecord()
	 * @generated
	 */
	int NOTIFICATION_RECORD = 40;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_RECORD__KIND = 0;

	/**
	 * The feature id for the '<em><b>Dedupe Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_RECORD__DEDUPE_KEY = 1;

	/**
	 * The feature id for the '<em><b>Recipients</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_RECORD__RECIPIENTS = 2;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_RECORD__SUBJECT = 3;

	/**
	 * The feature id for the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_RECORD__MESSAGE_ID = 4;

	/**
	 * The feature id for the '<em><b>Accepted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_RECORD__ACCEPTED_AT = 5;

	/**
	 * The number of structural features of the '<em>Notification Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_RECORD_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Notification Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.NotificationSettingsImpl <em>Notification Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.NotificationSettingsImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getNotificationSettings()
	 * @generated
	 */
	int NOTIFICATION_SETTINGS = 41;

	/**
	 * The feature id for the '<em><b>Smtp Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_SETTINGS__SMTP_HOST = 0;

	/**
	 * The feature id for the '<em><b>Smtp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_SETTINGS__SMTP_PORT = 1;

	/**
	 * The feature id for the '<em><b>Security</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_SETTINGS__SECURITY = 2;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_SETTINGS__USERNAME = 3;

	/**
	 * The feature id for the '<em><b>From Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_SETTINGS__FROM_ADDRESS = 4;

	/**
	 * The feature id for the '<em><b>From Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_SETTINGS__FROM_NAME = 5;

	/**
	 * The number of structural features of the '<em>Notification Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_SETTINGS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Notification Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTIFICATION_SETTINGS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.impl.MeetingScheduleImpl <em>Meeting Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.impl.MeetingScheduleImpl
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getMeetingSchedule()
	 * @generated
	 */
	int MEETING_SCHEDULE = 42;

	/**
	 * The feature id for the '<em><b>First Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__FIRST_START = 0;

	/**
	 * The feature id for the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__DURATION_MINUTES = 1;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__TIME_ZONE = 2;

	/**
	 * The feature id for the '<em><b>Repeat Every Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__REPEAT_EVERY_WEEKS = 3;

	/**
	 * The feature id for the '<em><b>Repeat Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__REPEAT_UNTIL = 4;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__LOCATION = 5;

	/**
	 * The feature id for the '<em><b>Organizer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__ORGANIZER = 6;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__ATTENDEES = 7;

	/**
	 * The feature id for the '<em><b>Customer Attendees</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__CUSTOMER_ATTENDEES = 8;

	/**
	 * The feature id for the '<em><b>Cancelled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE__CANCELLED = 9;

	/**
	 * The number of structural features of the '<em>Meeting Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Meeting Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_SCHEDULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.advocacy.model.AdvocacyLevel <em>Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.AdvocacyLevel
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAdvocacyLevel()
	 * @generated
	 */
	int ADVOCACY_LEVEL = 43;

	/**
	 * The meta object id for the '{@link org.advocacy.model.AdvocacyOffering <em>Offering</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.AdvocacyOffering
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAdvocacyOffering()
	 * @generated
	 */
	int ADVOCACY_OFFERING = 44;

	/**
	 * The meta object id for the '{@link org.advocacy.model.Urgency <em>Urgency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.Urgency
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getUrgency()
	 * @generated
	 */
	int URGENCY = 45;

	/**
	 * The meta object id for the '{@link org.advocacy.model.Audience <em>Audience</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.Audience
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAudience()
	 * @generated
	 */
	int AUDIENCE = 46;

	/**
	 * The meta object id for the '{@link org.advocacy.model.AreaKind <em>Area Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.AreaKind
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAreaKind()
	 * @generated
	 */
	int AREA_KIND = 47;

	/**
	 * The meta object id for the '{@link org.advocacy.model.EscalationLevel <em>Escalation Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.EscalationLevel
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEscalationLevel()
	 * @generated
	 */
	int ESCALATION_LEVEL = 48;

	/**
	 * The meta object id for the '{@link org.advocacy.model.ContactChannel <em>Contact Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.ContactChannel
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getContactChannel()
	 * @generated
	 */
	int CONTACT_CHANNEL = 49;

	/**
	 * The meta object id for the '{@link org.advocacy.model.Weekday <em>Weekday</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.Weekday
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getWeekday()
	 * @generated
	 */
	int WEEKDAY = 50;

	/**
	 * The meta object id for the '{@link org.advocacy.model.EngagementTrigger <em>Engagement Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.EngagementTrigger
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEngagementTrigger()
	 * @generated
	 */
	int ENGAGEMENT_TRIGGER = 51;

	/**
	 * The meta object id for the '{@link org.advocacy.model.EngagementState <em>Engagement State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.EngagementState
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEngagementState()
	 * @generated
	 */
	int ENGAGEMENT_STATE = 52;

	/**
	 * The meta object id for the '{@link org.advocacy.model.StatusColour <em>Status Colour</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.StatusColour
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getStatusColour()
	 * @generated
	 */
	int STATUS_COLOUR = 53;

	/**
	 * The meta object id for the '{@link org.advocacy.model.EscalationReason <em>Escalation Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.EscalationReason
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEscalationReason()
	 * @generated
	 */
	int ESCALATION_REASON = 54;

	/**
	 * The meta object id for the '{@link org.advocacy.model.AttemptOutcome <em>Attempt Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.AttemptOutcome
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAttemptOutcome()
	 * @generated
	 */
	int ATTEMPT_OUTCOME = 55;

	/**
	 * The meta object id for the '{@link org.advocacy.model.SummaryState <em>Summary State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.SummaryState
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getSummaryState()
	 * @generated
	 */
	int SUMMARY_STATE = 56;

	/**
	 * The meta object id for the '{@link org.advocacy.model.EvidenceKind <em>Evidence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.EvidenceKind
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEvidenceKind()
	 * @generated
	 */
	int EVIDENCE_KIND = 57;

	/**
	 * The meta object id for the '{@link org.advocacy.model.RootCauseCategory <em>Root Cause Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.RootCauseCategory
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRootCauseCategory()
	 * @generated
	 */
	int ROOT_CAUSE_CATEGORY = 58;

	/**
	 * The meta object id for the '{@link org.advocacy.model.FactorOwner <em>Factor Owner</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.FactorOwner
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getFactorOwner()
	 * @generated
	 */
	int FACTOR_OWNER = 59;

	/**
	 * The meta object id for the '{@link org.advocacy.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.ActionStatus
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 60;

	/**
	 * The meta object id for the '{@link org.advocacy.model.StakeholderRole <em>Stakeholder Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.StakeholderRole
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getStakeholderRole()
	 * @generated
	 */
	int STAKEHOLDER_ROLE = 61;

	/**
	 * The meta object id for the '{@link org.advocacy.model.RiskLevel <em>Risk Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.RiskLevel
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRiskLevel()
	 * @generated
	 */
	int RISK_LEVEL = 62;

	/**
	 * The meta object id for the '{@link org.advocacy.model.DependencyType <em>Dependency Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.DependencyType
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getDependencyType()
	 * @generated
	 */
	int DEPENDENCY_TYPE = 63;

	/**
	 * The meta object id for the '{@link org.advocacy.model.CommunicationChannel <em>Communication Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.CommunicationChannel
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCommunicationChannel()
	 * @generated
	 */
	int COMMUNICATION_CHANNEL = 64;

	/**
	 * The meta object id for the '{@link org.advocacy.model.CommunicationState <em>Communication State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.CommunicationState
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCommunicationState()
	 * @generated
	 */
	int COMMUNICATION_STATE = 65;

	/**
	 * The meta object id for the '{@link org.advocacy.model.ReviewItemKind <em>Review Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.ReviewItemKind
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getReviewItemKind()
	 * @generated
	 */
	int REVIEW_ITEM_KIND = 66;

	/**
	 * The meta object id for the '{@link org.advocacy.model.CommitmentStatus <em>Commitment Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.CommitmentStatus
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCommitmentStatus()
	 * @generated
	 */
	int COMMITMENT_STATUS = 67;

	/**
	 * The meta object id for the '{@link org.advocacy.model.NotificationKind <em>Notification Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.NotificationKind
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getNotificationKind()
	 * @generated
	 */
	int NOTIFICATION_KIND = 68;

	/**
	 * The meta object id for the '{@link org.advocacy.model.SmtpSecurity <em>Smtp Security</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.advocacy.model.SmtpSecurity
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getSmtpSecurity()
	 * @generated
	 */
	int SMTP_SECURITY = 69;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 70;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 71;

	/**
	 * The meta object id for the '<em>Local Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalTime
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getLocalTime()
	 * @generated
	 */
	int LOCAL_TIME = 72;

	/**
	 * The meta object id for the '<em>Zone Id</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.ZoneId
	 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getZoneId()
	 * @generated
	 */
	int ZONE_ID = 73;

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.AdvocacyRepository <em>Repository</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Repository</em>'.
	 * @see org.advocacy.model.AdvocacyRepository
	 * @generated
	 */
	EClass getAdvocacyRepository();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.AdvocacyRepository#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getName()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EAttribute getAdvocacyRepository_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.AdvocacyRepository#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getSegments()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.AdvocacyRepository#getCustomers <em>Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Customers</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getCustomers()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_Customers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.AdvocacyRepository#getBusinessUnits <em>Business Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Business Units</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getBusinessUnits()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_BusinessUnits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.AdvocacyRepository#getProductLines <em>Product Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Product Lines</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getProductLines()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_ProductLines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.AdvocacyRepository#getReasons <em>Reasons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reasons</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getReasons()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_Reasons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.AdvocacyRepository#getDefaultTargets <em>Default Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Default Targets</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getDefaultTargets()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_DefaultTargets();

	/**
	 * Returns the meta object for the containment reference '{@link org.advocacy.model.AdvocacyRepository#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Organization</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getOrganization()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_Organization();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.AdvocacyRepository#getEngagements <em>Engagements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Engagements</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getEngagements()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_Engagements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.AdvocacyRepository#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviews</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getReviews()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_Reviews();

	/**
	 * Returns the meta object for the containment reference '{@link org.advocacy.model.AdvocacyRepository#getNotificationSettings <em>Notification Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Notification Settings</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getNotificationSettings()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_NotificationSettings();

	/**
	 * Returns the meta object for the containment reference '{@link org.advocacy.model.AdvocacyRepository#getReviewSchedule <em>Review Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Review Schedule</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getReviewSchedule()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_ReviewSchedule();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.AdvocacyRepository#getNotifications <em>Notifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notifications</em>'.
	 * @see org.advocacy.model.AdvocacyRepository#getNotifications()
	 * @see #getAdvocacyRepository()
	 * @generated
	 */
	EReference getAdvocacyRepository_Notifications();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.CustomerSegment <em>Customer Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Segment</em>'.
	 * @see org.advocacy.model.CustomerSegment
	 * @generated
	 */
	EClass getCustomerSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerSegment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.CustomerSegment#getName()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerSegment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.CustomerSegment#getDescription()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerSegment#getAdvocacyLevel <em>Advocacy Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Advocacy Level</em>'.
	 * @see org.advocacy.model.CustomerSegment#getAdvocacyLevel()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_AdvocacyLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerSegment#getOffering <em>Offering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offering</em>'.
	 * @see org.advocacy.model.CustomerSegment#getOffering()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Offering();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerSegment#getDrivers <em>Drivers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drivers</em>'.
	 * @see org.advocacy.model.CustomerSegment#getDrivers()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_Drivers();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerSegment#getWhoMayEngage <em>Who May Engage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Who May Engage</em>'.
	 * @see org.advocacy.model.CustomerSegment#getWhoMayEngage()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EAttribute getCustomerSegment_WhoMayEngage();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.CustomerSegment#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.advocacy.model.CustomerSegment#getTargets()
	 * @see #getCustomerSegment()
	 * @generated
	 */
	EReference getCustomerSegment_Targets();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.ServiceTarget <em>Service Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Target</em>'.
	 * @see org.advocacy.model.ServiceTarget
	 * @generated
	 */
	EClass getServiceTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ServiceTarget#getUrgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Urgency</em>'.
	 * @see org.advocacy.model.ServiceTarget#getUrgency()
	 * @see #getServiceTarget()
	 * @generated
	 */
	EAttribute getServiceTarget_Urgency();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ServiceTarget#getUpdateCadenceMinutes <em>Update Cadence Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Cadence Minutes</em>'.
	 * @see org.advocacy.model.ServiceTarget#getUpdateCadenceMinutes()
	 * @see #getServiceTarget()
	 * @generated
	 */
	EAttribute getServiceTarget_UpdateCadenceMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ServiceTarget#getEscalationTimeoutMinutes <em>Escalation Timeout Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escalation Timeout Minutes</em>'.
	 * @see org.advocacy.model.ServiceTarget#getEscalationTimeoutMinutes()
	 * @see #getServiceTarget()
	 * @generated
	 */
	EAttribute getServiceTarget_EscalationTimeoutMinutes();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.BusinessUnit <em>Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Unit</em>'.
	 * @see org.advocacy.model.BusinessUnit
	 * @generated
	 */
	EClass getBusinessUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.BusinessUnit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.BusinessUnit#getName()
	 * @see #getBusinessUnit()
	 * @generated
	 */
	EAttribute getBusinessUnit_Name();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.ProductLine <em>Product Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Product Line</em>'.
	 * @see org.advocacy.model.ProductLine
	 * @generated
	 */
	EClass getProductLine();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ProductLine#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.ProductLine#getName()
	 * @see #getProductLine()
	 * @generated
	 */
	EAttribute getProductLine_Name();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.ProductLine#getBusinessUnit <em>Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Business Unit</em>'.
	 * @see org.advocacy.model.ProductLine#getBusinessUnit()
	 * @see #getProductLine()
	 * @generated
	 */
	EReference getProductLine_BusinessUnit();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.EngagementReason <em>Engagement Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engagement Reason</em>'.
	 * @see org.advocacy.model.EngagementReason
	 * @generated
	 */
	EClass getEngagementReason();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.EngagementReason#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.EngagementReason#getName()
	 * @see #getEngagementReason()
	 * @generated
	 */
	EAttribute getEngagementReason_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.EngagementReason#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.EngagementReason#getDescription()
	 * @see #getEngagementReason()
	 * @generated
	 */
	EAttribute getEngagementReason_Description();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see org.advocacy.model.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Customer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.Customer#getName()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Name();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Customer#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.advocacy.model.Customer#getSegment()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Customer#getAnnualRevenue <em>Annual Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Revenue</em>'.
	 * @see org.advocacy.model.Customer#getAnnualRevenue()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_AnnualRevenue();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Customer#getBusinessUnit <em>Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Business Unit</em>'.
	 * @see org.advocacy.model.Customer#getBusinessUnit()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_BusinessUnit();

	/**
	 * Returns the meta object for the reference list '{@link org.advocacy.model.Customer#getProductLines <em>Product Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Product Lines</em>'.
	 * @see org.advocacy.model.Customer#getProductLines()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_ProductLines();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Customer#getAccountOwner <em>Account Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Account Owner</em>'.
	 * @see org.advocacy.model.Customer#getAccountOwner()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_AccountOwner();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Customer#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.advocacy.model.Customer#getContacts()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Contacts();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Customer#isEscalationRequested <em>Escalation Requested</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Escalation Requested</em>'.
	 * @see org.advocacy.model.Customer#isEscalationRequested()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_EscalationRequested();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Customer#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.advocacy.model.Customer#getNotes()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Notes();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.CustomerContact <em>Customer Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Contact</em>'.
	 * @see org.advocacy.model.CustomerContact
	 * @generated
	 */
	EClass getCustomerContact();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerContact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.CustomerContact#getName()
	 * @see #getCustomerContact()
	 * @generated
	 */
	EAttribute getCustomerContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerContact#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.advocacy.model.CustomerContact#getTitle()
	 * @see #getCustomerContact()
	 * @generated
	 */
	EAttribute getCustomerContact_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerContact#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.advocacy.model.CustomerContact#getAudience()
	 * @see #getCustomerContact()
	 * @generated
	 */
	EAttribute getCustomerContact_Audience();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerContact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.advocacy.model.CustomerContact#getEmail()
	 * @see #getCustomerContact()
	 * @generated
	 */
	EAttribute getCustomerContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerContact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.advocacy.model.CustomerContact#getPhone()
	 * @see #getCustomerContact()
	 * @generated
	 */
	EAttribute getCustomerContact_Phone();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.advocacy.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Organization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.Organization#getName()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Organization#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Areas</em>'.
	 * @see org.advocacy.model.Organization#getAreas()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Areas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Organization#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.advocacy.model.Organization#getPeople()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_People();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Organization#getCalendars <em>Calendars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Calendars</em>'.
	 * @see org.advocacy.model.Organization#getCalendars()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Calendars();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Organization#getDefaultCalendar <em>Default Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Default Calendar</em>'.
	 * @see org.advocacy.model.Organization#getDefaultCalendar()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_DefaultCalendar();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.FunctionalArea <em>Functional Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Functional Area</em>'.
	 * @see org.advocacy.model.FunctionalArea
	 * @generated
	 */
	EClass getFunctionalArea();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.FunctionalArea#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.FunctionalArea#getName()
	 * @see #getFunctionalArea()
	 * @generated
	 */
	EAttribute getFunctionalArea_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.FunctionalArea#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.advocacy.model.FunctionalArea#getKind()
	 * @see #getFunctionalArea()
	 * @generated
	 */
	EAttribute getFunctionalArea_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.FunctionalArea#getLadder <em>Ladder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ladder</em>'.
	 * @see org.advocacy.model.FunctionalArea#getLadder()
	 * @see #getFunctionalArea()
	 * @generated
	 */
	EReference getFunctionalArea_Ladder();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.FunctionalArea#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Calendar</em>'.
	 * @see org.advocacy.model.FunctionalArea#getCalendar()
	 * @see #getFunctionalArea()
	 * @generated
	 */
	EReference getFunctionalArea_Calendar();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.LadderRung <em>Ladder Rung</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ladder Rung</em>'.
	 * @see org.advocacy.model.LadderRung
	 * @generated
	 */
	EClass getLadderRung();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.LadderRung#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.advocacy.model.LadderRung#getLevel()
	 * @see #getLadderRung()
	 * @generated
	 */
	EAttribute getLadderRung_Level();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.LadderRung#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.advocacy.model.LadderRung#getPerson()
	 * @see #getLadderRung()
	 * @generated
	 */
	EReference getLadderRung_Person();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.advocacy.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Person#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.advocacy.model.Person#getTitle()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.advocacy.model.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Person#isAdvocate <em>Advocate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Advocate</em>'.
	 * @see org.advocacy.model.Person#isAdvocate()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Advocate();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Person#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.advocacy.model.Person#getTimeZone()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_TimeZone();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Person#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Calendar</em>'.
	 * @see org.advocacy.model.Person#getCalendar()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_Calendar();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Person#getContactPoints <em>Contact Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contact Points</em>'.
	 * @see org.advocacy.model.Person#getContactPoints()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_ContactPoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Person#getAwayPeriods <em>Away Periods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Away Periods</em>'.
	 * @see org.advocacy.model.Person#getAwayPeriods()
	 * @see #getPerson()
	 * @generated
	 */
	EReference getPerson_AwayPeriods();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.ContactPoint <em>Contact Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Point</em>'.
	 * @see org.advocacy.model.ContactPoint
	 * @generated
	 */
	EClass getContactPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ContactPoint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.advocacy.model.ContactPoint#getChannel()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ContactPoint#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.advocacy.model.ContactPoint#getAddress()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ContactPoint#isAvailable24x7 <em>Available24x7</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Available24x7</em>'.
	 * @see org.advocacy.model.ContactPoint#isAvailable24x7()
	 * @see #getContactPoint()
	 * @generated
	 */
	EAttribute getContactPoint_Available24x7();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.AwayPeriod <em>Away Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Away Period</em>'.
	 * @see org.advocacy.model.AwayPeriod
	 * @generated
	 */
	EClass getAwayPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.AwayPeriod#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.advocacy.model.AwayPeriod#getStart()
	 * @see #getAwayPeriod()
	 * @generated
	 */
	EAttribute getAwayPeriod_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.AwayPeriod#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.advocacy.model.AwayPeriod#getEnd()
	 * @see #getAwayPeriod()
	 * @generated
	 */
	EAttribute getAwayPeriod_End();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.AwayPeriod#getAlternate <em>Alternate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Alternate</em>'.
	 * @see org.advocacy.model.AwayPeriod#getAlternate()
	 * @see #getAwayPeriod()
	 * @generated
	 */
	EReference getAwayPeriod_Alternate();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.AwayPeriod#isAlternateConfirmed <em>Alternate Confirmed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alternate Confirmed</em>'.
	 * @see org.advocacy.model.AwayPeriod#isAlternateConfirmed()
	 * @see #getAwayPeriod()
	 * @generated
	 */
	EAttribute getAwayPeriod_AlternateConfirmed();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.AwayPeriod#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.advocacy.model.AwayPeriod#getNote()
	 * @see #getAwayPeriod()
	 * @generated
	 */
	EAttribute getAwayPeriod_Note();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.BusinessCalendar <em>Business Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Calendar</em>'.
	 * @see org.advocacy.model.BusinessCalendar
	 * @generated
	 */
	EClass getBusinessCalendar();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.BusinessCalendar#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.BusinessCalendar#getName()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.BusinessCalendar#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.advocacy.model.BusinessCalendar#getTimeZone()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_TimeZone();

	/**
	 * Returns the meta object for the attribute list '{@link org.advocacy.model.BusinessCalendar#getWorkingDays <em>Working Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Working Days</em>'.
	 * @see org.advocacy.model.BusinessCalendar#getWorkingDays()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_WorkingDays();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.BusinessCalendar#getWorkdayStart <em>Workday Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workday Start</em>'.
	 * @see org.advocacy.model.BusinessCalendar#getWorkdayStart()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_WorkdayStart();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.BusinessCalendar#getWorkdayEnd <em>Workday End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workday End</em>'.
	 * @see org.advocacy.model.BusinessCalendar#getWorkdayEnd()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EAttribute getBusinessCalendar_WorkdayEnd();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.BusinessCalendar#getHolidays <em>Holidays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Holidays</em>'.
	 * @see org.advocacy.model.BusinessCalendar#getHolidays()
	 * @see #getBusinessCalendar()
	 * @generated
	 */
	EReference getBusinessCalendar_Holidays();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Holiday <em>Holiday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Holiday</em>'.
	 * @see org.advocacy.model.Holiday
	 * @generated
	 */
	EClass getHoliday();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Holiday#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.advocacy.model.Holiday#getDate()
	 * @see #getHoliday()
	 * @generated
	 */
	EAttribute getHoliday_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Holiday#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.Holiday#getName()
	 * @see #getHoliday()
	 * @generated
	 */
	EAttribute getHoliday_Name();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Engagement <em>Engagement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Engagement</em>'.
	 * @see org.advocacy.model.Engagement
	 * @generated
	 */
	EClass getEngagement();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.advocacy.model.Engagement#getKey()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.advocacy.model.Engagement#getTitle()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.advocacy.model.Engagement#getLabel()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Label();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Engagement#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.advocacy.model.Engagement#getCustomer()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Engagement#getAdvocate <em>Advocate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Advocate</em>'.
	 * @see org.advocacy.model.Engagement#getAdvocate()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Advocate();

	/**
	 * Returns the meta object for the reference list '{@link org.advocacy.model.Engagement#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Team</em>'.
	 * @see org.advocacy.model.Engagement#getTeam()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Team();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.advocacy.model.Engagement#getTrigger()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getCustomerWords <em>Customer Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Words</em>'.
	 * @see org.advocacy.model.Engagement#getCustomerWords()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_CustomerWords();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Engagement#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reason</em>'.
	 * @see org.advocacy.model.Engagement#getReason()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getUrgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Urgency</em>'.
	 * @see org.advocacy.model.Engagement#getUrgency()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Urgency();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.advocacy.model.Engagement#getState()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_State();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getOpenedAt <em>Opened At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened At</em>'.
	 * @see org.advocacy.model.Engagement#getOpenedAt()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_OpenedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getClosedAt <em>Closed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed At</em>'.
	 * @see org.advocacy.model.Engagement#getClosedAt()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_ClosedAt();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Engagement#getBusinessUnit <em>Business Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Business Unit</em>'.
	 * @see org.advocacy.model.Engagement#getBusinessUnit()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_BusinessUnit();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Engagement#getProductLine <em>Product Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Product Line</em>'.
	 * @see org.advocacy.model.Engagement#getProductLine()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_ProductLine();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getCriteriaAgreedAt <em>Criteria Agreed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria Agreed At</em>'.
	 * @see org.advocacy.model.Engagement#getCriteriaAgreedAt()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_CriteriaAgreedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Engagement#getDisengagementCriteria <em>Disengagement Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disengagement Criteria</em>'.
	 * @see org.advocacy.model.Engagement#getDisengagementCriteria()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_DisengagementCriteria();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Engagement#getSuccessCriteria <em>Success Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Success Criteria</em>'.
	 * @see org.advocacy.model.Engagement#getSuccessCriteria()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_SuccessCriteria();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.advocacy.model.Engagement#getStatus()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Engagement#getStatusRationale <em>Status Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Rationale</em>'.
	 * @see org.advocacy.model.Engagement#getStatusRationale()
	 * @see #getEngagement()
	 * @generated
	 */
	EAttribute getEngagement_StatusRationale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Engagement#getEffortEntries <em>Effort Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Effort Entries</em>'.
	 * @see org.advocacy.model.Engagement#getEffortEntries()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_EffortEntries();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Engagement#getExpenses <em>Expenses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Expenses</em>'.
	 * @see org.advocacy.model.Engagement#getExpenses()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Expenses();

	/**
	 * Returns the meta object for the reference list '{@link org.advocacy.model.Engagement#getRelatedEngagements <em>Related Engagements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Related Engagements</em>'.
	 * @see org.advocacy.model.Engagement#getRelatedEngagements()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_RelatedEngagements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Engagement#getEscalations <em>Escalations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Escalations</em>'.
	 * @see org.advocacy.model.Engagement#getEscalations()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Escalations();

	/**
	 * Returns the meta object for the containment reference '{@link org.advocacy.model.Engagement#getSituationSummary <em>Situation Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Situation Summary</em>'.
	 * @see org.advocacy.model.Engagement#getSituationSummary()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_SituationSummary();

	/**
	 * Returns the meta object for the containment reference '{@link org.advocacy.model.Engagement#getGetWellPlan <em>Get Well Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Get Well Plan</em>'.
	 * @see org.advocacy.model.Engagement#getGetWellPlan()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_GetWellPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Engagement#getCommunications <em>Communications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Communications</em>'.
	 * @see org.advocacy.model.Engagement#getCommunications()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Communications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Engagement#getNotifications <em>Notifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notifications</em>'.
	 * @see org.advocacy.model.Engagement#getNotifications()
	 * @see #getEngagement()
	 * @generated
	 */
	EReference getEngagement_Notifications();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see org.advocacy.model.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Criterion#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.Criterion#getDescription()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Criterion#isMet <em>Met</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Met</em>'.
	 * @see org.advocacy.model.Criterion#isMet()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_Met();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Criterion#getMetAt <em>Met At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Met At</em>'.
	 * @see org.advocacy.model.Criterion#getMetAt()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_MetAt();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Criterion#isCustomerConfirmed <em>Customer Confirmed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customer Confirmed</em>'.
	 * @see org.advocacy.model.Criterion#isCustomerConfirmed()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_CustomerConfirmed();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Criterion#getConfirmedAt <em>Confirmed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed At</em>'.
	 * @see org.advocacy.model.Criterion#getConfirmedAt()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_ConfirmedAt();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.EffortEntry <em>Effort Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Effort Entry</em>'.
	 * @see org.advocacy.model.EffortEntry
	 * @generated
	 */
	EClass getEffortEntry();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.EffortEntry#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.advocacy.model.EffortEntry#getPerson()
	 * @see #getEffortEntry()
	 * @generated
	 */
	EReference getEffortEntry_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.EffortEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.advocacy.model.EffortEntry#getDate()
	 * @see #getEffortEntry()
	 * @generated
	 */
	EAttribute getEffortEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.EffortEntry#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.advocacy.model.EffortEntry#getHours()
	 * @see #getEffortEntry()
	 * @generated
	 */
	EAttribute getEffortEntry_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.EffortEntry#getHourlyRate <em>Hourly Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hourly Rate</em>'.
	 * @see org.advocacy.model.EffortEntry#getHourlyRate()
	 * @see #getEffortEntry()
	 * @generated
	 */
	EAttribute getEffortEntry_HourlyRate();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.EffortEntry#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.EffortEntry#getDescription()
	 * @see #getEffortEntry()
	 * @generated
	 */
	EAttribute getEffortEntry_Description();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Expense <em>Expense</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expense</em>'.
	 * @see org.advocacy.model.Expense
	 * @generated
	 */
	EClass getExpense();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Expense#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.advocacy.model.Expense#getDate()
	 * @see #getExpense()
	 * @generated
	 */
	EAttribute getExpense_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Expense#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.advocacy.model.Expense#getAmount()
	 * @see #getExpense()
	 * @generated
	 */
	EAttribute getExpense_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Expense#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.advocacy.model.Expense#getCategory()
	 * @see #getExpense()
	 * @generated
	 */
	EAttribute getExpense_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Expense#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.Expense#getDescription()
	 * @see #getExpense()
	 * @generated
	 */
	EAttribute getExpense_Description();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Escalation <em>Escalation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Escalation</em>'.
	 * @see org.advocacy.model.Escalation
	 * @generated
	 */
	EClass getEscalation();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Escalation#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see org.advocacy.model.Escalation#getArea()
	 * @see #getEscalation()
	 * @generated
	 */
	EReference getEscalation_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Escalation#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.advocacy.model.Escalation#getReason()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Escalation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.Escalation#getDescription()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Escalation#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.advocacy.model.Escalation#getStartedAt()
	 * @see #getEscalation()
	 * @generated
	 */
	EAttribute getEscalation_StartedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.Escalation#getAttempts <em>Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attempts</em>'.
	 * @see org.advocacy.model.Escalation#getAttempts()
	 * @see #getEscalation()
	 * @generated
	 */
	EReference getEscalation_Attempts();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.LadderAttempt <em>Ladder Attempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ladder Attempt</em>'.
	 * @see org.advocacy.model.LadderAttempt
	 * @generated
	 */
	EClass getLadderAttempt();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.LadderAttempt#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.advocacy.model.LadderAttempt#getLevel()
	 * @see #getLadderAttempt()
	 * @generated
	 */
	EAttribute getLadderAttempt_Level();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.LadderAttempt#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.advocacy.model.LadderAttempt#getPerson()
	 * @see #getLadderAttempt()
	 * @generated
	 */
	EReference getLadderAttempt_Person();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.LadderAttempt#getSubstituteFor <em>Substitute For</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Substitute For</em>'.
	 * @see org.advocacy.model.LadderAttempt#getSubstituteFor()
	 * @see #getLadderAttempt()
	 * @generated
	 */
	EReference getLadderAttempt_SubstituteFor();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.LadderAttempt#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.advocacy.model.LadderAttempt#getChannel()
	 * @see #getLadderAttempt()
	 * @generated
	 */
	EAttribute getLadderAttempt_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.LadderAttempt#getContactedAt <em>Contacted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contacted At</em>'.
	 * @see org.advocacy.model.LadderAttempt#getContactedAt()
	 * @see #getLadderAttempt()
	 * @generated
	 */
	EAttribute getLadderAttempt_ContactedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.LadderAttempt#getRespondedAt <em>Responded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responded At</em>'.
	 * @see org.advocacy.model.LadderAttempt#getRespondedAt()
	 * @see #getLadderAttempt()
	 * @generated
	 */
	EAttribute getLadderAttempt_RespondedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.LadderAttempt#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.advocacy.model.LadderAttempt#getOutcome()
	 * @see #getLadderAttempt()
	 * @generated
	 */
	EAttribute getLadderAttempt_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.LadderAttempt#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.advocacy.model.LadderAttempt#getNotes()
	 * @see #getLadderAttempt()
	 * @generated
	 */
	EAttribute getLadderAttempt_Notes();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.SituationSummary <em>Situation Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Situation Summary</em>'.
	 * @see org.advocacy.model.SituationSummary
	 * @generated
	 */
	EClass getSituationSummary();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.SituationSummary#getExecutiveSummary <em>Executive Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Executive Summary</em>'.
	 * @see org.advocacy.model.SituationSummary#getExecutiveSummary()
	 * @see #getSituationSummary()
	 * @generated
	 */
	EAttribute getSituationSummary_ExecutiveSummary();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.SituationSummary#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.advocacy.model.SituationSummary#getState()
	 * @see #getSituationSummary()
	 * @generated
	 */
	EAttribute getSituationSummary_State();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.SituationSummary#getReviewedAt <em>Reviewed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed At</em>'.
	 * @see org.advocacy.model.SituationSummary#getReviewedAt()
	 * @see #getSituationSummary()
	 * @generated
	 */
	EAttribute getSituationSummary_ReviewedAt();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.SituationSummary#getReviewedBy <em>Reviewed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewed By</em>'.
	 * @see org.advocacy.model.SituationSummary#getReviewedBy()
	 * @see #getSituationSummary()
	 * @generated
	 */
	EReference getSituationSummary_ReviewedBy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.SituationSummary#getChronology <em>Chronology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chronology</em>'.
	 * @see org.advocacy.model.SituationSummary#getChronology()
	 * @see #getSituationSummary()
	 * @generated
	 */
	EReference getSituationSummary_Chronology();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.SituationSummary#getRootCauses <em>Root Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Root Causes</em>'.
	 * @see org.advocacy.model.SituationSummary#getRootCauses()
	 * @see #getSituationSummary()
	 * @generated
	 */
	EReference getSituationSummary_RootCauses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.SituationSummary#getContributingFactors <em>Contributing Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contributing Factors</em>'.
	 * @see org.advocacy.model.SituationSummary#getContributingFactors()
	 * @see #getSituationSummary()
	 * @generated
	 */
	EReference getSituationSummary_ContributingFactors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.SituationSummary#getActionItems <em>Action Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Action Items</em>'.
	 * @see org.advocacy.model.SituationSummary#getActionItems()
	 * @see #getSituationSummary()
	 * @generated
	 */
	EReference getSituationSummary_ActionItems();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.SituationSummary#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recommendations</em>'.
	 * @see org.advocacy.model.SituationSummary#getRecommendations()
	 * @see #getSituationSummary()
	 * @generated
	 */
	EReference getSituationSummary_Recommendations();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.ChronologyEvent <em>Chronology Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chronology Event</em>'.
	 * @see org.advocacy.model.ChronologyEvent
	 * @generated
	 */
	EClass getChronologyEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ChronologyEvent#getOccurredAt <em>Occurred At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occurred At</em>'.
	 * @see org.advocacy.model.ChronologyEvent#getOccurredAt()
	 * @see #getChronologyEvent()
	 * @generated
	 */
	EAttribute getChronologyEvent_OccurredAt();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ChronologyEvent#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.ChronologyEvent#getDescription()
	 * @see #getChronologyEvent()
	 * @generated
	 */
	EAttribute getChronologyEvent_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ChronologyEvent#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.advocacy.model.ChronologyEvent#getSource()
	 * @see #getChronologyEvent()
	 * @generated
	 */
	EAttribute getChronologyEvent_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ChronologyEvent#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.advocacy.model.ChronologyEvent#getReference()
	 * @see #getChronologyEvent()
	 * @generated
	 */
	EAttribute getChronologyEvent_Reference();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.RootCause <em>Root Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Root Cause</em>'.
	 * @see org.advocacy.model.RootCause
	 * @generated
	 */
	EClass getRootCause();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.RootCause#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.RootCause#getDescription()
	 * @see #getRootCause()
	 * @generated
	 */
	EAttribute getRootCause_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.RootCause#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.advocacy.model.RootCause#getCategory()
	 * @see #getRootCause()
	 * @generated
	 */
	EAttribute getRootCause_Category();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.RootCause#getOwningArea <em>Owning Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owning Area</em>'.
	 * @see org.advocacy.model.RootCause#getOwningArea()
	 * @see #getRootCause()
	 * @generated
	 */
	EReference getRootCause_OwningArea();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.ContributingFactor <em>Contributing Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contributing Factor</em>'.
	 * @see org.advocacy.model.ContributingFactor
	 * @generated
	 */
	EClass getContributingFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ContributingFactor#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.ContributingFactor#getDescription()
	 * @see #getContributingFactor()
	 * @generated
	 */
	EAttribute getContributingFactor_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ContributingFactor#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.advocacy.model.ContributingFactor#getOwner()
	 * @see #getContributingFactor()
	 * @generated
	 */
	EAttribute getContributingFactor_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ContributingFactor#isSwirl <em>Swirl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Swirl</em>'.
	 * @see org.advocacy.model.ContributingFactor#isSwirl()
	 * @see #getContributingFactor()
	 * @generated
	 */
	EAttribute getContributingFactor_Swirl();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ContributingFactor#isDisclosedToCustomer <em>Disclosed To Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disclosed To Customer</em>'.
	 * @see org.advocacy.model.ContributingFactor#isDisclosedToCustomer()
	 * @see #getContributingFactor()
	 * @generated
	 */
	EAttribute getContributingFactor_DisclosedToCustomer();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.ActionItem <em>Action Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Item</em>'.
	 * @see org.advocacy.model.ActionItem
	 * @generated
	 */
	EClass getActionItem();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ActionItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.ActionItem#getDescription()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Description();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.ActionItem#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.advocacy.model.ActionItem#getOwner()
	 * @see #getActionItem()
	 * @generated
	 */
	EReference getActionItem_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ActionItem#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.advocacy.model.ActionItem#getDue()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Due();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ActionItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.advocacy.model.ActionItem#getStatus()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Status();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recommendation</em>'.
	 * @see org.advocacy.model.Recommendation
	 * @generated
	 */
	EClass getRecommendation();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Recommendation#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.Recommendation#getDescription()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Recommendation#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.advocacy.model.Recommendation#getRationale()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Rationale();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.GetWellPlan <em>Get Well Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Get Well Plan</em>'.
	 * @see org.advocacy.model.GetWellPlan
	 * @generated
	 */
	EClass getGetWellPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.GetWellPlan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.GetWellPlan#getName()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EAttribute getGetWellPlan_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.GetWellPlan#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.advocacy.model.GetWellPlan#getScope()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EAttribute getGetWellPlan_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.GetWellPlan#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objectives</em>'.
	 * @see org.advocacy.model.GetWellPlan#getObjectives()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EAttribute getGetWellPlan_Objectives();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.GetWellPlan#getOutOfScope <em>Out Of Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Of Scope</em>'.
	 * @see org.advocacy.model.GetWellPlan#getOutOfScope()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EAttribute getGetWellPlan_OutOfScope();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.GetWellPlan#getCalendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Calendar</em>'.
	 * @see org.advocacy.model.GetWellPlan#getCalendar()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EReference getGetWellPlan_Calendar();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.GetWellPlan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.advocacy.model.GetWellPlan#getStatus()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EAttribute getGetWellPlan_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.GetWellPlan#getStatusRationale <em>Status Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Rationale</em>'.
	 * @see org.advocacy.model.GetWellPlan#getStatusRationale()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EAttribute getGetWellPlan_StatusRationale();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.GetWellPlan#getPublishedAt <em>Published At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published At</em>'.
	 * @see org.advocacy.model.GetWellPlan#getPublishedAt()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EAttribute getGetWellPlan_PublishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.GetWellPlan#getBaselinedAt <em>Baselined At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baselined At</em>'.
	 * @see org.advocacy.model.GetWellPlan#getBaselinedAt()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EAttribute getGetWellPlan_BaselinedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.GetWellPlan#getStakeholders <em>Stakeholders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stakeholders</em>'.
	 * @see org.advocacy.model.GetWellPlan#getStakeholders()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EReference getGetWellPlan_Stakeholders();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.GetWellPlan#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risks</em>'.
	 * @see org.advocacy.model.GetWellPlan#getRisks()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EReference getGetWellPlan_Risks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.GetWellPlan#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assumptions</em>'.
	 * @see org.advocacy.model.GetWellPlan#getAssumptions()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EReference getGetWellPlan_Assumptions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.GetWellPlan#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see org.advocacy.model.GetWellPlan#getPhases()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EReference getGetWellPlan_Phases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.GetWellPlan#getStatusMeetings <em>Status Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Meetings</em>'.
	 * @see org.advocacy.model.GetWellPlan#getStatusMeetings()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EReference getGetWellPlan_StatusMeetings();

	/**
	 * Returns the meta object for the containment reference '{@link org.advocacy.model.GetWellPlan#getStatusMeetingSchedule <em>Status Meeting Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Status Meeting Schedule</em>'.
	 * @see org.advocacy.model.GetWellPlan#getStatusMeetingSchedule()
	 * @see #getGetWellPlan()
	 * @generated
	 */
	EReference getGetWellPlan_StatusMeetingSchedule();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Stakeholder <em>Stakeholder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stakeholder</em>'.
	 * @see org.advocacy.model.Stakeholder
	 * @generated
	 */
	EClass getStakeholder();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Stakeholder#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.Stakeholder#getName()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Name();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Stakeholder#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.advocacy.model.Stakeholder#getPerson()
	 * @see #getStakeholder()
	 * @generated
	 */
	EReference getStakeholder_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Stakeholder#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.advocacy.model.Stakeholder#getRole()
	 * @see #getStakeholder()
	 * @generated
	 */
	EAttribute getStakeholder_Role();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk</em>'.
	 * @see org.advocacy.model.Risk
	 * @generated
	 */
	EClass getRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Risk#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.Risk#getDescription()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Risk#getLikelihood <em>Likelihood</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Likelihood</em>'.
	 * @see org.advocacy.model.Risk#getLikelihood()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Likelihood();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Risk#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.advocacy.model.Risk#getImpact()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Risk#getMitigation <em>Mitigation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mitigation</em>'.
	 * @see org.advocacy.model.Risk#getMitigation()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Mitigation();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.Risk#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.advocacy.model.Risk#getOwner()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Owner();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.Assumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assumption</em>'.
	 * @see org.advocacy.model.Assumption
	 * @generated
	 */
	EClass getAssumption();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.Assumption#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.Assumption#getDescription()
	 * @see #getAssumption()
	 * @generated
	 */
	EAttribute getAssumption_Description();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.PhaseOfValue <em>Phase Of Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase Of Value</em>'.
	 * @see org.advocacy.model.PhaseOfValue
	 * @generated
	 */
	EClass getPhaseOfValue();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PhaseOfValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.PhaseOfValue#getName()
	 * @see #getPhaseOfValue()
	 * @generated
	 */
	EAttribute getPhaseOfValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PhaseOfValue#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.advocacy.model.PhaseOfValue#getDescription()
	 * @see #getPhaseOfValue()
	 * @generated
	 */
	EAttribute getPhaseOfValue_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.PhaseOfValue#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.advocacy.model.PhaseOfValue#getTasks()
	 * @see #getPhaseOfValue()
	 * @generated
	 */
	EReference getPhaseOfValue_Tasks();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.PlanTask <em>Plan Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Task</em>'.
	 * @see org.advocacy.model.PlanTask
	 * @generated
	 */
	EClass getPlanTask();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.advocacy.model.PlanTask#getName()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Name();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.PlanTask#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.advocacy.model.PlanTask#getOwner()
	 * @see #getPlanTask()
	 * @generated
	 */
	EReference getPlanTask_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.advocacy.model.PlanTask#getStart()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getDurationDays <em>Duration Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Days</em>'.
	 * @see org.advocacy.model.PlanTask#getDurationDays()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_DurationDays();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getFinish <em>Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finish</em>'.
	 * @see org.advocacy.model.PlanTask#getFinish()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Finish();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getPercentComplete <em>Percent Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent Complete</em>'.
	 * @see org.advocacy.model.PlanTask#getPercentComplete()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_PercentComplete();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#isMilestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Milestone</em>'.
	 * @see org.advocacy.model.PlanTask#isMilestone()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Milestone();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getCommitmentDate <em>Commitment Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commitment Date</em>'.
	 * @see org.advocacy.model.PlanTask#getCommitmentDate()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_CommitmentDate();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getCaveats <em>Caveats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caveats</em>'.
	 * @see org.advocacy.model.PlanTask#getCaveats()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Caveats();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getPrerequisites <em>Prerequisites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prerequisites</em>'.
	 * @see org.advocacy.model.PlanTask#getPrerequisites()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_Prerequisites();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getBaselineStart <em>Baseline Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Start</em>'.
	 * @see org.advocacy.model.PlanTask#getBaselineStart()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_BaselineStart();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.PlanTask#getBaselineFinish <em>Baseline Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Finish</em>'.
	 * @see org.advocacy.model.PlanTask#getBaselineFinish()
	 * @see #getPlanTask()
	 * @generated
	 */
	EAttribute getPlanTask_BaselineFinish();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.PlanTask#getDependencies <em>Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dependencies</em>'.
	 * @see org.advocacy.model.PlanTask#getDependencies()
	 * @see #getPlanTask()
	 * @generated
	 */
	EReference getPlanTask_Dependencies();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.TaskDependency <em>Task Dependency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task Dependency</em>'.
	 * @see org.advocacy.model.TaskDependency
	 * @generated
	 */
	EClass getTaskDependency();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.TaskDependency#getPredecessor <em>Predecessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Predecessor</em>'.
	 * @see org.advocacy.model.TaskDependency#getPredecessor()
	 * @see #getTaskDependency()
	 * @generated
	 */
	EReference getTaskDependency_Predecessor();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.TaskDependency#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.advocacy.model.TaskDependency#getType()
	 * @see #getTaskDependency()
	 * @generated
	 */
	EAttribute getTaskDependency_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.TaskDependency#getLagDays <em>Lag Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lag Days</em>'.
	 * @see org.advocacy.model.TaskDependency#getLagDays()
	 * @see #getTaskDependency()
	 * @generated
	 */
	EAttribute getTaskDependency_LagDays();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.StatusMeeting <em>Status Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Meeting</em>'.
	 * @see org.advocacy.model.StatusMeeting
	 * @generated
	 */
	EClass getStatusMeeting();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.StatusMeeting#getHeldOn <em>Held On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held On</em>'.
	 * @see org.advocacy.model.StatusMeeting#getHeldOn()
	 * @see #getStatusMeeting()
	 * @generated
	 */
	EAttribute getStatusMeeting_HeldOn();

	/**
	 * Returns the meta object for the reference list '{@link org.advocacy.model.StatusMeeting#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attendees</em>'.
	 * @see org.advocacy.model.StatusMeeting#getAttendees()
	 * @see #getStatusMeeting()
	 * @generated
	 */
	EReference getStatusMeeting_Attendees();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.StatusMeeting#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.advocacy.model.StatusMeeting#getColour()
	 * @see #getStatusMeeting()
	 * @generated
	 */
	EAttribute getStatusMeeting_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.StatusMeeting#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.advocacy.model.StatusMeeting#getNotes()
	 * @see #getStatusMeeting()
	 * @generated
	 */
	EAttribute getStatusMeeting_Notes();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.CustomerCommunication <em>Customer Communication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Communication</em>'.
	 * @see org.advocacy.model.CustomerCommunication
	 * @generated
	 */
	EClass getCustomerCommunication();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getCreatedAt()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#getSentAt <em>Sent At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sent At</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getSentAt()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_SentAt();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.CustomerCommunication#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getAuthor()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EReference getCustomerCommunication_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getAudience()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_Audience();

	/**
	 * Returns the meta object for the reference list '{@link org.advocacy.model.CustomerCommunication#getRecipients <em>Recipients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Recipients</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getRecipients()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EReference getCustomerCommunication_Recipients();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getChannel()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getSubject()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getSummary()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#getNextUpdateDue <em>Next Update Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Update Due</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getNextUpdateDue()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_NextUpdateDue();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getState()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_State();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#isEmotionallyCharged <em>Emotionally Charged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Emotionally Charged</em>'.
	 * @see org.advocacy.model.CustomerCommunication#isEmotionallyCharged()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_EmotionallyCharged();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.CustomerCommunication#getHoldUntil <em>Hold Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hold Until</em>'.
	 * @see org.advocacy.model.CustomerCommunication#getHoldUntil()
	 * @see #getCustomerCommunication()
	 * @generated
	 */
	EAttribute getCustomerCommunication_HoldUntil();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.ManagementReview <em>Management Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Management Review</em>'.
	 * @see org.advocacy.model.ManagementReview
	 * @generated
	 */
	EClass getManagementReview();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ManagementReview#getHeldOn <em>Held On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held On</em>'.
	 * @see org.advocacy.model.ManagementReview#getHeldOn()
	 * @see #getManagementReview()
	 * @generated
	 */
	EAttribute getManagementReview_HeldOn();

	/**
	 * Returns the meta object for the reference list '{@link org.advocacy.model.ManagementReview#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attendees</em>'.
	 * @see org.advocacy.model.ManagementReview#getAttendees()
	 * @see #getManagementReview()
	 * @generated
	 */
	EReference getManagementReview_Attendees();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ManagementReview#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.advocacy.model.ManagementReview#getNotes()
	 * @see #getManagementReview()
	 * @generated
	 */
	EAttribute getManagementReview_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.ManagementReview#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.advocacy.model.ManagementReview#getItems()
	 * @see #getManagementReview()
	 * @generated
	 */
	EReference getManagementReview_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link org.advocacy.model.ManagementReview#getCommitments <em>Commitments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Commitments</em>'.
	 * @see org.advocacy.model.ManagementReview#getCommitments()
	 * @see #getManagementReview()
	 * @generated
	 */
	EReference getManagementReview_Commitments();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.ReviewItem <em>Review Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Item</em>'.
	 * @see org.advocacy.model.ReviewItem
	 * @generated
	 */
	EClass getReviewItem();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.ReviewItem#getEngagement <em>Engagement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Engagement</em>'.
	 * @see org.advocacy.model.ReviewItem#getEngagement()
	 * @see #getReviewItem()
	 * @generated
	 */
	EReference getReviewItem_Engagement();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ReviewItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.advocacy.model.ReviewItem#getKind()
	 * @see #getReviewItem()
	 * @generated
	 */
	EAttribute getReviewItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ReviewItem#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.advocacy.model.ReviewItem#getNotes()
	 * @see #getReviewItem()
	 * @generated
	 */
	EAttribute getReviewItem_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.ReviewItem#isClosureConfirmed <em>Closure Confirmed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closure Confirmed</em>'.
	 * @see org.advocacy.model.ReviewItem#isClosureConfirmed()
	 * @see #getReviewItem()
	 * @generated
	 */
	EAttribute getReviewItem_ClosureConfirmed();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.RootCauseCommitment <em>Root Cause Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Root Cause Commitment</em>'.
	 * @see org.advocacy.model.RootCauseCommitment
	 * @generated
	 */
	EClass getRootCauseCommitment();

	/**
	 * Returns the meta object for the reference list '{@link org.advocacy.model.RootCauseCommitment#getRootCauses <em>Root Causes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Root Causes</em>'.
	 * @see org.advocacy.model.RootCauseCommitment#getRootCauses()
	 * @see #getRootCauseCommitment()
	 * @generated
	 */
	EReference getRootCauseCommitment_RootCauses();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.RootCauseCommitment#getAccountableManager <em>Accountable Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Accountable Manager</em>'.
	 * @see org.advocacy.model.RootCauseCommitment#getAccountableManager()
	 * @see #getRootCauseCommitment()
	 * @generated
	 */
	EReference getRootCauseCommitment_AccountableManager();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.RootCauseCommitment#getCommitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commitment</em>'.
	 * @see org.advocacy.model.RootCauseCommitment#getCommitment()
	 * @see #getRootCauseCommitment()
	 * @generated
	 */
	EAttribute getRootCauseCommitment_Commitment();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.RootCauseCommitment#getPromisedUpdateOn <em>Promised Update On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Promised Update On</em>'.
	 * @see org.advocacy.model.RootCauseCommitment#getPromisedUpdateOn()
	 * @see #getRootCauseCommitment()
	 * @generated
	 */
	EAttribute getRootCauseCommitment_PromisedUpdateOn();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.RootCauseCommitment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.advocacy.model.RootCauseCommitment#getStatus()
	 * @see #getRootCauseCommitment()
	 * @generated
	 */
	EAttribute getRootCauseCommitment_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.RootCauseCommitment#getLastUpdate <em>Last Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Update</em>'.
	 * @see org.advocacy.model.RootCauseCommitment#getLastUpdate()
	 * @see #getRootCauseCommitment()
	 * @generated
	 */
	EAttribute getRootCauseCommitment_LastUpdate();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.NotificationRecord <em>Notification Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Notification Record</em>'.
	 * @see org.advocacy.model.NotificationRecord
	 * @generated
	 */
	EClass getNotificationRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationRecord#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.advocacy.model.NotificationRecord#getKind()
	 * @see #getNotificationRecord()
	 * @generated
	 */
	EAttribute getNotificationRecord_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationRecord#getDedupeKey <em>Dedupe Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dedupe Key</em>'.
	 * @see org.advocacy.model.NotificationRecord#getDedupeKey()
	 * @see #getNotificationRecord()
	 * @generated
	 */
	EAttribute getNotificationRecord_DedupeKey();

	/**
	 * Returns the meta object for the attribute list '{@link org.advocacy.model.NotificationRecord#getRecipients <em>Recipients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Recipients</em>'.
	 * @see org.advocacy.model.NotificationRecord#getRecipients()
	 * @see #getNotificationRecord()
	 * @generated
	 */
	EAttribute getNotificationRecord_Recipients();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationRecord#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.advocacy.model.NotificationRecord#getSubject()
	 * @see #getNotificationRecord()
	 * @generated
	 */
	EAttribute getNotificationRecord_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationRecord#getMessageId <em>Message Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Id</em>'.
	 * @see org.advocacy.model.NotificationRecord#getMessageId()
	 * @see #getNotificationRecord()
	 * @generated
	 */
	EAttribute getNotificationRecord_MessageId();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationRecord#getAcceptedAt <em>Accepted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accepted At</em>'.
	 * @see org.advocacy.model.NotificationRecord#getAcceptedAt()
	 * @see #getNotificationRecord()
	 * @generated
	 */
	EAttribute getNotificationRecord_AcceptedAt();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.NotificationSettings <em>Notification Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Notification Settings</em>'.
	 * @see org.advocacy.model.NotificationSettings
	 * @generated
	 */
	EClass getNotificationSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationSettings#getSmtpHost <em>Smtp Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smtp Host</em>'.
	 * @see org.advocacy.model.NotificationSettings#getSmtpHost()
	 * @see #getNotificationSettings()
	 * @generated
	 */
	EAttribute getNotificationSettings_SmtpHost();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationSettings#getSmtpPort <em>Smtp Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smtp Port</em>'.
	 * @see org.advocacy.model.NotificationSettings#getSmtpPort()
	 * @see #getNotificationSettings()
	 * @generated
	 */
	EAttribute getNotificationSettings_SmtpPort();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationSettings#getSecurity <em>Security</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security</em>'.
	 * @see org.advocacy.model.NotificationSettings#getSecurity()
	 * @see #getNotificationSettings()
	 * @generated
	 */
	EAttribute getNotificationSettings_Security();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationSettings#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.advocacy.model.NotificationSettings#getUsername()
	 * @see #getNotificationSettings()
	 * @generated
	 */
	EAttribute getNotificationSettings_Username();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationSettings#getFromAddress <em>From Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Address</em>'.
	 * @see org.advocacy.model.NotificationSettings#getFromAddress()
	 * @see #getNotificationSettings()
	 * @generated
	 */
	EAttribute getNotificationSettings_FromAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.NotificationSettings#getFromName <em>From Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Name</em>'.
	 * @see org.advocacy.model.NotificationSettings#getFromName()
	 * @see #getNotificationSettings()
	 * @generated
	 */
	EAttribute getNotificationSettings_FromName();

	/**
	 * Returns the meta object for class '{@link org.advocacy.model.MeetingSchedule <em>Meeting Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting Schedule</em>'.
	 * @see org.advocacy.model.MeetingSchedule
	 * @generated
	 */
	EClass getMeetingSchedule();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.MeetingSchedule#getFirstStart <em>First Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Start</em>'.
	 * @see org.advocacy.model.MeetingSchedule#getFirstStart()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EAttribute getMeetingSchedule_FirstStart();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.MeetingSchedule#getDurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Minutes</em>'.
	 * @see org.advocacy.model.MeetingSchedule#getDurationMinutes()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EAttribute getMeetingSchedule_DurationMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.MeetingSchedule#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see org.advocacy.model.MeetingSchedule#getTimeZone()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EAttribute getMeetingSchedule_TimeZone();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.MeetingSchedule#getRepeatEveryWeeks <em>Repeat Every Weeks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeat Every Weeks</em>'.
	 * @see org.advocacy.model.MeetingSchedule#getRepeatEveryWeeks()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EAttribute getMeetingSchedule_RepeatEveryWeeks();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.MeetingSchedule#getRepeatUntil <em>Repeat Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeat Until</em>'.
	 * @see org.advocacy.model.MeetingSchedule#getRepeatUntil()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EAttribute getMeetingSchedule_RepeatUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.MeetingSchedule#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.advocacy.model.MeetingSchedule#getLocation()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EAttribute getMeetingSchedule_Location();

	/**
	 * Returns the meta object for the reference '{@link org.advocacy.model.MeetingSchedule#getOrganizer <em>Organizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organizer</em>'.
	 * @see org.advocacy.model.MeetingSchedule#getOrganizer()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EReference getMeetingSchedule_Organizer();

	/**
	 * Returns the meta object for the reference list '{@link org.advocacy.model.MeetingSchedule#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Attendees</em>'.
	 * @see org.advocacy.model.MeetingSchedule#getAttendees()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EReference getMeetingSchedule_Attendees();

	/**
	 * Returns the meta object for the reference list '{@link org.advocacy.model.MeetingSchedule#getCustomerAttendees <em>Customer Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Customer Attendees</em>'.
	 * @see org.advocacy.model.MeetingSchedule#getCustomerAttendees()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EReference getMeetingSchedule_CustomerAttendees();

	/**
	 * Returns the meta object for the attribute '{@link org.advocacy.model.MeetingSchedule#isCancelled <em>Cancelled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cancelled</em>'.
	 * @see org.advocacy.model.MeetingSchedule#isCancelled()
	 * @see #getMeetingSchedule()
	 * @generated
	 */
	EAttribute getMeetingSchedule_Cancelled();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.AdvocacyLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Level</em>'.
	 * @see org.advocacy.model.AdvocacyLevel
	 * @generated
	 */
	EEnum getAdvocacyLevel();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.AdvocacyOffering <em>Offering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Offering</em>'.
	 * @see org.advocacy.model.AdvocacyOffering
	 * @generated
	 */
	EEnum getAdvocacyOffering();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.Urgency <em>Urgency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Urgency</em>'.
	 * @see org.advocacy.model.Urgency
	 * @generated
	 */
	EEnum getUrgency();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.Audience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Audience</em>'.
	 * @see org.advocacy.model.Audience
	 * @generated
	 */
	EEnum getAudience();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.AreaKind <em>Area Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Area Kind</em>'.
	 * @see org.advocacy.model.AreaKind
	 * @generated
	 */
	EEnum getAreaKind();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.EscalationLevel <em>Escalation Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Escalation Level</em>'.
	 * @see org.advocacy.model.EscalationLevel
	 * @generated
	 */
	EEnum getEscalationLevel();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.ContactChannel <em>Contact Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contact Channel</em>'.
	 * @see org.advocacy.model.ContactChannel
	 * @generated
	 */
	EEnum getContactChannel();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.Weekday <em>Weekday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weekday</em>'.
	 * @see org.advocacy.model.Weekday
	 * @generated
	 */
	EEnum getWeekday();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.EngagementTrigger <em>Engagement Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Engagement Trigger</em>'.
	 * @see org.advocacy.model.EngagementTrigger
	 * @generated
	 */
	EEnum getEngagementTrigger();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.EngagementState <em>Engagement State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Engagement State</em>'.
	 * @see org.advocacy.model.EngagementState
	 * @generated
	 */
	EEnum getEngagementState();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.StatusColour <em>Status Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status Colour</em>'.
	 * @see org.advocacy.model.StatusColour
	 * @generated
	 */
	EEnum getStatusColour();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.EscalationReason <em>Escalation Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Escalation Reason</em>'.
	 * @see org.advocacy.model.EscalationReason
	 * @generated
	 */
	EEnum getEscalationReason();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.AttemptOutcome <em>Attempt Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attempt Outcome</em>'.
	 * @see org.advocacy.model.AttemptOutcome
	 * @generated
	 */
	EEnum getAttemptOutcome();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.SummaryState <em>Summary State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Summary State</em>'.
	 * @see org.advocacy.model.SummaryState
	 * @generated
	 */
	EEnum getSummaryState();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.EvidenceKind <em>Evidence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Kind</em>'.
	 * @see org.advocacy.model.EvidenceKind
	 * @generated
	 */
	EEnum getEvidenceKind();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.RootCauseCategory <em>Root Cause Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Root Cause Category</em>'.
	 * @see org.advocacy.model.RootCauseCategory
	 * @generated
	 */
	EEnum getRootCauseCategory();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.FactorOwner <em>Factor Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Factor Owner</em>'.
	 * @see org.advocacy.model.FactorOwner
	 * @generated
	 */
	EEnum getFactorOwner();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.advocacy.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.StakeholderRole <em>Stakeholder Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stakeholder Role</em>'.
	 * @see org.advocacy.model.StakeholderRole
	 * @generated
	 */
	EEnum getStakeholderRole();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.RiskLevel <em>Risk Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Level</em>'.
	 * @see org.advocacy.model.RiskLevel
	 * @generated
	 */
	EEnum getRiskLevel();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.DependencyType <em>Dependency Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dependency Type</em>'.
	 * @see org.advocacy.model.DependencyType
	 * @generated
	 */
	EEnum getDependencyType();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.CommunicationChannel <em>Communication Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Communication Channel</em>'.
	 * @see org.advocacy.model.CommunicationChannel
	 * @generated
	 */
	EEnum getCommunicationChannel();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.CommunicationState <em>Communication State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Communication State</em>'.
	 * @see org.advocacy.model.CommunicationState
	 * @generated
	 */
	EEnum getCommunicationState();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.ReviewItemKind <em>Review Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Item Kind</em>'.
	 * @see org.advocacy.model.ReviewItemKind
	 * @generated
	 */
	EEnum getReviewItemKind();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.CommitmentStatus <em>Commitment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Commitment Status</em>'.
	 * @see org.advocacy.model.CommitmentStatus
	 * @generated
	 */
	EEnum getCommitmentStatus();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.NotificationKind <em>Notification Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Notification Kind</em>'.
	 * @see org.advocacy.model.NotificationKind
	 * @generated
	 */
	EEnum getNotificationKind();

	/**
	 * Returns the meta object for enum '{@link org.advocacy.model.SmtpSecurity <em>Smtp Security</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Smtp Security</em>'.
	 * @see org.advocacy.model.SmtpSecurity
	 * @generated
	 */
	EEnum getSmtpSecurity();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A point on the time line (UTC), written as ISO-8601, e.g. 2026-03-01T14:30:00Z.
	 * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A calendar date without a time zone, written as ISO-8601, e.g. 2026-03-01.
	 * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalTime <em>Local Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A time of day without a date or time zone, written as ISO-8601, e.g. 09:00.
	 * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Time</em>'.
	 * @see java.time.LocalTime
	 * @model instanceClass="java.time.LocalTime"
	 * @generated
	 */
	EDataType getLocalTime();

	/**
	 * Returns the meta object for data type '{@link java.time.ZoneId <em>Zone Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A time-zone identifier, e.g. Europe/Berlin or America/New_York.
	 * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Zone Id</em>'.
	 * @see java.time.ZoneId
	 * @model instanceClass="java.time.ZoneId"
	 * @generated
	 */
	EDataType getZoneId();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AdvocacyFactory getAdvocacyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.AdvocacyRepositoryImpl <em>Repository</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.AdvocacyRepositoryImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAdvocacyRepository()
		 * @generated
		 */
		EClass ADVOCACY_REPOSITORY = eINSTANCE.getAdvocacyRepository();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVOCACY_REPOSITORY__NAME = eINSTANCE.getAdvocacyRepository_Name();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__SEGMENTS = eINSTANCE.getAdvocacyRepository_Segments();

		/**
		 * The meta object literal for the '<em><b>Customers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__CUSTOMERS = eINSTANCE.getAdvocacyRepository_Customers();

		/**
		 * The meta object literal for the '<em><b>Business Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__BUSINESS_UNITS = eINSTANCE.getAdvocacyRepository_BusinessUnits();

		/**
		 * The meta object literal for the '<em><b>Product Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__PRODUCT_LINES = eINSTANCE.getAdvocacyRepository_ProductLines();

		/**
		 * The meta object literal for the '<em><b>Reasons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__REASONS = eINSTANCE.getAdvocacyRepository_Reasons();

		/**
		 * The meta object literal for the '<em><b>Default Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__DEFAULT_TARGETS = eINSTANCE.getAdvocacyRepository_DefaultTargets();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__ORGANIZATION = eINSTANCE.getAdvocacyRepository_Organization();

		/**
		 * The meta object literal for the '<em><b>Engagements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__ENGAGEMENTS = eINSTANCE.getAdvocacyRepository_Engagements();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__REVIEWS = eINSTANCE.getAdvocacyRepository_Reviews();

		/**
		 * The meta object literal for the '<em><b>Notification Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS = eINSTANCE.getAdvocacyRepository_NotificationSettings();

		/**
		 * The meta object literal for the '<em><b>Review Schedule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__REVIEW_SCHEDULE = eINSTANCE.getAdvocacyRepository_ReviewSchedule();

		/**
		 * The meta object literal for the '<em><b>Notifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVOCACY_REPOSITORY__NOTIFICATIONS = eINSTANCE.getAdvocacyRepository_Notifications();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.CustomerSegmentImpl <em>Customer Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.CustomerSegmentImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCustomerSegment()
		 * @generated
		 */
		EClass CUSTOMER_SEGMENT = eINSTANCE.getCustomerSegment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__NAME = eINSTANCE.getCustomerSegment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__DESCRIPTION = eINSTANCE.getCustomerSegment_Description();

		/**
		 * The meta object literal for the '<em><b>Advocacy Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__ADVOCACY_LEVEL = eINSTANCE.getCustomerSegment_AdvocacyLevel();

		/**
		 * The meta object literal for the '<em><b>Offering</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__OFFERING = eINSTANCE.getCustomerSegment_Offering();

		/**
		 * The meta object literal for the '<em><b>Drivers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__DRIVERS = eINSTANCE.getCustomerSegment_Drivers();

		/**
		 * The meta object literal for the '<em><b>Who May Engage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_SEGMENT__WHO_MAY_ENGAGE = eINSTANCE.getCustomerSegment_WhoMayEngage();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_SEGMENT__TARGETS = eINSTANCE.getCustomerSegment_Targets();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.ServiceTargetImpl <em>Service Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.ServiceTargetImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getServiceTarget()
		 * @generated
		 */
		EClass SERVICE_TARGET = eINSTANCE.getServiceTarget();

		/**
		 * The meta object literal for the '<em><b>Urgency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_TARGET__URGENCY = eINSTANCE.getServiceTarget_Urgency();

		/**
		 * The meta object literal for the '<em><b>Update Cadence Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_TARGET__UPDATE_CADENCE_MINUTES = eINSTANCE.getServiceTarget_UpdateCadenceMinutes();

		/**
		 * The meta object literal for the '<em><b>Escalation Timeout Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES = eINSTANCE.getServiceTarget_EscalationTimeoutMinutes();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.BusinessUnitImpl <em>Business Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.BusinessUnitImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getBusinessUnit()
		 * @generated
		 */
		EClass BUSINESS_UNIT = eINSTANCE.getBusinessUnit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_UNIT__NAME = eINSTANCE.getBusinessUnit_Name();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.ProductLineImpl <em>Product Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.ProductLineImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getProductLine()
		 * @generated
		 */
		EClass PRODUCT_LINE = eINSTANCE.getProductLine();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRODUCT_LINE__NAME = eINSTANCE.getProductLine_Name();

		/**
		 * The meta object literal for the '<em><b>Business Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRODUCT_LINE__BUSINESS_UNIT = eINSTANCE.getProductLine_BusinessUnit();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.EngagementReasonImpl <em>Engagement Reason</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.EngagementReasonImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEngagementReason()
		 * @generated
		 */
		EClass ENGAGEMENT_REASON = eINSTANCE.getEngagementReason();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT_REASON__NAME = eINSTANCE.getEngagementReason_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT_REASON__DESCRIPTION = eINSTANCE.getEngagementReason_Description();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.CustomerImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NAME = eINSTANCE.getCustomer_Name();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__SEGMENT = eINSTANCE.getCustomer_Segment();

		/**
		 * The meta object literal for the '<em><b>Annual Revenue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ANNUAL_REVENUE = eINSTANCE.getCustomer_AnnualRevenue();

		/**
		 * The meta object literal for the '<em><b>Business Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__BUSINESS_UNIT = eINSTANCE.getCustomer_BusinessUnit();

		/**
		 * The meta object literal for the '<em><b>Product Lines</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__PRODUCT_LINES = eINSTANCE.getCustomer_ProductLines();

		/**
		 * The meta object literal for the '<em><b>Account Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__ACCOUNT_OWNER = eINSTANCE.getCustomer_AccountOwner();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__CONTACTS = eINSTANCE.getCustomer_Contacts();

		/**
		 * The meta object literal for the '<em><b>Escalation Requested</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__ESCALATION_REQUESTED = eINSTANCE.getCustomer_EscalationRequested();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NOTES = eINSTANCE.getCustomer_Notes();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.CustomerContactImpl <em>Customer Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.CustomerContactImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCustomerContact()
		 * @generated
		 */
		EClass CUSTOMER_CONTACT = eINSTANCE.getCustomerContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_CONTACT__NAME = eINSTANCE.getCustomerContact_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_CONTACT__TITLE = eINSTANCE.getCustomerContact_Title();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_CONTACT__AUDIENCE = eINSTANCE.getCustomerContact_Audience();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_CONTACT__EMAIL = eINSTANCE.getCustomerContact_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_CONTACT__PHONE = eINSTANCE.getCustomerContact_Phone();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.OrganizationImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NAME = eINSTANCE.getOrganization_Name();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__AREAS = eINSTANCE.getOrganization_Areas();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__PEOPLE = eINSTANCE.getOrganization_People();

		/**
		 * The meta object literal for the '<em><b>Calendars</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__CALENDARS = eINSTANCE.getOrganization_Calendars();

		/**
		 * The meta object literal for the '<em><b>Default Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__DEFAULT_CALENDAR = eINSTANCE.getOrganization_DefaultCalendar();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.FunctionalAreaImpl <em>Functional Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.FunctionalAreaImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getFunctionalArea()
		 * @generated
		 */
		EClass FUNCTIONAL_AREA = eINSTANCE.getFunctionalArea();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTIONAL_AREA__NAME = eINSTANCE.getFunctionalArea_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FUNCTIONAL_AREA__KIND = eINSTANCE.getFunctionalArea_Kind();

		/**
		 * The meta object literal for the '<em><b>Ladder</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNCTIONAL_AREA__LADDER = eINSTANCE.getFunctionalArea_Ladder();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FUNCTIONAL_AREA__CALENDAR = eINSTANCE.getFunctionalArea_Calendar();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.LadderRungImpl <em>Ladder Rung</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.LadderRungImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getLadderRung()
		 * @generated
		 */
		EClass LADDER_RUNG = eINSTANCE.getLadderRung();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LADDER_RUNG__LEVEL = eINSTANCE.getLadderRung_Level();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LADDER_RUNG__PERSON = eINSTANCE.getLadderRung_Person();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.PersonImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__TITLE = eINSTANCE.getPerson_Title();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '<em><b>Advocate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__ADVOCATE = eINSTANCE.getPerson_Advocate();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__TIME_ZONE = eINSTANCE.getPerson_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__CALENDAR = eINSTANCE.getPerson_Calendar();

		/**
		 * The meta object literal for the '<em><b>Contact Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__CONTACT_POINTS = eINSTANCE.getPerson_ContactPoints();

		/**
		 * The meta object literal for the '<em><b>Away Periods</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSON__AWAY_PERIODS = eINSTANCE.getPerson_AwayPeriods();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.ContactPointImpl <em>Contact Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.ContactPointImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getContactPoint()
		 * @generated
		 */
		EClass CONTACT_POINT = eINSTANCE.getContactPoint();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__CHANNEL = eINSTANCE.getContactPoint_Channel();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__ADDRESS = eINSTANCE.getContactPoint_Address();

		/**
		 * The meta object literal for the '<em><b>Available24x7</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_POINT__AVAILABLE24X7 = eINSTANCE.getContactPoint_Available24x7();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.AwayPeriodImpl <em>Away Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.AwayPeriodImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAwayPeriod()
		 * @generated
		 */
		EClass AWAY_PERIOD = eINSTANCE.getAwayPeriod();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWAY_PERIOD__START = eINSTANCE.getAwayPeriod_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWAY_PERIOD__END = eINSTANCE.getAwayPeriod_End();

		/**
		 * The meta object literal for the '<em><b>Alternate</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AWAY_PERIOD__ALTERNATE = eINSTANCE.getAwayPeriod_Alternate();

		/**
		 * The meta object literal for the '<em><b>Alternate Confirmed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWAY_PERIOD__ALTERNATE_CONFIRMED = eINSTANCE.getAwayPeriod_AlternateConfirmed();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AWAY_PERIOD__NOTE = eINSTANCE.getAwayPeriod_Note();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.BusinessCalendarImpl <em>Business Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.BusinessCalendarImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getBusinessCalendar()
		 * @generated
		 */
		EClass BUSINESS_CALENDAR = eINSTANCE.getBusinessCalendar();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__NAME = eINSTANCE.getBusinessCalendar_Name();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__TIME_ZONE = eINSTANCE.getBusinessCalendar_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Working Days</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__WORKING_DAYS = eINSTANCE.getBusinessCalendar_WorkingDays();

		/**
		 * The meta object literal for the '<em><b>Workday Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__WORKDAY_START = eINSTANCE.getBusinessCalendar_WorkdayStart();

		/**
		 * The meta object literal for the '<em><b>Workday End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CALENDAR__WORKDAY_END = eINSTANCE.getBusinessCalendar_WorkdayEnd();

		/**
		 * The meta object literal for the '<em><b>Holidays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_CALENDAR__HOLIDAYS = eINSTANCE.getBusinessCalendar_Holidays();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.HolidayImpl <em>Holiday</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.HolidayImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getHoliday()
		 * @generated
		 */
		EClass HOLIDAY = eINSTANCE.getHoliday();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY__DATE = eINSTANCE.getHoliday_Date();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOLIDAY__NAME = eINSTANCE.getHoliday_Name();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.EngagementImpl <em>Engagement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.EngagementImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEngagement()
		 * @generated
		 */
		EClass ENGAGEMENT = eINSTANCE.getEngagement();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__KEY = eINSTANCE.getEngagement_Key();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__TITLE = eINSTANCE.getEngagement_Title();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__LABEL = eINSTANCE.getEngagement_Label();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__CUSTOMER = eINSTANCE.getEngagement_Customer();

		/**
		 * The meta object literal for the '<em><b>Advocate</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__ADVOCATE = eINSTANCE.getEngagement_Advocate();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__TEAM = eINSTANCE.getEngagement_Team();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__TRIGGER = eINSTANCE.getEngagement_Trigger();

		/**
		 * The meta object literal for the '<em><b>Customer Words</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__CUSTOMER_WORDS = eINSTANCE.getEngagement_CustomerWords();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__REASON = eINSTANCE.getEngagement_Reason();

		/**
		 * The meta object literal for the '<em><b>Urgency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__URGENCY = eINSTANCE.getEngagement_Urgency();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__STATE = eINSTANCE.getEngagement_State();

		/**
		 * The meta object literal for the '<em><b>Opened At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__OPENED_AT = eINSTANCE.getEngagement_OpenedAt();

		/**
		 * The meta object literal for the '<em><b>Closed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__CLOSED_AT = eINSTANCE.getEngagement_ClosedAt();

		/**
		 * The meta object literal for the '<em><b>Business Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__BUSINESS_UNIT = eINSTANCE.getEngagement_BusinessUnit();

		/**
		 * The meta object literal for the '<em><b>Product Line</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__PRODUCT_LINE = eINSTANCE.getEngagement_ProductLine();

		/**
		 * The meta object literal for the '<em><b>Criteria Agreed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__CRITERIA_AGREED_AT = eINSTANCE.getEngagement_CriteriaAgreedAt();

		/**
		 * The meta object literal for the '<em><b>Disengagement Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__DISENGAGEMENT_CRITERIA = eINSTANCE.getEngagement_DisengagementCriteria();

		/**
		 * The meta object literal for the '<em><b>Success Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__SUCCESS_CRITERIA = eINSTANCE.getEngagement_SuccessCriteria();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__STATUS = eINSTANCE.getEngagement_Status();

		/**
		 * The meta object literal for the '<em><b>Status Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENGAGEMENT__STATUS_RATIONALE = eINSTANCE.getEngagement_StatusRationale();

		/**
		 * The meta object literal for the '<em><b>Effort Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__EFFORT_ENTRIES = eINSTANCE.getEngagement_EffortEntries();

		/**
		 * The meta object literal for the '<em><b>Expenses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__EXPENSES = eINSTANCE.getEngagement_Expenses();

		/**
		 * The meta object literal for the '<em><b>Related Engagements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__RELATED_ENGAGEMENTS = eINSTANCE.getEngagement_RelatedEngagements();

		/**
		 * The meta object literal for the '<em><b>Escalations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__ESCALATIONS = eINSTANCE.getEngagement_Escalations();

		/**
		 * The meta object literal for the '<em><b>Situation Summary</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__SITUATION_SUMMARY = eINSTANCE.getEngagement_SituationSummary();

		/**
		 * The meta object literal for the '<em><b>Get Well Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__GET_WELL_PLAN = eINSTANCE.getEngagement_GetWellPlan();

		/**
		 * The meta object literal for the '<em><b>Communications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__COMMUNICATIONS = eINSTANCE.getEngagement_Communications();

		/**
		 * The meta object literal for the '<em><b>Notifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENGAGEMENT__NOTIFICATIONS = eINSTANCE.getEngagement_Notifications();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.CriterionImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__DESCRIPTION = eINSTANCE.getCriterion_Description();

		/**
		 * The meta object literal for the '<em><b>Met</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__MET = eINSTANCE.getCriterion_Met();

		/**
		 * The meta object literal for the '<em><b>Met At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__MET_AT = eINSTANCE.getCriterion_MetAt();

		/**
		 * The meta object literal for the '<em><b>Customer Confirmed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__CUSTOMER_CONFIRMED = eINSTANCE.getCriterion_CustomerConfirmed();

		/**
		 * The meta object literal for the '<em><b>Confirmed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__CONFIRMED_AT = eINSTANCE.getCriterion_ConfirmedAt();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.EffortEntryImpl <em>Effort Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.EffortEntryImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEffortEntry()
		 * @generated
		 */
		EClass EFFORT_ENTRY = eINSTANCE.getEffortEntry();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EFFORT_ENTRY__PERSON = eINSTANCE.getEffortEntry_Person();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFORT_ENTRY__DATE = eINSTANCE.getEffortEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFORT_ENTRY__HOURS = eINSTANCE.getEffortEntry_Hours();

		/**
		 * The meta object literal for the '<em><b>Hourly Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFORT_ENTRY__HOURLY_RATE = eINSTANCE.getEffortEntry_HourlyRate();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFORT_ENTRY__DESCRIPTION = eINSTANCE.getEffortEntry_Description();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.ExpenseImpl <em>Expense</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.ExpenseImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getExpense()
		 * @generated
		 */
		EClass EXPENSE = eINSTANCE.getExpense();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPENSE__DATE = eINSTANCE.getExpense_Date();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPENSE__AMOUNT = eINSTANCE.getExpense_Amount();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPENSE__CATEGORY = eINSTANCE.getExpense_Category();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPENSE__DESCRIPTION = eINSTANCE.getExpense_Description();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.EscalationImpl <em>Escalation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.EscalationImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEscalation()
		 * @generated
		 */
		EClass ESCALATION = eINSTANCE.getEscalation();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESCALATION__AREA = eINSTANCE.getEscalation_Area();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__REASON = eINSTANCE.getEscalation_Reason();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__DESCRIPTION = eINSTANCE.getEscalation_Description();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ESCALATION__STARTED_AT = eINSTANCE.getEscalation_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Attempts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ESCALATION__ATTEMPTS = eINSTANCE.getEscalation_Attempts();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.LadderAttemptImpl <em>Ladder Attempt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.LadderAttemptImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getLadderAttempt()
		 * @generated
		 */
		EClass LADDER_ATTEMPT = eINSTANCE.getLadderAttempt();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LADDER_ATTEMPT__LEVEL = eINSTANCE.getLadderAttempt_Level();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LADDER_ATTEMPT__PERSON = eINSTANCE.getLadderAttempt_Person();

		/**
		 * The meta object literal for the '<em><b>Substitute For</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LADDER_ATTEMPT__SUBSTITUTE_FOR = eINSTANCE.getLadderAttempt_SubstituteFor();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LADDER_ATTEMPT__CHANNEL = eINSTANCE.getLadderAttempt_Channel();

		/**
		 * The meta object literal for the '<em><b>Contacted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LADDER_ATTEMPT__CONTACTED_AT = eINSTANCE.getLadderAttempt_ContactedAt();

		/**
		 * The meta object literal for the '<em><b>Responded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LADDER_ATTEMPT__RESPONDED_AT = eINSTANCE.getLadderAttempt_RespondedAt();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LADDER_ATTEMPT__OUTCOME = eINSTANCE.getLadderAttempt_Outcome();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LADDER_ATTEMPT__NOTES = eINSTANCE.getLadderAttempt_Notes();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.SituationSummaryImpl <em>Situation Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.SituationSummaryImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getSituationSummary()
		 * @generated
		 */
		EClass SITUATION_SUMMARY = eINSTANCE.getSituationSummary();

		/**
		 * The meta object literal for the '<em><b>Executive Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITUATION_SUMMARY__EXECUTIVE_SUMMARY = eINSTANCE.getSituationSummary_ExecutiveSummary();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITUATION_SUMMARY__STATE = eINSTANCE.getSituationSummary_State();

		/**
		 * The meta object literal for the '<em><b>Reviewed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITUATION_SUMMARY__REVIEWED_AT = eINSTANCE.getSituationSummary_ReviewedAt();

		/**
		 * The meta object literal for the '<em><b>Reviewed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITUATION_SUMMARY__REVIEWED_BY = eINSTANCE.getSituationSummary_ReviewedBy();

		/**
		 * The meta object literal for the '<em><b>Chronology</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITUATION_SUMMARY__CHRONOLOGY = eINSTANCE.getSituationSummary_Chronology();

		/**
		 * The meta object literal for the '<em><b>Root Causes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITUATION_SUMMARY__ROOT_CAUSES = eINSTANCE.getSituationSummary_RootCauses();

		/**
		 * The meta object literal for the '<em><b>Contributing Factors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITUATION_SUMMARY__CONTRIBUTING_FACTORS = eINSTANCE.getSituationSummary_ContributingFactors();

		/**
		 * The meta object literal for the '<em><b>Action Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITUATION_SUMMARY__ACTION_ITEMS = eINSTANCE.getSituationSummary_ActionItems();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITUATION_SUMMARY__RECOMMENDATIONS = eINSTANCE.getSituationSummary_Recommendations();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.ChronologyEventImpl <em>Chronology Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.ChronologyEventImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getChronologyEvent()
		 * @generated
		 */
		EClass CHRONOLOGY_EVENT = eINSTANCE.getChronologyEvent();

		/**
		 * The meta object literal for the '<em><b>Occurred At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHRONOLOGY_EVENT__OCCURRED_AT = eINSTANCE.getChronologyEvent_OccurredAt();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHRONOLOGY_EVENT__DESCRIPTION = eINSTANCE.getChronologyEvent_Description();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHRONOLOGY_EVENT__SOURCE = eINSTANCE.getChronologyEvent_Source();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHRONOLOGY_EVENT__REFERENCE = eINSTANCE.getChronologyEvent_Reference();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.RootCauseImpl <em>Root Cause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.RootCauseImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRootCause()
		 * @generated
		 */
		EClass ROOT_CAUSE = eINSTANCE.getRootCause();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOT_CAUSE__DESCRIPTION = eINSTANCE.getRootCause_Description();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOT_CAUSE__CATEGORY = eINSTANCE.getRootCause_Category();

		/**
		 * The meta object literal for the '<em><b>Owning Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROOT_CAUSE__OWNING_AREA = eINSTANCE.getRootCause_OwningArea();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.ContributingFactorImpl <em>Contributing Factor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.ContributingFactorImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getContributingFactor()
		 * @generated
		 */
		EClass CONTRIBUTING_FACTOR = eINSTANCE.getContributingFactor();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTING_FACTOR__DESCRIPTION = eINSTANCE.getContributingFactor_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTING_FACTOR__OWNER = eINSTANCE.getContributingFactor_Owner();

		/**
		 * The meta object literal for the '<em><b>Swirl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTING_FACTOR__SWIRL = eINSTANCE.getContributingFactor_Swirl();

		/**
		 * The meta object literal for the '<em><b>Disclosed To Customer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRIBUTING_FACTOR__DISCLOSED_TO_CUSTOMER = eINSTANCE.getContributingFactor_DisclosedToCustomer();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.ActionItemImpl <em>Action Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.ActionItemImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getActionItem()
		 * @generated
		 */
		EClass ACTION_ITEM = eINSTANCE.getActionItem();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__DESCRIPTION = eINSTANCE.getActionItem_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_ITEM__OWNER = eINSTANCE.getActionItem_Owner();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__DUE = eINSTANCE.getActionItem_Due();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__STATUS = eINSTANCE.getActionItem_Status();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.RecommendationImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRecommendation()
		 * @generated
		 */
		EClass RECOMMENDATION = eINSTANCE.getRecommendation();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__DESCRIPTION = eINSTANCE.getRecommendation_Description();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__RATIONALE = eINSTANCE.getRecommendation_Rationale();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.GetWellPlanImpl <em>Get Well Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.GetWellPlanImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getGetWellPlan()
		 * @generated
		 */
		EClass GET_WELL_PLAN = eINSTANCE.getGetWellPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GET_WELL_PLAN__NAME = eINSTANCE.getGetWellPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GET_WELL_PLAN__SCOPE = eINSTANCE.getGetWellPlan_Scope();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GET_WELL_PLAN__OBJECTIVES = eINSTANCE.getGetWellPlan_Objectives();

		/**
		 * The meta object literal for the '<em><b>Out Of Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GET_WELL_PLAN__OUT_OF_SCOPE = eINSTANCE.getGetWellPlan_OutOfScope();

		/**
		 * The meta object literal for the '<em><b>Calendar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GET_WELL_PLAN__CALENDAR = eINSTANCE.getGetWellPlan_Calendar();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GET_WELL_PLAN__STATUS = eINSTANCE.getGetWellPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Status Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GET_WELL_PLAN__STATUS_RATIONALE = eINSTANCE.getGetWellPlan_StatusRationale();

		/**
		 * The meta object literal for the '<em><b>Published At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GET_WELL_PLAN__PUBLISHED_AT = eINSTANCE.getGetWellPlan_PublishedAt();

		/**
		 * The meta object literal for the '<em><b>Baselined At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GET_WELL_PLAN__BASELINED_AT = eINSTANCE.getGetWellPlan_BaselinedAt();

		/**
		 * The meta object literal for the '<em><b>Stakeholders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GET_WELL_PLAN__STAKEHOLDERS = eINSTANCE.getGetWellPlan_Stakeholders();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GET_WELL_PLAN__RISKS = eINSTANCE.getGetWellPlan_Risks();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GET_WELL_PLAN__ASSUMPTIONS = eINSTANCE.getGetWellPlan_Assumptions();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GET_WELL_PLAN__PHASES = eINSTANCE.getGetWellPlan_Phases();

		/**
		 * The meta object literal for the '<em><b>Status Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GET_WELL_PLAN__STATUS_MEETINGS = eINSTANCE.getGetWellPlan_StatusMeetings();

		/**
		 * The meta object literal for the '<em><b>Status Meeting Schedule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GET_WELL_PLAN__STATUS_MEETING_SCHEDULE = eINSTANCE.getGetWellPlan_StatusMeetingSchedule();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.StakeholderImpl <em>Stakeholder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.StakeholderImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getStakeholder()
		 * @generated
		 */
		EClass STAKEHOLDER = eINSTANCE.getStakeholder();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__NAME = eINSTANCE.getStakeholder_Name();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAKEHOLDER__PERSON = eINSTANCE.getStakeholder_Person();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAKEHOLDER__ROLE = eINSTANCE.getStakeholder_Role();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.RiskImpl <em>Risk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.RiskImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRisk()
		 * @generated
		 */
		EClass RISK = eINSTANCE.getRisk();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__DESCRIPTION = eINSTANCE.getRisk_Description();

		/**
		 * The meta object literal for the '<em><b>Likelihood</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__LIKELIHOOD = eINSTANCE.getRisk_Likelihood();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__IMPACT = eINSTANCE.getRisk_Impact();

		/**
		 * The meta object literal for the '<em><b>Mitigation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__MITIGATION = eINSTANCE.getRisk_Mitigation();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__OWNER = eINSTANCE.getRisk_Owner();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.AssumptionImpl <em>Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.AssumptionImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAssumption()
		 * @generated
		 */
		EClass ASSUMPTION = eINSTANCE.getAssumption();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSUMPTION__DESCRIPTION = eINSTANCE.getAssumption_Description();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.PhaseOfValueImpl <em>Phase Of Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.PhaseOfValueImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getPhaseOfValue()
		 * @generated
		 */
		EClass PHASE_OF_VALUE = eINSTANCE.getPhaseOfValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_OF_VALUE__NAME = eINSTANCE.getPhaseOfValue_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE_OF_VALUE__DESCRIPTION = eINSTANCE.getPhaseOfValue_Description();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PHASE_OF_VALUE__TASKS = eINSTANCE.getPhaseOfValue_Tasks();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.PlanTaskImpl <em>Plan Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.PlanTaskImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getPlanTask()
		 * @generated
		 */
		EClass PLAN_TASK = eINSTANCE.getPlanTask();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__NAME = eINSTANCE.getPlanTask_Name();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_TASK__OWNER = eINSTANCE.getPlanTask_Owner();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__START = eINSTANCE.getPlanTask_Start();

		/**
		 * The meta object literal for the '<em><b>Duration Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__DURATION_DAYS = eINSTANCE.getPlanTask_DurationDays();

		/**
		 * The meta object literal for the '<em><b>Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__FINISH = eINSTANCE.getPlanTask_Finish();

		/**
		 * The meta object literal for the '<em><b>Percent Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__PERCENT_COMPLETE = eINSTANCE.getPlanTask_PercentComplete();

		/**
		 * The meta object literal for the '<em><b>Milestone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__MILESTONE = eINSTANCE.getPlanTask_Milestone();

		/**
		 * The meta object literal for the '<em><b>Commitment Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__COMMITMENT_DATE = eINSTANCE.getPlanTask_CommitmentDate();

		/**
		 * The meta object literal for the '<em><b>Caveats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__CAVEATS = eINSTANCE.getPlanTask_Caveats();

		/**
		 * The meta object literal for the '<em><b>Prerequisites</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__PREREQUISITES = eINSTANCE.getPlanTask_Prerequisites();

		/**
		 * The meta object literal for the '<em><b>Baseline Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__BASELINE_START = eINSTANCE.getPlanTask_BaselineStart();

		/**
		 * The meta object literal for the '<em><b>Baseline Finish</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_TASK__BASELINE_FINISH = eINSTANCE.getPlanTask_BaselineFinish();

		/**
		 * The meta object literal for the '<em><b>Dependencies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_TASK__DEPENDENCIES = eINSTANCE.getPlanTask_Dependencies();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.TaskDependencyImpl <em>Task Dependency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.TaskDependencyImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getTaskDependency()
		 * @generated
		 */
		EClass TASK_DEPENDENCY = eINSTANCE.getTaskDependency();

		/**
		 * The meta object literal for the '<em><b>Predecessor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK_DEPENDENCY__PREDECESSOR = eINSTANCE.getTaskDependency_Predecessor();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_DEPENDENCY__TYPE = eINSTANCE.getTaskDependency_Type();

		/**
		 * The meta object literal for the '<em><b>Lag Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_DEPENDENCY__LAG_DAYS = eINSTANCE.getTaskDependency_LagDays();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.StatusMeetingImpl <em>Status Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.StatusMeetingImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getStatusMeeting()
		 * @generated
		 */
		EClass STATUS_MEETING = eINSTANCE.getStatusMeeting();

		/**
		 * The meta object literal for the '<em><b>Held On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_MEETING__HELD_ON = eINSTANCE.getStatusMeeting_HeldOn();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS_MEETING__ATTENDEES = eINSTANCE.getStatusMeeting_Attendees();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_MEETING__COLOUR = eINSTANCE.getStatusMeeting_Colour();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_MEETING__NOTES = eINSTANCE.getStatusMeeting_Notes();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.CustomerCommunicationImpl <em>Customer Communication</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.CustomerCommunicationImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCustomerCommunication()
		 * @generated
		 */
		EClass CUSTOMER_COMMUNICATION = eINSTANCE.getCustomerCommunication();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__CREATED_AT = eINSTANCE.getCustomerCommunication_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Sent At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__SENT_AT = eINSTANCE.getCustomerCommunication_SentAt();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_COMMUNICATION__AUTHOR = eINSTANCE.getCustomerCommunication_Author();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__AUDIENCE = eINSTANCE.getCustomerCommunication_Audience();

		/**
		 * The meta object literal for the '<em><b>Recipients</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_COMMUNICATION__RECIPIENTS = eINSTANCE.getCustomerCommunication_Recipients();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__CHANNEL = eINSTANCE.getCustomerCommunication_Channel();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__SUBJECT = eINSTANCE.getCustomerCommunication_Subject();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__SUMMARY = eINSTANCE.getCustomerCommunication_Summary();

		/**
		 * The meta object literal for the '<em><b>Next Update Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE = eINSTANCE.getCustomerCommunication_NextUpdateDue();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__STATE = eINSTANCE.getCustomerCommunication_State();

		/**
		 * The meta object literal for the '<em><b>Emotionally Charged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED = eINSTANCE
				.getCustomerCommunication_EmotionallyCharged();

		/**
		 * The meta object literal for the '<em><b>Hold Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_COMMUNICATION__HOLD_UNTIL = eINSTANCE.getCustomerCommunication_HoldUntil();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.ManagementReviewImpl <em>Management Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.ManagementReviewImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getManagementReview()
		 * @generated
		 */
		EClass MANAGEMENT_REVIEW = eINSTANCE.getManagementReview();

		/**
		 * The meta object literal for the '<em><b>Held On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_REVIEW__HELD_ON = eINSTANCE.getManagementReview_HeldOn();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_REVIEW__ATTENDEES = eINSTANCE.getManagementReview_Attendees();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MANAGEMENT_REVIEW__NOTES = eINSTANCE.getManagementReview_Notes();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_REVIEW__ITEMS = eINSTANCE.getManagementReview_Items();

		/**
		 * The meta object literal for the '<em><b>Commitments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MANAGEMENT_REVIEW__COMMITMENTS = eINSTANCE.getManagementReview_Commitments();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.ReviewItemImpl <em>Review Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.ReviewItemImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getReviewItem()
		 * @generated
		 */
		EClass REVIEW_ITEM = eINSTANCE.getReviewItem();

		/**
		 * The meta object literal for the '<em><b>Engagement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_ITEM__ENGAGEMENT = eINSTANCE.getReviewItem_Engagement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_ITEM__KIND = eINSTANCE.getReviewItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_ITEM__NOTES = eINSTANCE.getReviewItem_Notes();

		/**
		 * The meta object literal for the '<em><b>Closure Confirmed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_ITEM__CLOSURE_CONFIRMED = eINSTANCE.getReviewItem_ClosureConfirmed();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.RootCauseCommitmentImpl <em>Root Cause Commitment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.RootCauseCommitmentImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRootCauseCommitment()
		 * @generated
		 */
		EClass ROOT_CAUSE_COMMITMENT = eINSTANCE.getRootCauseCommitment();

		/**
		 * The meta object literal for the '<em><b>Root Causes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROOT_CAUSE_COMMITMENT__ROOT_CAUSES = eINSTANCE.getRootCauseCommitment_RootCauses();

		/**
		 * The meta object literal for the '<em><b>Accountable Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER = eINSTANCE.getRootCauseCommitment_AccountableManager();

		/**
		 * The meta object literal for the '<em><b>Commitment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOT_CAUSE_COMMITMENT__COMMITMENT = eINSTANCE.getRootCauseCommitment_Commitment();

		/**
		 * The meta object literal for the '<em><b>Promised Update On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON = eINSTANCE.getRootCauseCommitment_PromisedUpdateOn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOT_CAUSE_COMMITMENT__STATUS = eINSTANCE.getRootCauseCommitment_Status();

		/**
		 * The meta object literal for the '<em><b>Last Update</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROOT_CAUSE_COMMITMENT__LAST_UPDATE = eINSTANCE.getRootCauseCommitment_LastUpdate();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.NotificationRecordImpl <em>Notification Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.NotificationRecordImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getNotificationRecord()
		 * @generated
		 */
		EClass NOTIFICATION_RECORD = eINSTANCE.getNotificationRecord();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_RECORD__KIND = eINSTANCE.getNotificationRecord_Kind();

		/**
		 * The meta object literal for the '<em><b>Dedupe Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_RECORD__DEDUPE_KEY = eINSTANCE.getNotificationRecord_DedupeKey();

		/**
		 * The meta object literal for the '<em><b>Recipients</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_RECORD__RECIPIENTS = eINSTANCE.getNotificationRecord_Recipients();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_RECORD__SUBJECT = eINSTANCE.getNotificationRecord_Subject();

		/**
		 * The meta object literal for the '<em><b>Message Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_RECORD__MESSAGE_ID = eINSTANCE.getNotificationRecord_MessageId();

		/**
		 * The meta object literal for the '<em><b>Accepted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_RECORD__ACCEPTED_AT = eINSTANCE.getNotificationRecord_AcceptedAt();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.NotificationSettingsImpl <em>Notification Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.NotificationSettingsImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getNotificationSettings()
		 * @generated
		 */
		EClass NOTIFICATION_SETTINGS = eINSTANCE.getNotificationSettings();

		/**
		 * The meta object literal for the '<em><b>Smtp Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_SETTINGS__SMTP_HOST = eINSTANCE.getNotificationSettings_SmtpHost();

		/**
		 * The meta object literal for the '<em><b>Smtp Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_SETTINGS__SMTP_PORT = eINSTANCE.getNotificationSettings_SmtpPort();

		/**
		 * The meta object literal for the '<em><b>Security</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_SETTINGS__SECURITY = eINSTANCE.getNotificationSettings_Security();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_SETTINGS__USERNAME = eINSTANCE.getNotificationSettings_Username();

		/**
		 * The meta object literal for the '<em><b>From Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_SETTINGS__FROM_ADDRESS = eINSTANCE.getNotificationSettings_FromAddress();

		/**
		 * The meta object literal for the '<em><b>From Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTIFICATION_SETTINGS__FROM_NAME = eINSTANCE.getNotificationSettings_FromName();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.impl.MeetingScheduleImpl <em>Meeting Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.impl.MeetingScheduleImpl
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getMeetingSchedule()
		 * @generated
		 */
		EClass MEETING_SCHEDULE = eINSTANCE.getMeetingSchedule();

		/**
		 * The meta object literal for the '<em><b>First Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SCHEDULE__FIRST_START = eINSTANCE.getMeetingSchedule_FirstStart();

		/**
		 * The meta object literal for the '<em><b>Duration Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SCHEDULE__DURATION_MINUTES = eINSTANCE.getMeetingSchedule_DurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SCHEDULE__TIME_ZONE = eINSTANCE.getMeetingSchedule_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Repeat Every Weeks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SCHEDULE__REPEAT_EVERY_WEEKS = eINSTANCE.getMeetingSchedule_RepeatEveryWeeks();

		/**
		 * The meta object literal for the '<em><b>Repeat Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SCHEDULE__REPEAT_UNTIL = eINSTANCE.getMeetingSchedule_RepeatUntil();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SCHEDULE__LOCATION = eINSTANCE.getMeetingSchedule_Location();

		/**
		 * The meta object literal for the '<em><b>Organizer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_SCHEDULE__ORGANIZER = eINSTANCE.getMeetingSchedule_Organizer();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_SCHEDULE__ATTENDEES = eINSTANCE.getMeetingSchedule_Attendees();

		/**
		 * The meta object literal for the '<em><b>Customer Attendees</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING_SCHEDULE__CUSTOMER_ATTENDEES = eINSTANCE.getMeetingSchedule_CustomerAttendees();

		/**
		 * The meta object literal for the '<em><b>Cancelled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING_SCHEDULE__CANCELLED = eINSTANCE.getMeetingSchedule_Cancelled();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.AdvocacyLevel <em>Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.AdvocacyLevel
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAdvocacyLevel()
		 * @generated
		 */
		EEnum ADVOCACY_LEVEL = eINSTANCE.getAdvocacyLevel();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.AdvocacyOffering <em>Offering</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.AdvocacyOffering
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAdvocacyOffering()
		 * @generated
		 */
		EEnum ADVOCACY_OFFERING = eINSTANCE.getAdvocacyOffering();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.Urgency <em>Urgency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.Urgency
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getUrgency()
		 * @generated
		 */
		EEnum URGENCY = eINSTANCE.getUrgency();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.Audience <em>Audience</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.Audience
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAudience()
		 * @generated
		 */
		EEnum AUDIENCE = eINSTANCE.getAudience();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.AreaKind <em>Area Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.AreaKind
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAreaKind()
		 * @generated
		 */
		EEnum AREA_KIND = eINSTANCE.getAreaKind();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.EscalationLevel <em>Escalation Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.EscalationLevel
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEscalationLevel()
		 * @generated
		 */
		EEnum ESCALATION_LEVEL = eINSTANCE.getEscalationLevel();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.ContactChannel <em>Contact Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.ContactChannel
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getContactChannel()
		 * @generated
		 */
		EEnum CONTACT_CHANNEL = eINSTANCE.getContactChannel();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.Weekday <em>Weekday</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.Weekday
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getWeekday()
		 * @generated
		 */
		EEnum WEEKDAY = eINSTANCE.getWeekday();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.EngagementTrigger <em>Engagement Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.EngagementTrigger
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEngagementTrigger()
		 * @generated
		 */
		EEnum ENGAGEMENT_TRIGGER = eINSTANCE.getEngagementTrigger();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.EngagementState <em>Engagement State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.EngagementState
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEngagementState()
		 * @generated
		 */
		EEnum ENGAGEMENT_STATE = eINSTANCE.getEngagementState();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.StatusColour <em>Status Colour</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.StatusColour
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getStatusColour()
		 * @generated
		 */
		EEnum STATUS_COLOUR = eINSTANCE.getStatusColour();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.EscalationReason <em>Escalation Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.EscalationReason
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEscalationReason()
		 * @generated
		 */
		EEnum ESCALATION_REASON = eINSTANCE.getEscalationReason();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.AttemptOutcome <em>Attempt Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.AttemptOutcome
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getAttemptOutcome()
		 * @generated
		 */
		EEnum ATTEMPT_OUTCOME = eINSTANCE.getAttemptOutcome();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.SummaryState <em>Summary State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.SummaryState
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getSummaryState()
		 * @generated
		 */
		EEnum SUMMARY_STATE = eINSTANCE.getSummaryState();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.EvidenceKind <em>Evidence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.EvidenceKind
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getEvidenceKind()
		 * @generated
		 */
		EEnum EVIDENCE_KIND = eINSTANCE.getEvidenceKind();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.RootCauseCategory <em>Root Cause Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.RootCauseCategory
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRootCauseCategory()
		 * @generated
		 */
		EEnum ROOT_CAUSE_CATEGORY = eINSTANCE.getRootCauseCategory();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.FactorOwner <em>Factor Owner</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.FactorOwner
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getFactorOwner()
		 * @generated
		 */
		EEnum FACTOR_OWNER = eINSTANCE.getFactorOwner();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.ActionStatus
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.StakeholderRole <em>Stakeholder Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.StakeholderRole
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getStakeholderRole()
		 * @generated
		 */
		EEnum STAKEHOLDER_ROLE = eINSTANCE.getStakeholderRole();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.RiskLevel <em>Risk Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.RiskLevel
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getRiskLevel()
		 * @generated
		 */
		EEnum RISK_LEVEL = eINSTANCE.getRiskLevel();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.DependencyType <em>Dependency Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.DependencyType
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getDependencyType()
		 * @generated
		 */
		EEnum DEPENDENCY_TYPE = eINSTANCE.getDependencyType();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.CommunicationChannel <em>Communication Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.CommunicationChannel
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCommunicationChannel()
		 * @generated
		 */
		EEnum COMMUNICATION_CHANNEL = eINSTANCE.getCommunicationChannel();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.CommunicationState <em>Communication State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.CommunicationState
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCommunicationState()
		 * @generated
		 */
		EEnum COMMUNICATION_STATE = eINSTANCE.getCommunicationState();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.ReviewItemKind <em>Review Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.ReviewItemKind
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getReviewItemKind()
		 * @generated
		 */
		EEnum REVIEW_ITEM_KIND = eINSTANCE.getReviewItemKind();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.CommitmentStatus <em>Commitment Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.CommitmentStatus
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getCommitmentStatus()
		 * @generated
		 */
		EEnum COMMITMENT_STATUS = eINSTANCE.getCommitmentStatus();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.NotificationKind <em>Notification Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.NotificationKind
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getNotificationKind()
		 * @generated
		 */
		EEnum NOTIFICATION_KIND = eINSTANCE.getNotificationKind();

		/**
		 * The meta object literal for the '{@link org.advocacy.model.SmtpSecurity <em>Smtp Security</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.advocacy.model.SmtpSecurity
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getSmtpSecurity()
		 * @generated
		 */
		EEnum SMTP_SECURITY = eINSTANCE.getSmtpSecurity();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Local Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalTime
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getLocalTime()
		 * @generated
		 */
		EDataType LOCAL_TIME = eINSTANCE.getLocalTime();

		/**
		 * The meta object literal for the '<em>Zone Id</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.ZoneId
		 * @see org.advocacy.model.impl.AdvocacyPackageImpl#getZoneId()
		 * @generated
		 */
		EDataType ZONE_ID = eINSTANCE.getZoneId();

	}

} //AdvocacyPackage
