/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Root Cause Commitment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A management commitment to fix root causes, with a date for an update to the group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.RootCauseCommitment#getRootCauses <em>Root Causes</em>}</li>
 *   <li>{@link org.advocacy.model.RootCauseCommitment#getAccountableManager <em>Accountable Manager</em>}</li>
 *   <li>{@link org.advocacy.model.RootCauseCommitment#getCommitment <em>Commitment</em>}</li>
 *   <li>{@link org.advocacy.model.RootCauseCommitment#getPromisedUpdateOn <em>Promised Update On</em>}</li>
 *   <li>{@link org.advocacy.model.RootCauseCommitment#getStatus <em>Status</em>}</li>
 *   <li>{@link org.advocacy.model.RootCauseCommitment#getDropReason <em>Drop Reason</em>}</li>
 *   <li>{@link org.advocacy.model.RootCauseCommitment#getRequestedAt <em>Requested At</em>}</li>
 *   <li>{@link org.advocacy.model.RootCauseCommitment#getRequestedBy <em>Requested By</em>}</li>
 *   <li>{@link org.advocacy.model.RootCauseCommitment#getLastUpdate <em>Last Update</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment()
 * @model
 * @generated
 */
public interface RootCauseCommitment extends PersonalListItem {
	/**
	 * Returns the value of the '<em><b>Root Causes</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.RootCause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root causes addressed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Causes</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment_RootCauses()
	 * @model
	 * @generated
	 */
	EList<RootCause> getRootCauses();

	/**
	 * Returns the value of the '<em><b>Accountable Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The manager accountable for the improvement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accountable Manager</em>' reference.
	 * @see #setAccountableManager(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment_AccountableManager()
	 * @model
	 * @generated
	 */
	Person getAccountableManager();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCauseCommitment#getAccountableManager <em>Accountable Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accountable Manager</em>' reference.
	 * @see #getAccountableManager()
	 * @generated
	 */
	void setAccountableManager(Person value);

	/**
	 * Returns the value of the '<em><b>Commitment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What management committed to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commitment</em>' attribute.
	 * @see #setCommitment(String)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment_Commitment()
	 * @model
	 * @generated
	 */
	String getCommitment();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCauseCommitment#getCommitment <em>Commitment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Commitment</em>' attribute.
	 * @see #getCommitment()
	 * @generated
	 */
	void setCommitment(String value);

	/**
	 * Returns the value of the '<em><b>Promised Update On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the manager will update the group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Promised Update On</em>' attribute.
	 * @see #setPromisedUpdateOn(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment_PromisedUpdateOn()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getPromisedUpdateOn();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCauseCommitment#getPromisedUpdateOn <em>Promised Update On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Promised Update On</em>' attribute.
	 * @see #getPromisedUpdateOn()
	 * @generated
	 */
	void setPromisedUpdateOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.CommitmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the commitment has got.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.CommitmentStatus
	 * @see #setStatus(CommitmentStatus)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment_Status()
	 * @model
	 * @generated
	 */
	CommitmentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCauseCommitment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.CommitmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CommitmentStatus value);

	/**
	 * Returns the value of the '<em><b>Drop Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the commitment was dropped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drop Reason</em>' attribute.
	 * @see #setDropReason(String)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment_DropReason()
	 * @model
	 * @generated
	 */
	String getDropReason();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCauseCommitment#getDropReason <em>Drop Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drop Reason</em>' attribute.
	 * @see #getDropReason()
	 * @generated
	 */
	void setDropReason(String value);

	/**
	 * Returns the value of the '<em><b>Requested At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the advocate asked management for the commitment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requested At</em>' attribute.
	 * @see #setRequestedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment_RequestedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getRequestedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCauseCommitment#getRequestedAt <em>Requested At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requested At</em>' attribute.
	 * @see #getRequestedAt()
	 * @generated
	 */
	void setRequestedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Requested By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The advocate who asked for the commitment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requested By</em>' reference.
	 * @see #setRequestedBy(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment_RequestedBy()
	 * @model
	 * @generated
	 */
	Person getRequestedBy();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCauseCommitment#getRequestedBy <em>Requested By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requested By</em>' reference.
	 * @see #getRequestedBy()
	 * @generated
	 */
	void setRequestedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Last Update</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The latest update given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Update</em>' attribute.
	 * @see #setLastUpdate(String)
	 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCommitment_LastUpdate()
	 * @model
	 * @generated
	 */
	String getLastUpdate();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RootCauseCommitment#getLastUpdate <em>Last Update</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Update</em>' attribute.
	 * @see #getLastUpdate()
	 * @generated
	 */
	void setLastUpdate(String value);

} // RootCauseCommitment
