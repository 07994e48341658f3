/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Person;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getDurationDays <em>Duration Days</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#isMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getCommitmentDate <em>Commitment Date</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getCaveats <em>Caveats</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getPrerequisites <em>Prerequisites</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getBaselineStart <em>Baseline Start</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getBaselineFinish <em>Baseline Finish</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getBaselinedAt <em>Baselined At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PlanTaskImpl#getDependencies <em>Dependencies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanTaskImpl extends PersonalListItemImpl implements PlanTask {
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
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Person owner;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationDays() <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDays()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationDays() <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationDays()
	 * @generated
	 * @ordered
	 */
	protected int durationDays = DURATION_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinish() <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinish()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FINISH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinish() <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinish()
	 * @generated
	 * @ordered
	 */
	protected LocalDate finish = FINISH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected static final int PERCENT_COMPLETE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected int percentComplete = PERCENT_COMPLETE_EDEFAULT;

	/**
	 * The default value of the '{@link #isMilestone() <em>Milestone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMilestone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MILESTONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMilestone() <em>Milestone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMilestone()
	 * @generated
	 * @ordered
	 */
	protected boolean milestone = MILESTONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommitmentDate() <em>Commitment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitmentDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COMMITMENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommitmentDate() <em>Commitment Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitmentDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate commitmentDate = COMMITMENT_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaveats() <em>Caveats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaveats()
	 * @generated
	 * @ordered
	 */
	protected static final String CAVEATS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaveats() <em>Caveats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaveats()
	 * @generated
	 * @ordered
	 */
	protected String caveats = CAVEATS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrerequisites() <em>Prerequisites</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrerequisites()
	 * @generated
	 * @ordered
	 */
	protected static final String PREREQUISITES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrerequisites() <em>Prerequisites</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrerequisites()
	 * @generated
	 * @ordered
	 */
	protected String prerequisites = PREREQUISITES_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineStart() <em>Baseline Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BASELINE_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineStart() <em>Baseline Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate baselineStart = BASELINE_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineFinish() <em>Baseline Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineFinish()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BASELINE_FINISH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineFinish() <em>Baseline Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineFinish()
	 * @generated
	 * @ordered
	 */
	protected LocalDate baselineFinish = BASELINE_FINISH_EDEFAULT;

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
	 * The cached value of the '{@link #getDependencies() <em>Dependencies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencies()
	 * @generated
	 * @ordered
	 */
	protected EList<TaskDependency> dependencies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.PLAN_TASK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject) owner;
			owner = (Person) eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.PLAN_TASK__OWNER,
							oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Person newOwner) {
		Person oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationDays() {
		return durationDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationDays(int newDurationDays) {
		int oldDurationDays = durationDays;
		durationDays = newDurationDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__DURATION_DAYS,
					oldDurationDays, durationDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFinish() {
		return finish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinish(LocalDate newFinish) {
		LocalDate oldFinish = finish;
		finish = newFinish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__FINISH, oldFinish,
					finish));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPercentComplete() {
		return percentComplete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentComplete(int newPercentComplete) {
		int oldPercentComplete = percentComplete;
		percentComplete = newPercentComplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__PERCENT_COMPLETE,
					oldPercentComplete, percentComplete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMilestone() {
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMilestone(boolean newMilestone) {
		boolean oldMilestone = milestone;
		milestone = newMilestone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__MILESTONE, oldMilestone,
					milestone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCommitmentDate() {
		return commitmentDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitmentDate(LocalDate newCommitmentDate) {
		LocalDate oldCommitmentDate = commitmentDate;
		commitmentDate = newCommitmentDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__COMMITMENT_DATE,
					oldCommitmentDate, commitmentDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaveats() {
		return caveats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaveats(String newCaveats) {
		String oldCaveats = caveats;
		caveats = newCaveats;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__CAVEATS, oldCaveats,
					caveats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrerequisites() {
		return prerequisites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrerequisites(String newPrerequisites) {
		String oldPrerequisites = prerequisites;
		prerequisites = newPrerequisites;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__PREREQUISITES,
					oldPrerequisites, prerequisites));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBaselineStart() {
		return baselineStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineStart(LocalDate newBaselineStart) {
		LocalDate oldBaselineStart = baselineStart;
		baselineStart = newBaselineStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__BASELINE_START,
					oldBaselineStart, baselineStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBaselineFinish() {
		return baselineFinish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineFinish(LocalDate newBaselineFinish) {
		LocalDate oldBaselineFinish = baselineFinish;
		baselineFinish = newBaselineFinish;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__BASELINE_FINISH,
					oldBaselineFinish, baselineFinish));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PLAN_TASK__BASELINED_AT,
					oldBaselinedAt, baselinedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TaskDependency> getDependencies() {
		if (dependencies == null) {
			dependencies = new EObjectContainmentEList<TaskDependency>(TaskDependency.class, this,
					AdvocacyPackage.PLAN_TASK__DEPENDENCIES);
		}
		return dependencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.PLAN_TASK__DEPENDENCIES:
			return ((InternalEList<?>) getDependencies()).basicRemove(otherEnd, msgs);
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
		case AdvocacyPackage.PLAN_TASK__NAME:
			return getName();
		case AdvocacyPackage.PLAN_TASK__OWNER:
			if (resolve)
				return getOwner();
			return basicGetOwner();
		case AdvocacyPackage.PLAN_TASK__START:
			return getStart();
		case AdvocacyPackage.PLAN_TASK__DURATION_DAYS:
			return getDurationDays();
		case AdvocacyPackage.PLAN_TASK__FINISH:
			return getFinish();
		case AdvocacyPackage.PLAN_TASK__PERCENT_COMPLETE:
			return getPercentComplete();
		case AdvocacyPackage.PLAN_TASK__MILESTONE:
			return isMilestone();
		case AdvocacyPackage.PLAN_TASK__COMMITMENT_DATE:
			return getCommitmentDate();
		case AdvocacyPackage.PLAN_TASK__CAVEATS:
			return getCaveats();
		case AdvocacyPackage.PLAN_TASK__PREREQUISITES:
			return getPrerequisites();
		case AdvocacyPackage.PLAN_TASK__BASELINE_START:
			return getBaselineStart();
		case AdvocacyPackage.PLAN_TASK__BASELINE_FINISH:
			return getBaselineFinish();
		case AdvocacyPackage.PLAN_TASK__BASELINED_AT:
			return getBaselinedAt();
		case AdvocacyPackage.PLAN_TASK__DEPENDENCIES:
			return getDependencies();
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
		case AdvocacyPackage.PLAN_TASK__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__OWNER:
			setOwner((Person) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__START:
			setStart((LocalDate) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__DURATION_DAYS:
			setDurationDays((Integer) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__FINISH:
			setFinish((LocalDate) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__PERCENT_COMPLETE:
			setPercentComplete((Integer) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__MILESTONE:
			setMilestone((Boolean) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__COMMITMENT_DATE:
			setCommitmentDate((LocalDate) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__CAVEATS:
			setCaveats((String) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__PREREQUISITES:
			setPrerequisites((String) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__BASELINE_START:
			setBaselineStart((LocalDate) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__BASELINE_FINISH:
			setBaselineFinish((LocalDate) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__BASELINED_AT:
			setBaselinedAt((Instant) newValue);
			return;
		case AdvocacyPackage.PLAN_TASK__DEPENDENCIES:
			getDependencies().clear();
			getDependencies().addAll((Collection<? extends TaskDependency>) newValue);
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
		case AdvocacyPackage.PLAN_TASK__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__OWNER:
			setOwner((Person) null);
			return;
		case AdvocacyPackage.PLAN_TASK__START:
			setStart(START_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__DURATION_DAYS:
			setDurationDays(DURATION_DAYS_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__FINISH:
			setFinish(FINISH_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__PERCENT_COMPLETE:
			setPercentComplete(PERCENT_COMPLETE_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__MILESTONE:
			setMilestone(MILESTONE_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__COMMITMENT_DATE:
			setCommitmentDate(COMMITMENT_DATE_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__CAVEATS:
			setCaveats(CAVEATS_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__PREREQUISITES:
			setPrerequisites(PREREQUISITES_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__BASELINE_START:
			setBaselineStart(BASELINE_START_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__BASELINE_FINISH:
			setBaselineFinish(BASELINE_FINISH_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__BASELINED_AT:
			setBaselinedAt(BASELINED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.PLAN_TASK__DEPENDENCIES:
			getDependencies().clear();
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
		case AdvocacyPackage.PLAN_TASK__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.PLAN_TASK__OWNER:
			return owner != null;
		case AdvocacyPackage.PLAN_TASK__START:
			return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
		case AdvocacyPackage.PLAN_TASK__DURATION_DAYS:
			return durationDays != DURATION_DAYS_EDEFAULT;
		case AdvocacyPackage.PLAN_TASK__FINISH:
			return FINISH_EDEFAULT == null ? finish != null : !FINISH_EDEFAULT.equals(finish);
		case AdvocacyPackage.PLAN_TASK__PERCENT_COMPLETE:
			return percentComplete != PERCENT_COMPLETE_EDEFAULT;
		case AdvocacyPackage.PLAN_TASK__MILESTONE:
			return milestone != MILESTONE_EDEFAULT;
		case AdvocacyPackage.PLAN_TASK__COMMITMENT_DATE:
			return COMMITMENT_DATE_EDEFAULT == null ? commitmentDate != null
					: !COMMITMENT_DATE_EDEFAULT.equals(commitmentDate);
		case AdvocacyPackage.PLAN_TASK__CAVEATS:
			return CAVEATS_EDEFAULT == null ? caveats != null : !CAVEATS_EDEFAULT.equals(caveats);
		case AdvocacyPackage.PLAN_TASK__PREREQUISITES:
			return PREREQUISITES_EDEFAULT == null ? prerequisites != null
					: !PREREQUISITES_EDEFAULT.equals(prerequisites);
		case AdvocacyPackage.PLAN_TASK__BASELINE_START:
			return BASELINE_START_EDEFAULT == null ? baselineStart != null
					: !BASELINE_START_EDEFAULT.equals(baselineStart);
		case AdvocacyPackage.PLAN_TASK__BASELINE_FINISH:
			return BASELINE_FINISH_EDEFAULT == null ? baselineFinish != null
					: !BASELINE_FINISH_EDEFAULT.equals(baselineFinish);
		case AdvocacyPackage.PLAN_TASK__BASELINED_AT:
			return BASELINED_AT_EDEFAULT == null ? baselinedAt != null : !BASELINED_AT_EDEFAULT.equals(baselinedAt);
		case AdvocacyPackage.PLAN_TASK__DEPENDENCIES:
			return dependencies != null && !dependencies.isEmpty();
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
		result.append(", start: ");
		result.append(start);
		result.append(", durationDays: ");
		result.append(durationDays);
		result.append(", finish: ");
		result.append(finish);
		result.append(", percentComplete: ");
		result.append(percentComplete);
		result.append(", milestone: ");
		result.append(milestone);
		result.append(", commitmentDate: ");
		result.append(commitmentDate);
		result.append(", caveats: ");
		result.append(caveats);
		result.append(", prerequisites: ");
		result.append(prerequisites);
		result.append(", baselineStart: ");
		result.append(baselineStart);
		result.append(", baselineFinish: ");
		result.append(baselineFinish);
		result.append(", baselinedAt: ");
		result.append(baselinedAt);
		result.append(')');
		return result.toString();
	}

} //PlanTaskImpl
