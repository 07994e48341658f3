/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EngagementTrigger;
import org.advocacy.model.Escalation;
import org.advocacy.model.Expense;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.NotificationRecord;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.StatusColour;
import org.advocacy.model.Urgency;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Engagement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getAdvocate <em>Advocate</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getCustomerWords <em>Customer Words</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getState <em>State</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getBusinessUnit <em>Business Unit</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getProductLine <em>Product Line</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getCriteriaAgreedAt <em>Criteria Agreed At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getDisengagementCriteria <em>Disengagement Criteria</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getSuccessCriteria <em>Success Criteria</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getStatusRationale <em>Status Rationale</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getEffortEntries <em>Effort Entries</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getExpenses <em>Expenses</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getRelatedEngagements <em>Related Engagements</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getEscalations <em>Escalations</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getSituationSummary <em>Situation Summary</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getGetWellPlan <em>Get Well Plan</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getCommunications <em>Communications</em>}</li>
 *   <li>{@link org.advocacy.model.impl.EngagementImpl#getNotifications <em>Notifications</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EngagementImpl extends MinimalEObjectImpl.Container implements Engagement {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomer() <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomer()
	 * @generated
	 * @ordered
	 */
	protected Customer customer;

	/**
	 * The cached value of the '{@link #getAdvocate() <em>Advocate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvocate()
	 * @generated
	 * @ordered
	 */
	protected Person advocate;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> team;

	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final EngagementTrigger TRIGGER_EDEFAULT = EngagementTrigger.EMPLOYEE_OBSERVATION;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected EngagementTrigger trigger = TRIGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerWords() <em>Customer Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerWords()
	 * @generated
	 * @ordered
	 */
	protected static final String CUSTOMER_WORDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerWords() <em>Customer Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerWords()
	 * @generated
	 * @ordered
	 */
	protected String customerWords = CUSTOMER_WORDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected EngagementReason reason;

	/**
	 * The default value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected static final Urgency URGENCY_EDEFAULT = Urgency.URGENT_24X7;

	/**
	 * The cached value of the '{@link #getUrgency() <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrgency()
	 * @generated
	 * @ordered
	 */
	protected Urgency urgency = URGENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final EngagementState STATE_EDEFAULT = EngagementState.REQUESTED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected EngagementState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedAt() <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant OPENED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedAt() <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant openedAt = OPENED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CLOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant closedAt = CLOSED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBusinessUnit() <em>Business Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected BusinessUnit businessUnit;

	/**
	 * The cached value of the '{@link #getProductLine() <em>Product Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductLine()
	 * @generated
	 * @ordered
	 */
	protected ProductLine productLine;

	/**
	 * The default value of the '{@link #getCriteriaAgreedAt() <em>Criteria Agreed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteriaAgreedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CRITERIA_AGREED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriteriaAgreedAt() <em>Criteria Agreed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteriaAgreedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant criteriaAgreedAt = CRITERIA_AGREED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisengagementCriteria() <em>Disengagement Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisengagementCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<Criterion> disengagementCriteria;

	/**
	 * The cached value of the '{@link #getSuccessCriteria() <em>Success Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<Criterion> successCriteria;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final StatusColour STATUS_EDEFAULT = StatusColour.GREEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected StatusColour status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusRationale() <em>Status Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusRationale() <em>Status Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusRationale()
	 * @generated
	 * @ordered
	 */
	protected String statusRationale = STATUS_RATIONALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEffortEntries() <em>Effort Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffortEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<EffortEntry> effortEntries;

	/**
	 * The cached value of the '{@link #getExpenses() <em>Expenses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpenses()
	 * @generated
	 * @ordered
	 */
	protected EList<Expense> expenses;

	/**
	 * The cached value of the '{@link #getRelatedEngagements() <em>Related Engagements</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelatedEngagements()
	 * @generated
	 * @ordered
	 */
	protected EList<Engagement> relatedEngagements;

	/**
	 * The cached value of the '{@link #getEscalations() <em>Escalations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEscalations()
	 * @generated
	 * @ordered
	 */
	protected EList<Escalation> escalations;

	/**
	 * The cached value of the '{@link #getSituationSummary() <em>Situation Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSituationSummary()
	 * @generated
	 * @ordered
	 */
	protected SituationSummary situationSummary;

	/**
	 * The cached value of the '{@link #getGetWellPlan() <em>Get Well Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGetWellPlan()
	 * @generated
	 * @ordered
	 */
	protected GetWellPlan getWellPlan;

	/**
	 * The cached value of the '{@link #getCommunications() <em>Communications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunications()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerCommunication> communications;

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
	protected EngagementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.ENGAGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		String key = getKey();
		String title = getTitle();
		if (key == null || key.isBlank()) {
			return title;
		}
		return title == null || title.isBlank() ? key : key + " " + title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		if (customer != null && customer.eIsProxy()) {
			InternalEObject oldCustomer = (InternalEObject) customer;
			customer = (Customer) eResolveProxy(oldCustomer);
			if (customer != oldCustomer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.ENGAGEMENT__CUSTOMER,
							oldCustomer, customer));
			}
		}
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		Customer oldCustomer = customer;
		customer = newCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__CUSTOMER, oldCustomer,
					customer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAdvocate() {
		if (advocate != null && advocate.eIsProxy()) {
			InternalEObject oldAdvocate = (InternalEObject) advocate;
			advocate = (Person) eResolveProxy(oldAdvocate);
			if (advocate != oldAdvocate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.ENGAGEMENT__ADVOCATE,
							oldAdvocate, advocate));
			}
		}
		return advocate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAdvocate() {
		return advocate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdvocate(Person newAdvocate) {
		Person oldAdvocate = advocate;
		advocate = newAdvocate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__ADVOCATE, oldAdvocate,
					advocate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getTeam() {
		if (team == null) {
			team = new EObjectResolvingEList<Person>(Person.class, this, AdvocacyPackage.ENGAGEMENT__TEAM);
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngagementTrigger getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(EngagementTrigger newTrigger) {
		EngagementTrigger oldTrigger = trigger;
		trigger = newTrigger == null ? TRIGGER_EDEFAULT : newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__TRIGGER, oldTrigger,
					trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCustomerWords() {
		return customerWords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerWords(String newCustomerWords) {
		String oldCustomerWords = customerWords;
		customerWords = newCustomerWords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__CUSTOMER_WORDS,
					oldCustomerWords, customerWords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngagementReason getReason() {
		if (reason != null && reason.eIsProxy()) {
			InternalEObject oldReason = (InternalEObject) reason;
			reason = (EngagementReason) eResolveProxy(oldReason);
			if (reason != oldReason) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.ENGAGEMENT__REASON,
							oldReason, reason));
			}
		}
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngagementReason basicGetReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(EngagementReason newReason) {
		EngagementReason oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__REASON, oldReason,
					reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Urgency getUrgency() {
		return urgency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrgency(Urgency newUrgency) {
		Urgency oldUrgency = urgency;
		urgency = newUrgency == null ? URGENCY_EDEFAULT : newUrgency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__URGENCY, oldUrgency,
					urgency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EngagementState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(EngagementState newState) {
		EngagementState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getOpenedAt() {
		return openedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedAt(Instant newOpenedAt) {
		Instant oldOpenedAt = openedAt;
		openedAt = newOpenedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__OPENED_AT, oldOpenedAt,
					openedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getClosedAt() {
		return closedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedAt(Instant newClosedAt) {
		Instant oldClosedAt = closedAt;
		closedAt = newClosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__CLOSED_AT, oldClosedAt,
					closedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessUnit getBusinessUnit() {
		if (businessUnit != null && businessUnit.eIsProxy()) {
			InternalEObject oldBusinessUnit = (InternalEObject) businessUnit;
			businessUnit = (BusinessUnit) eResolveProxy(oldBusinessUnit);
			if (businessUnit != oldBusinessUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.ENGAGEMENT__BUSINESS_UNIT,
							oldBusinessUnit, businessUnit));
			}
		}
		return businessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessUnit basicGetBusinessUnit() {
		return businessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessUnit(BusinessUnit newBusinessUnit) {
		BusinessUnit oldBusinessUnit = businessUnit;
		businessUnit = newBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__BUSINESS_UNIT,
					oldBusinessUnit, businessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProductLine getProductLine() {
		if (productLine != null && productLine.eIsProxy()) {
			InternalEObject oldProductLine = (InternalEObject) productLine;
			productLine = (ProductLine) eResolveProxy(oldProductLine);
			if (productLine != oldProductLine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.ENGAGEMENT__PRODUCT_LINE,
							oldProductLine, productLine));
			}
		}
		return productLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProductLine basicGetProductLine() {
		return productLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductLine(ProductLine newProductLine) {
		ProductLine oldProductLine = productLine;
		productLine = newProductLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__PRODUCT_LINE,
					oldProductLine, productLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCriteriaAgreedAt() {
		return criteriaAgreedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriteriaAgreedAt(Instant newCriteriaAgreedAt) {
		Instant oldCriteriaAgreedAt = criteriaAgreedAt;
		criteriaAgreedAt = newCriteriaAgreedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__CRITERIA_AGREED_AT,
					oldCriteriaAgreedAt, criteriaAgreedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Criterion> getDisengagementCriteria() {
		if (disengagementCriteria == null) {
			disengagementCriteria = new EObjectContainmentEList<Criterion>(Criterion.class, this,
					AdvocacyPackage.ENGAGEMENT__DISENGAGEMENT_CRITERIA);
		}
		return disengagementCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Criterion> getSuccessCriteria() {
		if (successCriteria == null) {
			successCriteria = new EObjectContainmentEList<Criterion>(Criterion.class, this,
					AdvocacyPackage.ENGAGEMENT__SUCCESS_CRITERIA);
		}
		return successCriteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusColour getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(StatusColour newStatus) {
		StatusColour oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__STATUS, oldStatus,
					status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusRationale() {
		return statusRationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusRationale(String newStatusRationale) {
		String oldStatusRationale = statusRationale;
		statusRationale = newStatusRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__STATUS_RATIONALE,
					oldStatusRationale, statusRationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EffortEntry> getEffortEntries() {
		if (effortEntries == null) {
			effortEntries = new EObjectContainmentEList<EffortEntry>(EffortEntry.class, this,
					AdvocacyPackage.ENGAGEMENT__EFFORT_ENTRIES);
		}
		return effortEntries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Expense> getExpenses() {
		if (expenses == null) {
			expenses = new EObjectContainmentEList<Expense>(Expense.class, this, AdvocacyPackage.ENGAGEMENT__EXPENSES);
		}
		return expenses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Engagement> getRelatedEngagements() {
		if (relatedEngagements == null) {
			relatedEngagements = new EObjectResolvingEList<Engagement>(Engagement.class, this,
					AdvocacyPackage.ENGAGEMENT__RELATED_ENGAGEMENTS);
		}
		return relatedEngagements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Escalation> getEscalations() {
		if (escalations == null) {
			escalations = new EObjectContainmentEList<Escalation>(Escalation.class, this,
					AdvocacyPackage.ENGAGEMENT__ESCALATIONS);
		}
		return escalations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SituationSummary getSituationSummary() {
		return situationSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSituationSummary(SituationSummary newSituationSummary, NotificationChain msgs) {
		SituationSummary oldSituationSummary = situationSummary;
		situationSummary = newSituationSummary;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY, oldSituationSummary, newSituationSummary);
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
	public void setSituationSummary(SituationSummary newSituationSummary) {
		if (newSituationSummary != situationSummary) {
			NotificationChain msgs = null;
			if (situationSummary != null)
				msgs = ((InternalEObject) situationSummary).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY, null, msgs);
			if (newSituationSummary != null)
				msgs = ((InternalEObject) newSituationSummary).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY, null, msgs);
			msgs = basicSetSituationSummary(newSituationSummary, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY,
					newSituationSummary, newSituationSummary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GetWellPlan getGetWellPlan() {
		return getWellPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGetWellPlan(GetWellPlan newGetWellPlan, NotificationChain msgs) {
		GetWellPlan oldGetWellPlan = getWellPlan;
		getWellPlan = newGetWellPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN, oldGetWellPlan, newGetWellPlan);
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
	public void setGetWellPlan(GetWellPlan newGetWellPlan) {
		if (newGetWellPlan != getWellPlan) {
			NotificationChain msgs = null;
			if (getWellPlan != null)
				msgs = ((InternalEObject) getWellPlan).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN, null, msgs);
			if (newGetWellPlan != null)
				msgs = ((InternalEObject) newGetWellPlan).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN, null, msgs);
			msgs = basicSetGetWellPlan(newGetWellPlan, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN,
					newGetWellPlan, newGetWellPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerCommunication> getCommunications() {
		if (communications == null) {
			communications = new EObjectContainmentEList<CustomerCommunication>(CustomerCommunication.class, this,
					AdvocacyPackage.ENGAGEMENT__COMMUNICATIONS);
		}
		return communications;
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
					AdvocacyPackage.ENGAGEMENT__NOTIFICATIONS);
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
		case AdvocacyPackage.ENGAGEMENT__DISENGAGEMENT_CRITERIA:
			return ((InternalEList<?>) getDisengagementCriteria()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ENGAGEMENT__SUCCESS_CRITERIA:
			return ((InternalEList<?>) getSuccessCriteria()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ENGAGEMENT__EFFORT_ENTRIES:
			return ((InternalEList<?>) getEffortEntries()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ENGAGEMENT__EXPENSES:
			return ((InternalEList<?>) getExpenses()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ENGAGEMENT__ESCALATIONS:
			return ((InternalEList<?>) getEscalations()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY:
			return basicSetSituationSummary(null, msgs);
		case AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN:
			return basicSetGetWellPlan(null, msgs);
		case AdvocacyPackage.ENGAGEMENT__COMMUNICATIONS:
			return ((InternalEList<?>) getCommunications()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ENGAGEMENT__NOTIFICATIONS:
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
		case AdvocacyPackage.ENGAGEMENT__KEY:
			return getKey();
		case AdvocacyPackage.ENGAGEMENT__TITLE:
			return getTitle();
		case AdvocacyPackage.ENGAGEMENT__LABEL:
			return getLabel();
		case AdvocacyPackage.ENGAGEMENT__CUSTOMER:
			if (resolve)
				return getCustomer();
			return basicGetCustomer();
		case AdvocacyPackage.ENGAGEMENT__ADVOCATE:
			if (resolve)
				return getAdvocate();
			return basicGetAdvocate();
		case AdvocacyPackage.ENGAGEMENT__TEAM:
			return getTeam();
		case AdvocacyPackage.ENGAGEMENT__TRIGGER:
			return getTrigger();
		case AdvocacyPackage.ENGAGEMENT__CUSTOMER_WORDS:
			return getCustomerWords();
		case AdvocacyPackage.ENGAGEMENT__REASON:
			if (resolve)
				return getReason();
			return basicGetReason();
		case AdvocacyPackage.ENGAGEMENT__URGENCY:
			return getUrgency();
		case AdvocacyPackage.ENGAGEMENT__STATE:
			return getState();
		case AdvocacyPackage.ENGAGEMENT__OPENED_AT:
			return getOpenedAt();
		case AdvocacyPackage.ENGAGEMENT__CLOSED_AT:
			return getClosedAt();
		case AdvocacyPackage.ENGAGEMENT__BUSINESS_UNIT:
			if (resolve)
				return getBusinessUnit();
			return basicGetBusinessUnit();
		case AdvocacyPackage.ENGAGEMENT__PRODUCT_LINE:
			if (resolve)
				return getProductLine();
			return basicGetProductLine();
		case AdvocacyPackage.ENGAGEMENT__CRITERIA_AGREED_AT:
			return getCriteriaAgreedAt();
		case AdvocacyPackage.ENGAGEMENT__DISENGAGEMENT_CRITERIA:
			return getDisengagementCriteria();
		case AdvocacyPackage.ENGAGEMENT__SUCCESS_CRITERIA:
			return getSuccessCriteria();
		case AdvocacyPackage.ENGAGEMENT__STATUS:
			return getStatus();
		case AdvocacyPackage.ENGAGEMENT__STATUS_RATIONALE:
			return getStatusRationale();
		case AdvocacyPackage.ENGAGEMENT__EFFORT_ENTRIES:
			return getEffortEntries();
		case AdvocacyPackage.ENGAGEMENT__EXPENSES:
			return getExpenses();
		case AdvocacyPackage.ENGAGEMENT__RELATED_ENGAGEMENTS:
			return getRelatedEngagements();
		case AdvocacyPackage.ENGAGEMENT__ESCALATIONS:
			return getEscalations();
		case AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY:
			return getSituationSummary();
		case AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN:
			return getGetWellPlan();
		case AdvocacyPackage.ENGAGEMENT__COMMUNICATIONS:
			return getCommunications();
		case AdvocacyPackage.ENGAGEMENT__NOTIFICATIONS:
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
		case AdvocacyPackage.ENGAGEMENT__KEY:
			setKey((String) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__TITLE:
			setTitle((String) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__CUSTOMER:
			setCustomer((Customer) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__ADVOCATE:
			setAdvocate((Person) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__TEAM:
			getTeam().clear();
			getTeam().addAll((Collection<? extends Person>) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__TRIGGER:
			setTrigger((EngagementTrigger) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__CUSTOMER_WORDS:
			setCustomerWords((String) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__REASON:
			setReason((EngagementReason) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__URGENCY:
			setUrgency((Urgency) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__STATE:
			setState((EngagementState) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__OPENED_AT:
			setOpenedAt((Instant) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__CLOSED_AT:
			setClosedAt((Instant) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__BUSINESS_UNIT:
			setBusinessUnit((BusinessUnit) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__PRODUCT_LINE:
			setProductLine((ProductLine) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__CRITERIA_AGREED_AT:
			setCriteriaAgreedAt((Instant) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__DISENGAGEMENT_CRITERIA:
			getDisengagementCriteria().clear();
			getDisengagementCriteria().addAll((Collection<? extends Criterion>) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__SUCCESS_CRITERIA:
			getSuccessCriteria().clear();
			getSuccessCriteria().addAll((Collection<? extends Criterion>) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__STATUS:
			setStatus((StatusColour) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__STATUS_RATIONALE:
			setStatusRationale((String) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__EFFORT_ENTRIES:
			getEffortEntries().clear();
			getEffortEntries().addAll((Collection<? extends EffortEntry>) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__EXPENSES:
			getExpenses().clear();
			getExpenses().addAll((Collection<? extends Expense>) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__RELATED_ENGAGEMENTS:
			getRelatedEngagements().clear();
			getRelatedEngagements().addAll((Collection<? extends Engagement>) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__ESCALATIONS:
			getEscalations().clear();
			getEscalations().addAll((Collection<? extends Escalation>) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY:
			setSituationSummary((SituationSummary) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN:
			setGetWellPlan((GetWellPlan) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__COMMUNICATIONS:
			getCommunications().clear();
			getCommunications().addAll((Collection<? extends CustomerCommunication>) newValue);
			return;
		case AdvocacyPackage.ENGAGEMENT__NOTIFICATIONS:
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
		case AdvocacyPackage.ENGAGEMENT__KEY:
			setKey(KEY_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__TITLE:
			setTitle(TITLE_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__CUSTOMER:
			setCustomer((Customer) null);
			return;
		case AdvocacyPackage.ENGAGEMENT__ADVOCATE:
			setAdvocate((Person) null);
			return;
		case AdvocacyPackage.ENGAGEMENT__TEAM:
			getTeam().clear();
			return;
		case AdvocacyPackage.ENGAGEMENT__TRIGGER:
			setTrigger(TRIGGER_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__CUSTOMER_WORDS:
			setCustomerWords(CUSTOMER_WORDS_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__REASON:
			setReason((EngagementReason) null);
			return;
		case AdvocacyPackage.ENGAGEMENT__URGENCY:
			setUrgency(URGENCY_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__STATE:
			setState(STATE_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__OPENED_AT:
			setOpenedAt(OPENED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__CLOSED_AT:
			setClosedAt(CLOSED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__BUSINESS_UNIT:
			setBusinessUnit((BusinessUnit) null);
			return;
		case AdvocacyPackage.ENGAGEMENT__PRODUCT_LINE:
			setProductLine((ProductLine) null);
			return;
		case AdvocacyPackage.ENGAGEMENT__CRITERIA_AGREED_AT:
			setCriteriaAgreedAt(CRITERIA_AGREED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__DISENGAGEMENT_CRITERIA:
			getDisengagementCriteria().clear();
			return;
		case AdvocacyPackage.ENGAGEMENT__SUCCESS_CRITERIA:
			getSuccessCriteria().clear();
			return;
		case AdvocacyPackage.ENGAGEMENT__STATUS:
			setStatus(STATUS_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__STATUS_RATIONALE:
			setStatusRationale(STATUS_RATIONALE_EDEFAULT);
			return;
		case AdvocacyPackage.ENGAGEMENT__EFFORT_ENTRIES:
			getEffortEntries().clear();
			return;
		case AdvocacyPackage.ENGAGEMENT__EXPENSES:
			getExpenses().clear();
			return;
		case AdvocacyPackage.ENGAGEMENT__RELATED_ENGAGEMENTS:
			getRelatedEngagements().clear();
			return;
		case AdvocacyPackage.ENGAGEMENT__ESCALATIONS:
			getEscalations().clear();
			return;
		case AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY:
			setSituationSummary((SituationSummary) null);
			return;
		case AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN:
			setGetWellPlan((GetWellPlan) null);
			return;
		case AdvocacyPackage.ENGAGEMENT__COMMUNICATIONS:
			getCommunications().clear();
			return;
		case AdvocacyPackage.ENGAGEMENT__NOTIFICATIONS:
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
		case AdvocacyPackage.ENGAGEMENT__KEY:
			return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
		case AdvocacyPackage.ENGAGEMENT__TITLE:
			return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
		case AdvocacyPackage.ENGAGEMENT__LABEL:
			return LABEL_EDEFAULT == null ? getLabel() != null : !LABEL_EDEFAULT.equals(getLabel());
		case AdvocacyPackage.ENGAGEMENT__CUSTOMER:
			return customer != null;
		case AdvocacyPackage.ENGAGEMENT__ADVOCATE:
			return advocate != null;
		case AdvocacyPackage.ENGAGEMENT__TEAM:
			return team != null && !team.isEmpty();
		case AdvocacyPackage.ENGAGEMENT__TRIGGER:
			return trigger != TRIGGER_EDEFAULT;
		case AdvocacyPackage.ENGAGEMENT__CUSTOMER_WORDS:
			return CUSTOMER_WORDS_EDEFAULT == null ? customerWords != null
					: !CUSTOMER_WORDS_EDEFAULT.equals(customerWords);
		case AdvocacyPackage.ENGAGEMENT__REASON:
			return reason != null;
		case AdvocacyPackage.ENGAGEMENT__URGENCY:
			return urgency != URGENCY_EDEFAULT;
		case AdvocacyPackage.ENGAGEMENT__STATE:
			return state != STATE_EDEFAULT;
		case AdvocacyPackage.ENGAGEMENT__OPENED_AT:
			return OPENED_AT_EDEFAULT == null ? openedAt != null : !OPENED_AT_EDEFAULT.equals(openedAt);
		case AdvocacyPackage.ENGAGEMENT__CLOSED_AT:
			return CLOSED_AT_EDEFAULT == null ? closedAt != null : !CLOSED_AT_EDEFAULT.equals(closedAt);
		case AdvocacyPackage.ENGAGEMENT__BUSINESS_UNIT:
			return businessUnit != null;
		case AdvocacyPackage.ENGAGEMENT__PRODUCT_LINE:
			return productLine != null;
		case AdvocacyPackage.ENGAGEMENT__CRITERIA_AGREED_AT:
			return CRITERIA_AGREED_AT_EDEFAULT == null ? criteriaAgreedAt != null
					: !CRITERIA_AGREED_AT_EDEFAULT.equals(criteriaAgreedAt);
		case AdvocacyPackage.ENGAGEMENT__DISENGAGEMENT_CRITERIA:
			return disengagementCriteria != null && !disengagementCriteria.isEmpty();
		case AdvocacyPackage.ENGAGEMENT__SUCCESS_CRITERIA:
			return successCriteria != null && !successCriteria.isEmpty();
		case AdvocacyPackage.ENGAGEMENT__STATUS:
			return status != STATUS_EDEFAULT;
		case AdvocacyPackage.ENGAGEMENT__STATUS_RATIONALE:
			return STATUS_RATIONALE_EDEFAULT == null ? statusRationale != null
					: !STATUS_RATIONALE_EDEFAULT.equals(statusRationale);
		case AdvocacyPackage.ENGAGEMENT__EFFORT_ENTRIES:
			return effortEntries != null && !effortEntries.isEmpty();
		case AdvocacyPackage.ENGAGEMENT__EXPENSES:
			return expenses != null && !expenses.isEmpty();
		case AdvocacyPackage.ENGAGEMENT__RELATED_ENGAGEMENTS:
			return relatedEngagements != null && !relatedEngagements.isEmpty();
		case AdvocacyPackage.ENGAGEMENT__ESCALATIONS:
			return escalations != null && !escalations.isEmpty();
		case AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY:
			return situationSummary != null;
		case AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN:
			return getWellPlan != null;
		case AdvocacyPackage.ENGAGEMENT__COMMUNICATIONS:
			return communications != null && !communications.isEmpty();
		case AdvocacyPackage.ENGAGEMENT__NOTIFICATIONS:
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
		result.append(" (key: ");
		result.append(key);
		result.append(", title: ");
		result.append(title);
		result.append(", trigger: ");
		result.append(trigger);
		result.append(", customerWords: ");
		result.append(customerWords);
		result.append(", urgency: ");
		result.append(urgency);
		result.append(", state: ");
		result.append(state);
		result.append(", openedAt: ");
		result.append(openedAt);
		result.append(", closedAt: ");
		result.append(closedAt);
		result.append(", criteriaAgreedAt: ");
		result.append(criteriaAgreedAt);
		result.append(", status: ");
		result.append(status);
		result.append(", statusRationale: ");
		result.append(statusRationale);
		result.append(')');
		return result.toString();
	}

} //EngagementImpl
