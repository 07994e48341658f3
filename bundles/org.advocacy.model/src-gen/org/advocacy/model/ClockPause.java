/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clock Pause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A time the customer-update clock stood still because we were waiting on the customer. Pauses are shown in the log, left out of the metrics' durations, and flagged when they last too long.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ClockPause#getStart <em>Start</em>}</li>
 *   <li>{@link org.advocacy.model.ClockPause#getEnd <em>End</em>}</li>
 *   <li>{@link org.advocacy.model.ClockPause#getReason <em>Reason</em>}</li>
 *   <li>{@link org.advocacy.model.ClockPause#getPausedBy <em>Paused By</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getClockPause()
 * @model
 * @generated
 */
public interface ClockPause extends EObject {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the clock was paused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getClockPause_Start()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getStart();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ClockPause#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Instant value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the clock started again; empty while it is paused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getClockPause_End()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getEnd();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ClockPause#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Instant value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What we are waiting on the customer for, e.g. log files or a maintenance window.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.advocacy.model.AdvocacyPackage#getClockPause_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ClockPause#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Paused By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who paused the clock.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paused By</em>' reference.
	 * @see #setPausedBy(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getClockPause_PausedBy()
	 * @model
	 * @generated
	 */
	Person getPausedBy();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ClockPause#getPausedBy <em>Paused By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paused By</em>' reference.
	 * @see #getPausedBy()
	 * @generated
	 */
	void setPausedBy(Person value);

} // ClockPause
