/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting Part</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One participant's part of a customer meeting, rehearsed in the dry-run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.MeetingPart#getPerson <em>Person</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingPart#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingPart#isRehearsed <em>Rehearsed</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingPart#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getMeetingPart()
 * @model
 * @generated
 */
public interface MeetingPart extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who covers the part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingPart_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingPart#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the person covers, e.g. the chronology or the corrective actions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingPart_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingPart#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Rehearsed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the person covered their part in the dry-run as if in front of the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rehearsed</em>' attribute.
	 * @see #setRehearsed(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingPart_Rehearsed()
	 * @model
	 * @generated
	 */
	boolean isRehearsed();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingPart#isRehearsed <em>Rehearsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rehearsed</em>' attribute.
	 * @see #isRehearsed()
	 * @generated
	 */
	void setRehearsed(boolean value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the rehearsal showed: items to investigate further, or phrasing that detracts from the message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingPart_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingPart#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // MeetingPart
