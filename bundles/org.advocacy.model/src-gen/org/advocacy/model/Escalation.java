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
 * A representation of the model object '<em><b>Escalation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An escalation to a functional area, worked up its who-to-call ladder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.Escalation#getArea <em>Area</em>}</li>
 *   <li>{@link org.advocacy.model.Escalation#getReason <em>Reason</em>}</li>
 *   <li>{@link org.advocacy.model.Escalation#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.Escalation#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.advocacy.model.Escalation#getAttempts <em>Attempts</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getEscalation()
 * @model
 * @generated
 */
public interface Escalation extends EObject {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area escalated to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(FunctionalArea)
	 * @see org.advocacy.model.AdvocacyPackage#getEscalation_Area()
	 * @model required="true"
	 * @generated
	 */
	FunctionalArea getArea();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Escalation#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(FunctionalArea value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.EscalationReason}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the escalation was started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see org.advocacy.model.EscalationReason
	 * @see #setReason(EscalationReason)
	 * @see org.advocacy.model.AdvocacyPackage#getEscalation_Reason()
	 * @model
	 * @generated
	 */
	EscalationReason getReason();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Escalation#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see org.advocacy.model.EscalationReason
	 * @see #getReason()
	 * @generated
	 */
	void setReason(EscalationReason value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is needed from the area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.advocacy.model.AdvocacyPackage#getEscalation_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Escalation#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the escalation started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getEscalation_StartedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Escalation#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Attempts</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.LadderAttempt}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attempts to reach someone, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attempts</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEscalation_Attempts()
	 * @model containment="true"
	 * @generated
	 */
	EList<LadderAttempt> getAttempts();

} // Escalation
