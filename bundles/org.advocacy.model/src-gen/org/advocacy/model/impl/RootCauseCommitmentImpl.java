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
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.Person;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Root Cause Commitment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.RootCauseCommitmentImpl#getRootCauses <em>Root Causes</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseCommitmentImpl#getAccountableManager <em>Accountable Manager</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseCommitmentImpl#getCommitment <em>Commitment</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseCommitmentImpl#getPromisedUpdateOn <em>Promised Update On</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseCommitmentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseCommitmentImpl#getDropReason <em>Drop Reason</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseCommitmentImpl#getRequestedAt <em>Requested At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseCommitmentImpl#getRequestedBy <em>Requested By</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseCommitmentImpl#getLastUpdate <em>Last Update</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RootCauseCommitmentImpl extends PersonalListItemImpl implements RootCauseCommitment {
	/**
	 * The cached value of the '{@link #getRootCauses() <em>Root Causes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<RootCause> rootCauses;

	/**
	 * The cached value of the '{@link #getAccountableManager() <em>Accountable Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountableManager()
	 * @generated
	 * @ordered
	 */
	protected Person accountableManager;

	/**
	 * The default value of the '{@link #getCommitment() <em>Commitment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMITMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommitment() <em>Commitment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitment()
	 * @generated
	 * @ordered
	 */
	protected String commitment = COMMITMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPromisedUpdateOn() <em>Promised Update On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromisedUpdateOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PROMISED_UPDATE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPromisedUpdateOn() <em>Promised Update On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPromisedUpdateOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate promisedUpdateOn = PROMISED_UPDATE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CommitmentStatus STATUS_EDEFAULT = CommitmentStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CommitmentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDropReason() <em>Drop Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropReason()
	 * @generated
	 * @ordered
	 */
	protected static final String DROP_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDropReason() <em>Drop Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropReason()
	 * @generated
	 * @ordered
	 */
	protected String dropReason = DROP_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getRequestedAt() <em>Requested At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REQUESTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequestedAt() <em>Requested At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant requestedAt = REQUESTED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequestedBy() <em>Requested By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedBy()
	 * @generated
	 * @ordered
	 */
	protected Person requestedBy;

	/**
	 * The default value of the '{@link #getLastUpdate() <em>Last Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUpdate()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_UPDATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastUpdate() <em>Last Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastUpdate()
	 * @generated
	 * @ordered
	 */
	protected String lastUpdate = LAST_UPDATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RootCauseCommitmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RootCause> getRootCauses() {
		if (rootCauses == null) {
			rootCauses = new EObjectResolvingEList<RootCause>(RootCause.class, this,
					AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ROOT_CAUSES);
		}
		return rootCauses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAccountableManager() {
		if (accountableManager != null && accountableManager.eIsProxy()) {
			InternalEObject oldAccountableManager = (InternalEObject) accountableManager;
			accountableManager = (Person) eResolveProxy(oldAccountableManager);
			if (accountableManager != oldAccountableManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE,
							AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER, oldAccountableManager,
							accountableManager));
			}
		}
		return accountableManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAccountableManager() {
		return accountableManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountableManager(Person newAccountableManager) {
		Person oldAccountableManager = accountableManager;
		accountableManager = newAccountableManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER, oldAccountableManager,
					accountableManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCommitment() {
		return commitment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitment(String newCommitment) {
		String oldCommitment = commitment;
		commitment = newCommitment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROOT_CAUSE_COMMITMENT__COMMITMENT,
					oldCommitment, commitment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPromisedUpdateOn() {
		return promisedUpdateOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPromisedUpdateOn(LocalDate newPromisedUpdateOn) {
		LocalDate oldPromisedUpdateOn = promisedUpdateOn;
		promisedUpdateOn = newPromisedUpdateOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON, oldPromisedUpdateOn, promisedUpdateOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitmentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CommitmentStatus newStatus) {
		CommitmentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROOT_CAUSE_COMMITMENT__STATUS,
					oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDropReason() {
		return dropReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDropReason(String newDropReason) {
		String oldDropReason = dropReason;
		dropReason = newDropReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROOT_CAUSE_COMMITMENT__DROP_REASON,
					oldDropReason, dropReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRequestedAt() {
		return requestedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestedAt(Instant newRequestedAt) {
		Instant oldRequestedAt = requestedAt;
		requestedAt = newRequestedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_AT,
					oldRequestedAt, requestedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getRequestedBy() {
		if (requestedBy != null && requestedBy.eIsProxy()) {
			InternalEObject oldRequestedBy = (InternalEObject) requestedBy;
			requestedBy = (Person) eResolveProxy(oldRequestedBy);
			if (requestedBy != oldRequestedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE,
							AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_BY, oldRequestedBy, requestedBy));
			}
		}
		return requestedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetRequestedBy() {
		return requestedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestedBy(Person newRequestedBy) {
		Person oldRequestedBy = requestedBy;
		requestedBy = newRequestedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_BY,
					oldRequestedBy, requestedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastUpdate() {
		return lastUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastUpdate(String newLastUpdate) {
		String oldLastUpdate = lastUpdate;
		lastUpdate = newLastUpdate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROOT_CAUSE_COMMITMENT__LAST_UPDATE,
					oldLastUpdate, lastUpdate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ROOT_CAUSES:
			return getRootCauses();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER:
			if (resolve)
				return getAccountableManager();
			return basicGetAccountableManager();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__COMMITMENT:
			return getCommitment();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON:
			return getPromisedUpdateOn();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__STATUS:
			return getStatus();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__DROP_REASON:
			return getDropReason();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_AT:
			return getRequestedAt();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_BY:
			if (resolve)
				return getRequestedBy();
			return basicGetRequestedBy();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__LAST_UPDATE:
			return getLastUpdate();
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
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ROOT_CAUSES:
			getRootCauses().clear();
			getRootCauses().addAll((Collection<? extends RootCause>) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER:
			setAccountableManager((Person) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__COMMITMENT:
			setCommitment((String) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON:
			setPromisedUpdateOn((LocalDate) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__STATUS:
			setStatus((CommitmentStatus) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__DROP_REASON:
			setDropReason((String) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_AT:
			setRequestedAt((Instant) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_BY:
			setRequestedBy((Person) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__LAST_UPDATE:
			setLastUpdate((String) newValue);
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
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ROOT_CAUSES:
			getRootCauses().clear();
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER:
			setAccountableManager((Person) null);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__COMMITMENT:
			setCommitment(COMMITMENT_EDEFAULT);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON:
			setPromisedUpdateOn(PROMISED_UPDATE_ON_EDEFAULT);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__STATUS:
			setStatus(STATUS_EDEFAULT);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__DROP_REASON:
			setDropReason(DROP_REASON_EDEFAULT);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_AT:
			setRequestedAt(REQUESTED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_BY:
			setRequestedBy((Person) null);
			return;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__LAST_UPDATE:
			setLastUpdate(LAST_UPDATE_EDEFAULT);
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
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ROOT_CAUSES:
			return rootCauses != null && !rootCauses.isEmpty();
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER:
			return accountableManager != null;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__COMMITMENT:
			return COMMITMENT_EDEFAULT == null ? commitment != null : !COMMITMENT_EDEFAULT.equals(commitment);
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON:
			return PROMISED_UPDATE_ON_EDEFAULT == null ? promisedUpdateOn != null
					: !PROMISED_UPDATE_ON_EDEFAULT.equals(promisedUpdateOn);
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__STATUS:
			return status != STATUS_EDEFAULT;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__DROP_REASON:
			return DROP_REASON_EDEFAULT == null ? dropReason != null : !DROP_REASON_EDEFAULT.equals(dropReason);
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_AT:
			return REQUESTED_AT_EDEFAULT == null ? requestedAt != null : !REQUESTED_AT_EDEFAULT.equals(requestedAt);
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_BY:
			return requestedBy != null;
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__LAST_UPDATE:
			return LAST_UPDATE_EDEFAULT == null ? lastUpdate != null : !LAST_UPDATE_EDEFAULT.equals(lastUpdate);
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
		result.append(" (commitment: ");
		result.append(commitment);
		result.append(", promisedUpdateOn: ");
		result.append(promisedUpdateOn);
		result.append(", status: ");
		result.append(status);
		result.append(", dropReason: ");
		result.append(dropReason);
		result.append(", requestedAt: ");
		result.append(requestedAt);
		result.append(", lastUpdate: ");
		result.append(lastUpdate);
		result.append(')');
		return result.toString();
	}

} //RootCauseCommitmentImpl
