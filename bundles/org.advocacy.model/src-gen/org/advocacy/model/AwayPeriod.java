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
 * A representation of the model object '<em><b>Away Period</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A period during which a person is away and an alternate takes their calls.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.AwayPeriod#getStart <em>Start</em>}</li>
 *   <li>{@link org.advocacy.model.AwayPeriod#getEnd <em>End</em>}</li>
 *   <li>{@link org.advocacy.model.AwayPeriod#getAlternate <em>Alternate</em>}</li>
 *   <li>{@link org.advocacy.model.AwayPeriod#isAlternateConfirmed <em>Alternate Confirmed</em>}</li>
 *   <li>{@link org.advocacy.model.AwayPeriod#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getAwayPeriod()
 * @model
 * @generated
 */
public interface AwayPeriod extends EObject {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the person leaves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getAwayPeriod_Start()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getStart();

	/**
	 * Sets the value of the '{@link org.advocacy.model.AwayPeriod#getStart <em>Start</em>}' attribute.
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
	 * When the person is back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getAwayPeriod_End()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getEnd();

	/**
	 * Sets the value of the '{@link org.advocacy.model.AwayPeriod#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Instant value);

	/**
	 * Returns the value of the '<em><b>Alternate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who to call instead while the person is away.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alternate</em>' reference.
	 * @see #setAlternate(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getAwayPeriod_Alternate()
	 * @model
	 * @generated
	 */
	Person getAlternate();

	/**
	 * Sets the value of the '{@link org.advocacy.model.AwayPeriod#getAlternate <em>Alternate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alternate</em>' reference.
	 * @see #getAlternate()
	 * @generated
	 */
	void setAlternate(Person value);

	/**
	 * Returns the value of the '<em><b>Alternate Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the alternate has agreed to cover beforehand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alternate Confirmed</em>' attribute.
	 * @see #setAlternateConfirmed(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getAwayPeriod_AlternateConfirmed()
	 * @model
	 * @generated
	 */
	boolean isAlternateConfirmed();

	/**
	 * Sets the value of the '{@link org.advocacy.model.AwayPeriod#isAlternateConfirmed <em>Alternate Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alternate Confirmed</em>' attribute.
	 * @see #isAlternateConfirmed()
	 * @generated
	 */
	void setAlternateConfirmed(boolean value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A note, e.g. what the voicemail or auto-responder says.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.advocacy.model.AdvocacyPackage#getAwayPeriod_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.advocacy.model.AwayPeriod#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // AwayPeriod
