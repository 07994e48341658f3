/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How often to update the customer and how long to wait before escalating, for one urgency.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ServiceTarget#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link org.advocacy.model.ServiceTarget#getUpdateCadenceMinutes <em>Update Cadence Minutes</em>}</li>
 *   <li>{@link org.advocacy.model.ServiceTarget#getEscalationTimeoutMinutes <em>Escalation Timeout Minutes</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getServiceTarget()
 * @model
 * @generated
 */
public interface ServiceTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Urgency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.Urgency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The urgency these targets apply to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Urgency</em>' attribute.
	 * @see org.advocacy.model.Urgency
	 * @see #setUrgency(Urgency)
	 * @see org.advocacy.model.AdvocacyPackage#getServiceTarget_Urgency()
	 * @model
	 * @generated
	 */
	Urgency getUrgency();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ServiceTarget#getUrgency <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Urgency</em>' attribute.
	 * @see org.advocacy.model.Urgency
	 * @see #getUrgency()
	 * @generated
	 */
	void setUrgency(Urgency value);

	/**
	 * Returns the value of the '<em><b>Update Cadence Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often, in minutes, the customer must receive an update.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Cadence Minutes</em>' attribute.
	 * @see #setUpdateCadenceMinutes(int)
	 * @see org.advocacy.model.AdvocacyPackage#getServiceTarget_UpdateCadenceMinutes()
	 * @model
	 * @generated
	 */
	int getUpdateCadenceMinutes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ServiceTarget#getUpdateCadenceMinutes <em>Update Cadence Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Cadence Minutes</em>' attribute.
	 * @see #getUpdateCadenceMinutes()
	 * @generated
	 */
	void setUpdateCadenceMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Escalation Timeout Minutes</b></em>' attribute.
	 * The default value is <code>"15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many minutes to wait for a response before calling the next person on the ladder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escalation Timeout Minutes</em>' attribute.
	 * @see #setEscalationTimeoutMinutes(int)
	 * @see org.advocacy.model.AdvocacyPackage#getServiceTarget_EscalationTimeoutMinutes()
	 * @model default="15"
	 * @generated
	 */
	int getEscalationTimeoutMinutes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ServiceTarget#getEscalationTimeoutMinutes <em>Escalation Timeout Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Escalation Timeout Minutes</em>' attribute.
	 * @see #getEscalationTimeoutMinutes()
	 * @generated
	 */
	void setEscalationTimeoutMinutes(int value);

} // ServiceTarget
