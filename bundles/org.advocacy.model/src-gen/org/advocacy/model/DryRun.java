/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dry Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The rehearsal before a customer meeting: the agenda and the situation summary walked through as if in front of the customer, each participant covering their part.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.DryRun#getParts <em>Parts</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getDryRun()
 * @model
 * @generated
 */
public interface DryRun extends Meeting {
	/**
	 * Returns the value of the '<em><b>Parts</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.MeetingPart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who covers which part of the agenda.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parts</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getDryRun_Parts()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeetingPart> getParts();

} // DryRun
