/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Assumption;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.Risk;
import org.advocacy.model.Stakeholder;
import org.advocacy.model.StatusColour;
import org.advocacy.model.StatusMeeting;

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
 * An implementation of the model object '<em><b>Get Well Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getOutOfScope <em>Out Of Scope</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getStatusRationale <em>Status Rationale</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getBaselinedAt <em>Baselined At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getStakeholders <em>Stakeholders</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getAssumptions <em>Assumptions</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getPhases <em>Phases</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getStatusMeetings <em>Status Meetings</em>}</li>
 *   <li>{@link org.advocacy.model.impl.GetWellPlanImpl#getStatusMeetingSchedule <em>Status Meeting Schedule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GetWellPlanImpl extends MinimalEObjectImpl.Container implements GetWellPlan {
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
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjectives() <em>Objectives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECTIVES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected String objectives = OBJECTIVES_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutOfScope() <em>Out Of Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutOfScope()
	 * @generated
	 * @ordered
	 */
	protected static final String OUT_OF_SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutOfScope() <em>Out Of Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutOfScope()
	 * @generated
	 * @ordered
	 */
	protected String outOfScope = OUT_OF_SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCalendar() <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendar()
	 * @generated
	 * @ordered
	 */
	protected BusinessCalendar calendar;

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
	 * The default value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PUBLISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant publishedAt = PUBLISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselinedAt() <em>Baselined At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselinedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant BASELINED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselinedAt() <em>Baselined At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselinedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant baselinedAt = BASELINED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStakeholders() <em>Stakeholders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStakeholders()
	 * @generated
	 * @ordered
	 */
	protected EList<Stakeholder> stakeholders;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Risk> risks;

	/**
	 * The cached value of the '{@link #getAssumptions() <em>Assumptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssumptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Assumption> assumptions;

	/**
	 * The cached value of the '{@link #getPhases() <em>Phases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhases()
	 * @generated
	 * @ordered
	 */
	protected EList<PhaseOfValue> phases;

	/**
	 * The cached value of the '{@link #getStatusMeetings() <em>Status Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusMeeting> statusMeetings;

	/**
	 * The cached value of the '{@link #getStatusMeetingSchedule() <em>Status Meeting Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusMeetingSchedule()
	 * @generated
	 * @ordered
	 */
	protected MeetingSchedule statusMeetingSchedule;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GetWellPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.GET_WELL_PLAN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.GET_WELL_PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.GET_WELL_PLAN__SCOPE, oldScope,
					scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectives() {
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectives(String newObjectives) {
		String oldObjectives = objectives;
		objectives = newObjectives;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.GET_WELL_PLAN__OBJECTIVES,
					oldObjectives, objectives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutOfScope() {
		return outOfScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutOfScope(String newOutOfScope) {
		String oldOutOfScope = outOfScope;
		outOfScope = newOutOfScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.GET_WELL_PLAN__OUT_OF_SCOPE,
					oldOutOfScope, outOfScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessCalendar getCalendar() {
		if (calendar != null && calendar.eIsProxy()) {
			InternalEObject oldCalendar = (InternalEObject) calendar;
			calendar = (BusinessCalendar) eResolveProxy(oldCalendar);
			if (calendar != oldCalendar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.GET_WELL_PLAN__CALENDAR,
							oldCalendar, calendar));
			}
		}
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessCalendar basicGetCalendar() {
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalendar(BusinessCalendar newCalendar) {
		BusinessCalendar oldCalendar = calendar;
		calendar = newCalendar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.GET_WELL_PLAN__CALENDAR, oldCalendar,
					calendar));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.GET_WELL_PLAN__STATUS, oldStatus,
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.GET_WELL_PLAN__STATUS_RATIONALE,
					oldStatusRationale, statusRationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPublishedAt() {
		return publishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedAt(Instant newPublishedAt) {
		Instant oldPublishedAt = publishedAt;
		publishedAt = newPublishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.GET_WELL_PLAN__PUBLISHED_AT,
					oldPublishedAt, publishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getBaselinedAt() {
		return baselinedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselinedAt(Instant newBaselinedAt) {
		Instant oldBaselinedAt = baselinedAt;
		baselinedAt = newBaselinedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.GET_WELL_PLAN__BASELINED_AT,
					oldBaselinedAt, baselinedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stakeholder> getStakeholders() {
		if (stakeholders == null) {
			stakeholders = new EObjectContainmentEList<Stakeholder>(Stakeholder.class, this,
					AdvocacyPackage.GET_WELL_PLAN__STAKEHOLDERS);
		}
		return stakeholders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Risk> getRisks() {
		if (risks == null) {
			risks = new EObjectContainmentEList<Risk>(Risk.class, this, AdvocacyPackage.GET_WELL_PLAN__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assumption> getAssumptions() {
		if (assumptions == null) {
			assumptions = new EObjectContainmentEList<Assumption>(Assumption.class, this,
					AdvocacyPackage.GET_WELL_PLAN__ASSUMPTIONS);
		}
		return assumptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PhaseOfValue> getPhases() {
		if (phases == null) {
			phases = new EObjectContainmentEList<PhaseOfValue>(PhaseOfValue.class, this,
					AdvocacyPackage.GET_WELL_PLAN__PHASES);
		}
		return phases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusMeeting> getStatusMeetings() {
		if (statusMeetings == null) {
			statusMeetings = new EObjectContainmentEList<StatusMeeting>(StatusMeeting.class, this,
					AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETINGS);
		}
		return statusMeetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingSchedule getStatusMeetingSchedule() {
		return statusMeetingSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStatusMeetingSchedule(MeetingSchedule newStatusMeetingSchedule,
			NotificationChain msgs) {
		MeetingSchedule oldStatusMeetingSchedule = statusMeetingSchedule;
		statusMeetingSchedule = newStatusMeetingSchedule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE, oldStatusMeetingSchedule,
					newStatusMeetingSchedule);
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
	public void setStatusMeetingSchedule(MeetingSchedule newStatusMeetingSchedule) {
		if (newStatusMeetingSchedule != statusMeetingSchedule) {
			NotificationChain msgs = null;
			if (statusMeetingSchedule != null)
				msgs = ((InternalEObject) statusMeetingSchedule).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE, null, msgs);
			if (newStatusMeetingSchedule != null)
				msgs = ((InternalEObject) newStatusMeetingSchedule).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE, null, msgs);
			msgs = basicSetStatusMeetingSchedule(newStatusMeetingSchedule, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE, newStatusMeetingSchedule,
					newStatusMeetingSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.GET_WELL_PLAN__STAKEHOLDERS:
			return ((InternalEList<?>) getStakeholders()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.GET_WELL_PLAN__RISKS:
			return ((InternalEList<?>) getRisks()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.GET_WELL_PLAN__ASSUMPTIONS:
			return ((InternalEList<?>) getAssumptions()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.GET_WELL_PLAN__PHASES:
			return ((InternalEList<?>) getPhases()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETINGS:
			return ((InternalEList<?>) getStatusMeetings()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE:
			return basicSetStatusMeetingSchedule(null, msgs);
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
		case AdvocacyPackage.GET_WELL_PLAN__NAME:
			return getName();
		case AdvocacyPackage.GET_WELL_PLAN__SCOPE:
			return getScope();
		case AdvocacyPackage.GET_WELL_PLAN__OBJECTIVES:
			return getObjectives();
		case AdvocacyPackage.GET_WELL_PLAN__OUT_OF_SCOPE:
			return getOutOfScope();
		case AdvocacyPackage.GET_WELL_PLAN__CALENDAR:
			if (resolve)
				return getCalendar();
			return basicGetCalendar();
		case AdvocacyPackage.GET_WELL_PLAN__STATUS:
			return getStatus();
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_RATIONALE:
			return getStatusRationale();
		case AdvocacyPackage.GET_WELL_PLAN__PUBLISHED_AT:
			return getPublishedAt();
		case AdvocacyPackage.GET_WELL_PLAN__BASELINED_AT:
			return getBaselinedAt();
		case AdvocacyPackage.GET_WELL_PLAN__STAKEHOLDERS:
			return getStakeholders();
		case AdvocacyPackage.GET_WELL_PLAN__RISKS:
			return getRisks();
		case AdvocacyPackage.GET_WELL_PLAN__ASSUMPTIONS:
			return getAssumptions();
		case AdvocacyPackage.GET_WELL_PLAN__PHASES:
			return getPhases();
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETINGS:
			return getStatusMeetings();
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE:
			return getStatusMeetingSchedule();
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
		case AdvocacyPackage.GET_WELL_PLAN__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__SCOPE:
			setScope((String) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__OBJECTIVES:
			setObjectives((String) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__OUT_OF_SCOPE:
			setOutOfScope((String) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__CALENDAR:
			setCalendar((BusinessCalendar) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS:
			setStatus((StatusColour) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_RATIONALE:
			setStatusRationale((String) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__PUBLISHED_AT:
			setPublishedAt((Instant) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__BASELINED_AT:
			setBaselinedAt((Instant) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STAKEHOLDERS:
			getStakeholders().clear();
			getStakeholders().addAll((Collection<? extends Stakeholder>) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__RISKS:
			getRisks().clear();
			getRisks().addAll((Collection<? extends Risk>) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__ASSUMPTIONS:
			getAssumptions().clear();
			getAssumptions().addAll((Collection<? extends Assumption>) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__PHASES:
			getPhases().clear();
			getPhases().addAll((Collection<? extends PhaseOfValue>) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETINGS:
			getStatusMeetings().clear();
			getStatusMeetings().addAll((Collection<? extends StatusMeeting>) newValue);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE:
			setStatusMeetingSchedule((MeetingSchedule) newValue);
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
		case AdvocacyPackage.GET_WELL_PLAN__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__SCOPE:
			setScope(SCOPE_EDEFAULT);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__OBJECTIVES:
			setObjectives(OBJECTIVES_EDEFAULT);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__OUT_OF_SCOPE:
			setOutOfScope(OUT_OF_SCOPE_EDEFAULT);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__CALENDAR:
			setCalendar((BusinessCalendar) null);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS:
			setStatus(STATUS_EDEFAULT);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_RATIONALE:
			setStatusRationale(STATUS_RATIONALE_EDEFAULT);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__PUBLISHED_AT:
			setPublishedAt(PUBLISHED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__BASELINED_AT:
			setBaselinedAt(BASELINED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STAKEHOLDERS:
			getStakeholders().clear();
			return;
		case AdvocacyPackage.GET_WELL_PLAN__RISKS:
			getRisks().clear();
			return;
		case AdvocacyPackage.GET_WELL_PLAN__ASSUMPTIONS:
			getAssumptions().clear();
			return;
		case AdvocacyPackage.GET_WELL_PLAN__PHASES:
			getPhases().clear();
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETINGS:
			getStatusMeetings().clear();
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE:
			setStatusMeetingSchedule((MeetingSchedule) null);
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
		case AdvocacyPackage.GET_WELL_PLAN__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.GET_WELL_PLAN__SCOPE:
			return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
		case AdvocacyPackage.GET_WELL_PLAN__OBJECTIVES:
			return OBJECTIVES_EDEFAULT == null ? objectives != null : !OBJECTIVES_EDEFAULT.equals(objectives);
		case AdvocacyPackage.GET_WELL_PLAN__OUT_OF_SCOPE:
			return OUT_OF_SCOPE_EDEFAULT == null ? outOfScope != null : !OUT_OF_SCOPE_EDEFAULT.equals(outOfScope);
		case AdvocacyPackage.GET_WELL_PLAN__CALENDAR:
			return calendar != null;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS:
			return status != STATUS_EDEFAULT;
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_RATIONALE:
			return STATUS_RATIONALE_EDEFAULT == null ? statusRationale != null
					: !STATUS_RATIONALE_EDEFAULT.equals(statusRationale);
		case AdvocacyPackage.GET_WELL_PLAN__PUBLISHED_AT:
			return PUBLISHED_AT_EDEFAULT == null ? publishedAt != null : !PUBLISHED_AT_EDEFAULT.equals(publishedAt);
		case AdvocacyPackage.GET_WELL_PLAN__BASELINED_AT:
			return BASELINED_AT_EDEFAULT == null ? baselinedAt != null : !BASELINED_AT_EDEFAULT.equals(baselinedAt);
		case AdvocacyPackage.GET_WELL_PLAN__STAKEHOLDERS:
			return stakeholders != null && !stakeholders.isEmpty();
		case AdvocacyPackage.GET_WELL_PLAN__RISKS:
			return risks != null && !risks.isEmpty();
		case AdvocacyPackage.GET_WELL_PLAN__ASSUMPTIONS:
			return assumptions != null && !assumptions.isEmpty();
		case AdvocacyPackage.GET_WELL_PLAN__PHASES:
			return phases != null && !phases.isEmpty();
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETINGS:
			return statusMeetings != null && !statusMeetings.isEmpty();
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE:
			return statusMeetingSchedule != null;
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
		result.append(", scope: ");
		result.append(scope);
		result.append(", objectives: ");
		result.append(objectives);
		result.append(", outOfScope: ");
		result.append(outOfScope);
		result.append(", status: ");
		result.append(status);
		result.append(", statusRationale: ");
		result.append(statusRationale);
		result.append(", publishedAt: ");
		result.append(publishedAt);
		result.append(", baselinedAt: ");
		result.append(baselinedAt);
		result.append(')');
		return result.toString();
	}

} //GetWellPlanImpl
