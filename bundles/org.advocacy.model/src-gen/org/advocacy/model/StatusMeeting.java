/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A status meeting on a get-well plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.StatusMeeting#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.advocacy.model.StatusMeeting#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.StatusMeeting#getColour <em>Colour</em>}</li>
 *   <li>{@link org.advocacy.model.StatusMeeting#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getStatusMeeting()
 * @model
 * @generated
 */
public interface StatusMeeting extends EObject {
	/**
	 * Returns the value of the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the meeting was held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Held On</em>' attribute.
	 * @see #setHeldOn(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getStatusMeeting_HeldOn()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getHeldOn();

	/**
	 * Sets the value of the '{@link org.advocacy.model.StatusMeeting#getHeldOn <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held On</em>' attribute.
	 * @see #getHeldOn()
	 * @generated
	 */
	void setHeldOn(Instant value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who attended.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attendees</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getStatusMeeting_Attendees()
	 * @model
	 * @generated
	 */
	EList<Person> getAttendees();

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.StatusColour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status colour agreed at the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #setColour(StatusColour)
	 * @see org.advocacy.model.AdvocacyPackage#getStatusMeeting_Colour()
	 * @model
	 * @generated
	 */
	StatusColour getColour();

	/**
	 * Sets the value of the '{@link org.advocacy.model.StatusMeeting#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #getColour()
	 * @generated
	 */
	void setColour(StatusColour value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes from the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.advocacy.model.AdvocacyPackage#getStatusMeeting_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.StatusMeeting#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // StatusMeeting
