/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Response Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The response meeting ("get all the liars in the same room"): the subject-matter experts brought together, in a room or on a call, to clarify the situation, what the problem is, how we got here, the options and a course of action. Its outcome is the first draft of the situation summary.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ResponseMeeting#getSituation <em>Situation</em>}</li>
 *   <li>{@link org.advocacy.model.ResponseMeeting#getProblem <em>Problem</em>}</li>
 *   <li>{@link org.advocacy.model.ResponseMeeting#getHowWeGotHere <em>How We Got Here</em>}</li>
 *   <li>{@link org.advocacy.model.ResponseMeeting#getOptions <em>Options</em>}</li>
 *   <li>{@link org.advocacy.model.ResponseMeeting#getCourseOfAction <em>Course Of Action</em>}</li>
 *   <li>{@link org.advocacy.model.ResponseMeeting#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.advocacy.model.ResponseMeeting#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getResponseMeeting()
 * @model
 * @generated
 */
public interface ResponseMeeting extends Meeting {
	/**
	 * Returns the value of the '<em><b>Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is the situation? The answer agreed at the meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Situation</em>' attribute.
	 * @see #setSituation(String)
	 * @see org.advocacy.model.AdvocacyPackage#getResponseMeeting_Situation()
	 * @model
	 * @generated
	 */
	String getSituation();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ResponseMeeting#getSituation <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Situation</em>' attribute.
	 * @see #getSituation()
	 * @generated
	 */
	void setSituation(String value);

	/**
	 * Returns the value of the '<em><b>Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is the problem, based on what we know so far?
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problem</em>' attribute.
	 * @see #setProblem(String)
	 * @see org.advocacy.model.AdvocacyPackage#getResponseMeeting_Problem()
	 * @model
	 * @generated
	 */
	String getProblem();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ResponseMeeting#getProblem <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem</em>' attribute.
	 * @see #getProblem()
	 * @generated
	 */
	void setProblem(String value);

	/**
	 * Returns the value of the '<em><b>How We Got Here</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How did we get here? The chronology up to the customer's dissatisfaction, told without accusing anyone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>How We Got Here</em>' attribute.
	 * @see #setHowWeGotHere(String)
	 * @see org.advocacy.model.AdvocacyPackage#getResponseMeeting_HowWeGotHere()
	 * @model
	 * @generated
	 */
	String getHowWeGotHere();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ResponseMeeting#getHowWeGotHere <em>How We Got Here</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>How We Got Here</em>' attribute.
	 * @see #getHowWeGotHere()
	 * @generated
	 */
	void setHowWeGotHere(String value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What are the options?
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Options</em>' attribute.
	 * @see #setOptions(String)
	 * @see org.advocacy.model.AdvocacyPackage#getResponseMeeting_Options()
	 * @model
	 * @generated
	 */
	String getOptions();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ResponseMeeting#getOptions <em>Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Options</em>' attribute.
	 * @see #getOptions()
	 * @generated
	 */
	void setOptions(String value);

	/**
	 * Returns the value of the '<em><b>Course Of Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is the course of action?
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Course Of Action</em>' attribute.
	 * @see #setCourseOfAction(String)
	 * @see org.advocacy.model.AdvocacyPackage#getResponseMeeting_CourseOfAction()
	 * @model
	 * @generated
	 */
	String getCourseOfAction();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ResponseMeeting#getCourseOfAction <em>Course Of Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course Of Action</em>' attribute.
	 * @see #getCourseOfAction()
	 * @generated
	 */
	void setCourseOfAction(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the participants bring to build the chronology: performance reports, the history of inquiries and problem reports, invoices, contracts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getResponseMeeting_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the meeting concluded; the basis of the first draft situation summary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see org.advocacy.model.AdvocacyPackage#getResponseMeeting_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ResponseMeeting#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

} // ResponseMeeting
