/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Functional Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A subject-matter or support area, with its who-to-call ladder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.FunctionalArea#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.FunctionalArea#getKind <em>Kind</em>}</li>
 *   <li>{@link org.advocacy.model.FunctionalArea#getLadder <em>Ladder</em>}</li>
 *   <li>{@link org.advocacy.model.FunctionalArea#getRotation <em>Rotation</em>}</li>
 *   <li>{@link org.advocacy.model.FunctionalArea#getCalendar <em>Calendar</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getFunctionalArea()
 * @model
 * @generated
 */
public interface FunctionalArea extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the area, e.g. Technical support EMEA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getFunctionalArea_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.FunctionalArea#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.AreaKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.advocacy.model.AreaKind
	 * @see #setKind(AreaKind)
	 * @see org.advocacy.model.AdvocacyPackage#getFunctionalArea_Kind()
	 * @model
	 * @generated
	 */
	AreaKind getKind();

	/**
	 * Sets the value of the '{@link org.advocacy.model.FunctionalArea#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.advocacy.model.AreaKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AreaKind value);

	/**
	 * Returns the value of the '<em><b>Ladder</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.LadderRung}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The who-to-call row, in order from the primary contact up to the vice president.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ladder</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getFunctionalArea_Ladder()
	 * @model containment="true"
	 * @generated
	 */
	EList<LadderRung> getLadder();

	/**
	 * Returns the value of the '<em><b>Rotation</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.RotationShift}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the primary and backup contacts take turns: on any day, the shift that started last (on or before that day) names the primary and the backup to call instead of the ladder's own Primary and Backup rungs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rotation</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getFunctionalArea_Rotation()
	 * @model containment="true"
	 * @generated
	 */
	EList<RotationShift> getRotation();

	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business calendar of the area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar</em>' reference.
	 * @see #setCalendar(BusinessCalendar)
	 * @see org.advocacy.model.AdvocacyPackage#getFunctionalArea_Calendar()
	 * @model
	 * @generated
	 */
	BusinessCalendar getCalendar();

	/**
	 * Sets the value of the '{@link org.advocacy.model.FunctionalArea#getCalendar <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' reference.
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(BusinessCalendar value);

} // FunctionalArea
