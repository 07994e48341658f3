/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.LocalDate;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Person;
import org.advocacy.model.PlanTask;
import org.advocacy.model.PublishedTask;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Published Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.PublishedTaskImpl#getTask <em>Task</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PublishedTaskImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PublishedTaskImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PublishedTaskImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PublishedTaskImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PublishedTaskImpl#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PublishedTaskImpl#isMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PublishedTaskImpl#getCommitmentDate <em>Commitment Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PublishedTaskImpl extends MinimalEObjectImpl.Container implements PublishedTask {
	/**
	 * The cached value of the '{@link #getTask() <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTask()
	 * @generated
	 * @ordered
	 */
	protected PlanTask task;

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
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final String PHASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected String phase = PHASE_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PublishedTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.PUBLISHED_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanTask getTask() {
		if (task != null && task.eIsProxy()) {
			InternalEObject oldTask = (InternalEObject) task;
			task = (PlanTask) eResolveProxy(oldTask);
			if (task != oldTask) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.PUBLISHED_TASK__TASK,
							oldTask, task));
			}
		}
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanTask basicGetTask() {
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTask(PlanTask newTask) {
		PlanTask oldTask = task;
		task = newTask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PUBLISHED_TASK__TASK, oldTask, task));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PUBLISHED_TASK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(String newPhase) {
		String oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PUBLISHED_TASK__PHASE, oldPhase,
					phase));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.PUBLISHED_TASK__OWNER,
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PUBLISHED_TASK__OWNER, oldOwner,
					owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PUBLISHED_TASK__START, oldStart,
					start));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PUBLISHED_TASK__FINISH, oldFinish,
					finish));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PUBLISHED_TASK__MILESTONE,
					oldMilestone, milestone));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PUBLISHED_TASK__COMMITMENT_DATE,
					oldCommitmentDate, commitmentDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.PUBLISHED_TASK__TASK:
			if (resolve)
				return getTask();
			return basicGetTask();
		case AdvocacyPackage.PUBLISHED_TASK__NAME:
			return getName();
		case AdvocacyPackage.PUBLISHED_TASK__PHASE:
			return getPhase();
		case AdvocacyPackage.PUBLISHED_TASK__OWNER:
			if (resolve)
				return getOwner();
			return basicGetOwner();
		case AdvocacyPackage.PUBLISHED_TASK__START:
			return getStart();
		case AdvocacyPackage.PUBLISHED_TASK__FINISH:
			return getFinish();
		case AdvocacyPackage.PUBLISHED_TASK__MILESTONE:
			return isMilestone();
		case AdvocacyPackage.PUBLISHED_TASK__COMMITMENT_DATE:
			return getCommitmentDate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case AdvocacyPackage.PUBLISHED_TASK__TASK:
			setTask((PlanTask) newValue);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__PHASE:
			setPhase((String) newValue);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__OWNER:
			setOwner((Person) newValue);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__START:
			setStart((LocalDate) newValue);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__FINISH:
			setFinish((LocalDate) newValue);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__MILESTONE:
			setMilestone((Boolean) newValue);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__COMMITMENT_DATE:
			setCommitmentDate((LocalDate) newValue);
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
		case AdvocacyPackage.PUBLISHED_TASK__TASK:
			setTask((PlanTask) null);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__PHASE:
			setPhase(PHASE_EDEFAULT);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__OWNER:
			setOwner((Person) null);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__START:
			setStart(START_EDEFAULT);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__FINISH:
			setFinish(FINISH_EDEFAULT);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__MILESTONE:
			setMilestone(MILESTONE_EDEFAULT);
			return;
		case AdvocacyPackage.PUBLISHED_TASK__COMMITMENT_DATE:
			setCommitmentDate(COMMITMENT_DATE_EDEFAULT);
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
		case AdvocacyPackage.PUBLISHED_TASK__TASK:
			return task != null;
		case AdvocacyPackage.PUBLISHED_TASK__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.PUBLISHED_TASK__PHASE:
			return PHASE_EDEFAULT == null ? phase != null : !PHASE_EDEFAULT.equals(phase);
		case AdvocacyPackage.PUBLISHED_TASK__OWNER:
			return owner != null;
		case AdvocacyPackage.PUBLISHED_TASK__START:
			return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
		case AdvocacyPackage.PUBLISHED_TASK__FINISH:
			return FINISH_EDEFAULT == null ? finish != null : !FINISH_EDEFAULT.equals(finish);
		case AdvocacyPackage.PUBLISHED_TASK__MILESTONE:
			return milestone != MILESTONE_EDEFAULT;
		case AdvocacyPackage.PUBLISHED_TASK__COMMITMENT_DATE:
			return COMMITMENT_DATE_EDEFAULT == null ? commitmentDate != null
					: !COMMITMENT_DATE_EDEFAULT.equals(commitmentDate);
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
		result.append(", phase: ");
		result.append(phase);
		result.append(", start: ");
		result.append(start);
		result.append(", finish: ");
		result.append(finish);
		result.append(", milestone: ");
		result.append(milestone);
		result.append(", commitmentDate: ");
		result.append(commitmentDate);
		result.append(')');
		return result.toString();
	}

} //PublishedTaskImpl
