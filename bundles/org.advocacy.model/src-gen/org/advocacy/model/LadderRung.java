/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ladder Rung</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One rung of a who-to-call ladder: the person to call at one escalation level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.LadderRung#getLevel <em>Level</em>}</li>
 *   <li>{@link org.advocacy.model.LadderRung#getPerson <em>Person</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getLadderRung()
 * @model
 * @generated
 */
public interface LadderRung extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.EscalationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The escalation level of this rung.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.advocacy.model.EscalationLevel
	 * @see #setLevel(EscalationLevel)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderRung_Level()
	 * @model
	 * @generated
	 */
	EscalationLevel getLevel();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderRung#getLevel <em>Level</em>}' attribute.
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
	 * The person to call at this level.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getLadderRung_Person()
	 * @model required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.advocacy.model.LadderRung#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

} // LadderRung
