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
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A meeting on an engagement, planned and then held: the response meeting, a customer meeting or its dry-run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.Meeting#getPlannedAt <em>Planned At</em>}</li>
 *   <li>{@link org.advocacy.model.Meeting#getHeldAt <em>Held At</em>}</li>
 *   <li>{@link org.advocacy.model.Meeting#getLocation <em>Location</em>}</li>
 *   <li>{@link org.advocacy.model.Meeting#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.advocacy.model.Meeting#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getMeeting()
 * @model abstract="true"
 * @generated
 */
public interface Meeting extends EObject {
	/**
	 * Returns the value of the '<em><b>Planned At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the meeting is planned to start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned At</em>' attribute.
	 * @see #setPlannedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getMeeting_PlannedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getPlannedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Meeting#getPlannedAt <em>Planned At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned At</em>' attribute.
	 * @see #getPlannedAt()
	 * @generated
	 */
	void setPlannedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Held At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the meeting was held; empty until it has taken place.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Held At</em>' attribute.
	 * @see #setHeldAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getMeeting_HeldAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getHeldAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Meeting#getHeldAt <em>Held At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held At</em>' attribute.
	 * @see #getHeldAt()
	 * @generated
	 */
	void setHeldAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it takes place: a room, or a dial-in or video link.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.advocacy.model.AdvocacyPackage#getMeeting_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Meeting#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people from our side invited to take part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getMeeting_Participants()
	 * @model
	 * @generated
	 */
	EList<Person> getParticipants();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes from the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.advocacy.model.AdvocacyPackage#getMeeting_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Meeting#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Meeting
