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
 * A representation of the model object '<em><b>Ladder Attempt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One attempt to reach a person on the escalation ladder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.LadderAttempt#getLevel <em>Level</em>}</li>
 *   <li>{@link org.advocacy.model.LadderAttempt#getPerson <em>Person</em>}</li>
 *   <li>{@link org.advocacy.model.LadderAttempt#getSubstituteFor <em>Substitute For</em>}</li>
 *   <li>{@link org.advocacy.model.LadderAttempt#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.advocacy.model.LadderAttempt#getContactedAt <em>Contacted At</em>}</li>
 *   <li>{@link org.advocacy.model.LadderAttempt#getRespondedAt <em>Responded At</em>}</li>
 *   <li>{@link org.advocacy.model.LadderAttempt#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.advocacy.model.LadderAttempt#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getLadderAttempt()
 * @model
 * @generated
 */
public interface LadderAttempt extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.EscalationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ladder level that was called.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.advocacy.model.EscalationLevel
	 * @see #setLevel(EscalationLevel)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderAttempt_Level()
	 * @model
	 * @generated
	 */
	EscalationLevel getLevel();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderAttempt#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.advocacy.model.EscalationLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(EscalationLevel value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person who was called.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderAttempt_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderAttempt#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Substitute For</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person on the ladder who was away, when their alternate was called instead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substitute For</em>' reference.
	 * @see #setSubstituteFor(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderAttempt_SubstituteFor()
	 * @model
	 * @generated
	 */
	Person getSubstituteFor();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderAttempt#getSubstituteFor <em>Substitute For</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Substitute For</em>' reference.
	 * @see #getSubstituteFor()
	 * @generated
	 */
	void setSubstituteFor(Person value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.ContactChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the person was contacted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.advocacy.model.ContactChannel
	 * @see #setChannel(ContactChannel)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderAttempt_Channel()
	 * @model
	 * @generated
	 */
	ContactChannel getChannel();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderAttempt#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.advocacy.model.ContactChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ContactChannel value);

	/**
	 * Returns the value of the '<em><b>Contacted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the person was contacted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contacted At</em>' attribute.
	 * @see #setContactedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderAttempt_ContactedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getContactedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderAttempt#getContactedAt <em>Contacted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contacted At</em>' attribute.
	 * @see #getContactedAt()
	 * @generated
	 */
	void setContactedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Responded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the person responded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responded At</em>' attribute.
	 * @see #setRespondedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderAttempt_RespondedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getRespondedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderAttempt#getRespondedAt <em>Responded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responded At</em>' attribute.
	 * @see #getRespondedAt()
	 * @generated
	 */
	void setRespondedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.AttemptOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The result of the attempt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.advocacy.model.AttemptOutcome
	 * @see #setOutcome(AttemptOutcome)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderAttempt_Outcome()
	 * @model
	 * @generated
	 */
	AttemptOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderAttempt#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.advocacy.model.AttemptOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(AttemptOutcome value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes on the attempt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderAttempt_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderAttempt#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // LadderAttempt
