/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rotation Shift</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One turn of a functional area's rotation: from a given day, who is the primary and who the backup contact.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.RotationShift#getStartsOn <em>Starts On</em>}</li>
 *   <li>{@link org.advocacy.model.RotationShift#getPrimary <em>Primary</em>}</li>
 *   <li>{@link org.advocacy.model.RotationShift#getBackup <em>Backup</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getRotationShift()
 * @model
 * @generated
 */
public interface RotationShift extends EObject {
	/**
	 * Returns the value of the '<em><b>Starts On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first day of the shift, in the area's calendar; the shift lasts until the next one starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starts On</em>' attribute.
	 * @see #setStartsOn(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getRotationShift_StartsOn()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartsOn();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RotationShift#getStartsOn <em>Starts On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starts On</em>' attribute.
	 * @see #getStartsOn()
	 * @generated
	 */
	void setStartsOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The primary contact during the shift, called first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary</em>' reference.
	 * @see #setPrimary(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getRotationShift_Primary()
	 * @model
	 * @generated
	 */
	Person getPrimary();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RotationShift#getPrimary <em>Primary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' reference.
	 * @see #getPrimary()
	 * @generated
	 */
	void setPrimary(Person value);

	/**
	 * Returns the value of the '<em><b>Backup</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The backup during the shift, called when the primary does not respond.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backup</em>' reference.
	 * @see #setBackup(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getRotationShift_Backup()
	 * @model
	 * @generated
	 */
	Person getBackup();

	/**
	 * Sets the value of the '{@link org.advocacy.model.RotationShift#getBackup <em>Backup</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backup</em>' reference.
	 * @see #getBackup()
	 * @generated
	 */
	void setBackup(Person value);

} // RotationShift
