/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Repository</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an advocacy workbench file: reference data, the organization, engagements and management reviews.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getBusinessUnits <em>Business Units</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getProductLines <em>Product Lines</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getReasons <em>Reasons</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getDefaultTargets <em>Default Targets</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getEngagements <em>Engagements</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getNotificationSettings <em>Notification Settings</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getReviewSchedule <em>Review Schedule</em>}</li>
 *   <li>{@link org.advocacy.model.AdvocacyRepository#getNotifications <em>Notifications</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository()
 * @model
 * @generated
 */
public interface AdvocacyRepository extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of this repository, e.g. the company or region it serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.AdvocacyRepository#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.CustomerSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer segments, each with its level of advocacy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerSegment> getSegments();

	/**
	 * Returns the value of the '<em><b>Customers</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customers</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_Customers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Customer> getCustomers();

	/**
	 * Returns the value of the '<em><b>Business Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.BusinessUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business units of the company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Units</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_BusinessUnits()
	 * @model containment="true"
	 * @generated
	 */
	EList<BusinessUnit> getBusinessUnits();

	/**
	 * Returns the value of the '<em><b>Product Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ProductLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product lines of the company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Lines</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_ProductLines()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProductLine> getProductLines();

	/**
	 * Returns the value of the '<em><b>Reasons</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.EngagementReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reasons for engagement used to classify engagements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reasons</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_Reasons()
	 * @model containment="true"
	 * @generated
	 */
	EList<EngagementReason> getReasons();

	/**
	 * Returns the value of the '<em><b>Default Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ServiceTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service targets used, per urgency, when a customer's segment defines none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Targets</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_DefaultTargets()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceTarget> getDefaultTargets();

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The company's organization: functional areas, people and calendars.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organization</em>' containment reference.
	 * @see #setOrganization(Organization)
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_Organization()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link org.advocacy.model.AdvocacyRepository#getOrganization <em>Organization</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' containment reference.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Engagements</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Engagement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All engagements, open and closed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engagements</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_Engagements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Engagement> getEngagements();

	/**
	 * Returns the value of the '<em><b>Reviews</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ManagementReview}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The internal management reviews.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviews</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_Reviews()
	 * @model containment="true"
	 * @generated
	 */
	EList<ManagementReview> getReviews();

	/**
	 * Returns the value of the '<em><b>Notification Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How notifications leave the tool: the mail server, the sender and how the connection is secured. Secrets (the mail password, a chat webhook address) are never stored in the repository.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notification Settings</em>' containment reference.
	 * @see #setNotificationSettings(NotificationSettings)
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_NotificationSettings()
	 * @model containment="true"
	 * @generated
	 */
	NotificationSettings getNotificationSettings();

	/**
	 * Sets the value of the '{@link org.advocacy.model.AdvocacyRepository#getNotificationSettings <em>Notification Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notification Settings</em>' containment reference.
	 * @see #getNotificationSettings()
	 * @generated
	 */
	void setNotificationSettings(NotificationSettings value);

	/**
	 * Returns the value of the '<em><b>Review Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the weekly management review meets, for its calendar invitations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Schedule</em>' containment reference.
	 * @see #setReviewSchedule(MeetingSchedule)
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_ReviewSchedule()
	 * @model containment="true"
	 * @generated
	 */
	MeetingSchedule getReviewSchedule();

	/**
	 * Sets the value of the '{@link org.advocacy.model.AdvocacyRepository#getReviewSchedule <em>Review Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Schedule</em>' containment reference.
	 * @see #getReviewSchedule()
	 * @generated
	 */
	void setReviewSchedule(MeetingSchedule value);

	/**
	 * Returns the value of the '<em><b>Notifications</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.NotificationRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notifications sent that are not about one engagement, such as reminders of root-cause commitments and management review invitations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notifications</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyRepository_Notifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<NotificationRecord> getNotifications();

} // AdvocacyRepository
