/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.NotificationRecord;
import org.advocacy.model.NotificationSettings;
import org.advocacy.model.Organization;
import org.advocacy.model.ProductLine;
import org.advocacy.model.ServiceTarget;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Repository</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getBusinessUnits <em>Business Units</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getProductLines <em>Product Lines</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getReasons <em>Reasons</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getDefaultTargets <em>Default Targets</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getEngagements <em>Engagements</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getReviews <em>Reviews</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getNotificationSettings <em>Notification Settings</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getReviewSchedule <em>Review Schedule</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AdvocacyRepositoryImpl#getNotifications <em>Notifications</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdvocacyRepositoryImpl extends MinimalEObjectImpl.Container implements AdvocacyRepository {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerSegment> segments;

	/**
	 * The cached value of the '{@link #getCustomers() <em>Customers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> customers;

	/**
	 * The cached value of the '{@link #getBusinessUnits() <em>Business Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessUnit> businessUnits;

	/**
	 * The cached value of the '{@link #getProductLines() <em>Product Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductLines()
	 * @generated
	 * @ordered
	 */
	protected EList<ProductLine> productLines;

	/**
	 * The cached value of the '{@link #getReasons() <em>Reasons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasons()
	 * @generated
	 * @ordered
	 */
	protected EList<EngagementReason> reasons;

	/**
	 * The cached value of the '{@link #getDefaultTargets() <em>Default Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceTarget> defaultTargets;

	/**
	 * The cached value of the '{@link #getOrganization() <em>Organization</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization organization;

	/**
	 * The cached value of the '{@link #getEngagements() <em>Engagements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngagements()
	 * @generated
	 * @ordered
	 */
	protected EList<Engagement> engagements;

	/**
	 * The cached value of the '{@link #getReviews() <em>Reviews</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviews()
	 * @generated
	 * @ordered
	 */
	protected EList<ManagementReview> reviews;

	/**
	 * The cached value of the '{@link #getNotificationSettings() <em>Notification Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotificationSettings()
	 * @generated
	 * @ordered
	 */
	protected NotificationSettings notificationSettings;

	/**
	 * The cached value of the '{@link #getReviewSchedule() <em>Review Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewSchedule()
	 * @generated
	 * @ordered
	 */
	protected MeetingSchedule reviewSchedule;

	/**
	 * The cached value of the '{@link #getNotifications() <em>Notifications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotifications()
	 * @generated
	 * @ordered
	 */
	protected EList<NotificationRecord> notifications;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdvocacyRepositoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.ADVOCACY_REPOSITORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ADVOCACY_REPOSITORY__NAME, oldName,
					name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerSegment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<CustomerSegment>(CustomerSegment.class, this,
					AdvocacyPackage.ADVOCACY_REPOSITORY__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getCustomers() {
		if (customers == null) {
			customers = new EObjectContainmentEList<Customer>(Customer.class, this,
					AdvocacyPackage.ADVOCACY_REPOSITORY__CUSTOMERS);
		}
		return customers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessUnit> getBusinessUnits() {
		if (businessUnits == null) {
			businessUnits = new EObjectContainmentEList<BusinessUnit>(BusinessUnit.class, this,
					AdvocacyPackage.ADVOCACY_REPOSITORY__BUSINESS_UNITS);
		}
		return businessUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProductLine> getProductLines() {
		if (productLines == null) {
			productLines = new EObjectContainmentEList<ProductLine>(ProductLine.class, this,
					AdvocacyPackage.ADVOCACY_REPOSITORY__PRODUCT_LINES);
		}
		return productLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EngagementReason> getReasons() {
		if (reasons == null) {
			reasons = new EObjectContainmentEList<EngagementReason>(EngagementReason.class, this,
					AdvocacyPackage.ADVOCACY_REPOSITORY__REASONS);
		}
		return reasons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceTarget> getDefaultTargets() {
		if (defaultTargets == null) {
			defaultTargets = new EObjectContainmentEList<ServiceTarget>(ServiceTarget.class, this,
					AdvocacyPackage.ADVOCACY_REPOSITORY__DEFAULT_TARGETS);
		}
		return defaultTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOrganization() {
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOrganization(Organization newOrganization, NotificationChain msgs) {
		Organization oldOrganization = organization;
		organization = newOrganization;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION, oldOrganization, newOrganization);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganization(Organization newOrganization) {
		if (newOrganization != organization) {
			NotificationChain msgs = null;
			if (organization != null)
				msgs = ((InternalEObject) organization).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION, null, msgs);
			if (newOrganization != null)
				msgs = ((InternalEObject) newOrganization).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION, null, msgs);
			msgs = basicSetOrganization(newOrganization, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION,
					newOrganization, newOrganization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Engagement> getEngagements() {
		if (engagements == null) {
			engagements = new EObjectContainmentEList<Engagement>(Engagement.class, this,
					AdvocacyPackage.ADVOCACY_REPOSITORY__ENGAGEMENTS);
		}
		return engagements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ManagementReview> getReviews() {
		if (reviews == null) {
			reviews = new EObjectContainmentEList<ManagementReview>(ManagementReview.class, this,
					AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEWS);
		}
		return reviews;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationSettings getNotificationSettings() {
		return notificationSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNotificationSettings(NotificationSettings newNotificationSettings,
			NotificationChain msgs) {
		NotificationSettings oldNotificationSettings = notificationSettings;
		notificationSettings = newNotificationSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS, oldNotificationSettings,
					newNotificationSettings);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotificationSettings(NotificationSettings newNotificationSettings) {
		if (newNotificationSettings != notificationSettings) {
			NotificationChain msgs = null;
			if (notificationSettings != null)
				msgs = ((InternalEObject) notificationSettings).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS, null,
						msgs);
			if (newNotificationSettings != null)
				msgs = ((InternalEObject) newNotificationSettings).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS, null,
						msgs);
			msgs = basicSetNotificationSettings(newNotificationSettings, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS, newNotificationSettings,
					newNotificationSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingSchedule getReviewSchedule() {
		return reviewSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReviewSchedule(MeetingSchedule newReviewSchedule, NotificationChain msgs) {
		MeetingSchedule oldReviewSchedule = reviewSchedule;
		reviewSchedule = newReviewSchedule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE, oldReviewSchedule, newReviewSchedule);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewSchedule(MeetingSchedule newReviewSchedule) {
		if (newReviewSchedule != reviewSchedule) {
			NotificationChain msgs = null;
			if (reviewSchedule != null)
				msgs = ((InternalEObject) reviewSchedule).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE, null, msgs);
			if (newReviewSchedule != null)
				msgs = ((InternalEObject) newReviewSchedule).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE, null, msgs);
			msgs = basicSetReviewSchedule(newReviewSchedule, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE,
					newReviewSchedule, newReviewSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NotificationRecord> getNotifications() {
		if (notifications == null) {
			notifications = new EObjectContainmentEList<NotificationRecord>(NotificationRecord.class, this,
					AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATIONS);
		}
		return notifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.ADVOCACY_REPOSITORY__SEGMENTS:
			return ((InternalEList<?>) getSegments()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__CUSTOMERS:
			return ((InternalEList<?>) getCustomers()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__BUSINESS_UNITS:
			return ((InternalEList<?>) getBusinessUnits()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__PRODUCT_LINES:
			return ((InternalEList<?>) getProductLines()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REASONS:
			return ((InternalEList<?>) getReasons()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__DEFAULT_TARGETS:
			return ((InternalEList<?>) getDefaultTargets()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION:
			return basicSetOrganization(null, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ENGAGEMENTS:
			return ((InternalEList<?>) getEngagements()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEWS:
			return ((InternalEList<?>) getReviews()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS:
			return basicSetNotificationSettings(null, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE:
			return basicSetReviewSchedule(null, msgs);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATIONS:
			return ((InternalEList<?>) getNotifications()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NAME:
			return getName();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__SEGMENTS:
			return getSegments();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__CUSTOMERS:
			return getCustomers();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__BUSINESS_UNITS:
			return getBusinessUnits();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__PRODUCT_LINES:
			return getProductLines();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REASONS:
			return getReasons();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__DEFAULT_TARGETS:
			return getDefaultTargets();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION:
			return getOrganization();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ENGAGEMENTS:
			return getEngagements();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEWS:
			return getReviews();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS:
			return getNotificationSettings();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE:
			return getReviewSchedule();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATIONS:
			return getNotifications();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__SEGMENTS:
			getSegments().clear();
			getSegments().addAll((Collection<? extends CustomerSegment>) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__CUSTOMERS:
			getCustomers().clear();
			getCustomers().addAll((Collection<? extends Customer>) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__BUSINESS_UNITS:
			getBusinessUnits().clear();
			getBusinessUnits().addAll((Collection<? extends BusinessUnit>) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__PRODUCT_LINES:
			getProductLines().clear();
			getProductLines().addAll((Collection<? extends ProductLine>) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REASONS:
			getReasons().clear();
			getReasons().addAll((Collection<? extends EngagementReason>) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__DEFAULT_TARGETS:
			getDefaultTargets().clear();
			getDefaultTargets().addAll((Collection<? extends ServiceTarget>) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION:
			setOrganization((Organization) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ENGAGEMENTS:
			getEngagements().clear();
			getEngagements().addAll((Collection<? extends Engagement>) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEWS:
			getReviews().clear();
			getReviews().addAll((Collection<? extends ManagementReview>) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS:
			setNotificationSettings((NotificationSettings) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE:
			setReviewSchedule((MeetingSchedule) newValue);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATIONS:
			getNotifications().clear();
			getNotifications().addAll((Collection<? extends NotificationRecord>) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__SEGMENTS:
			getSegments().clear();
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__CUSTOMERS:
			getCustomers().clear();
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__BUSINESS_UNITS:
			getBusinessUnits().clear();
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__PRODUCT_LINES:
			getProductLines().clear();
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REASONS:
			getReasons().clear();
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__DEFAULT_TARGETS:
			getDefaultTargets().clear();
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION:
			setOrganization((Organization) null);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ENGAGEMENTS:
			getEngagements().clear();
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEWS:
			getReviews().clear();
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS:
			setNotificationSettings((NotificationSettings) null);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE:
			setReviewSchedule((MeetingSchedule) null);
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATIONS:
			getNotifications().clear();
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.ADVOCACY_REPOSITORY__SEGMENTS:
			return segments != null && !segments.isEmpty();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__CUSTOMERS:
			return customers != null && !customers.isEmpty();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__BUSINESS_UNITS:
			return businessUnits != null && !businessUnits.isEmpty();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__PRODUCT_LINES:
			return productLines != null && !productLines.isEmpty();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REASONS:
			return reasons != null && !reasons.isEmpty();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__DEFAULT_TARGETS:
			return defaultTargets != null && !defaultTargets.isEmpty();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION:
			return organization != null;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ENGAGEMENTS:
			return engagements != null && !engagements.isEmpty();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEWS:
			return reviews != null && !reviews.isEmpty();
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS:
			return notificationSettings != null;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE:
			return reviewSchedule != null;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATIONS:
			return notifications != null && !notifications.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //AdvocacyRepositoryImpl
