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
 * A representation of the model object '<em><b>Management Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An internal management review of open engagements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ManagementReview#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.advocacy.model.ManagementReview#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.ManagementReview#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.advocacy.model.ManagementReview#getItems <em>Items</em>}</li>
 *   <li>{@link org.advocacy.model.ManagementReview#getCommitments <em>Commitments</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getManagementReview()
 * @model
 * @generated
 */
public interface ManagementReview extends EObject {
	/**
	 * Returns the value of the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the review was held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Held On</em>' attribute.
	 * @see #setHeldOn(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getManagementReview_HeldOn()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getHeldOn();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ManagementReview#getHeldOn <em>Held On</em>}' attribute.
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
	 * @see org.advocacy.model.AdvocacyPackage#getManagementReview_Attendees()
	 * @model
	 * @generated
	 */
	EList<Person> getAttendees();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes from the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.advocacy.model.AdvocacyPackage#getManagementReview_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ManagementReview#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ReviewItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The engagements on the agenda.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getManagementReview_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewItem> getItems();

	/**
	 * Returns the value of the '<em><b>Commitments</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.RootCauseCommitment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The commitments management made to root-cause improvements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commitments</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getManagementReview_Commitments()
	 * @model containment="true"
	 * @generated
	 */
	EList<RootCauseCommitment> getCommitments();

} // ManagementReview
