/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A meeting with the customer to walk through the situation and the plan, prepared with a dry-run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.CustomerMeeting#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerMeeting#isSeniorManagementAttends <em>Senior Management Attends</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerMeeting#getCustomerAttendees <em>Customer Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerMeeting#getDryRun <em>Dry Run</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getCustomerMeeting()
 * @model
 * @generated
 */
public interface CustomerMeeting extends Meeting {
	/**
	 * Returns the value of the '<em><b>Agenda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The agenda, in the order it will be walked through.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agenda</em>' attribute.
	 * @see #setAgenda(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerMeeting_Agenda()
	 * @model
	 * @generated
	 */
	String getAgenda();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerMeeting#getAgenda <em>Agenda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agenda</em>' attribute.
	 * @see #getAgenda()
	 * @generated
	 */
	void setAgenda(String value);

	/**
	 * Returns the value of the '<em><b>Senior Management Attends</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether senior management of our company joins, to show the attention the situation receives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Senior Management Attends</em>' attribute.
	 * @see #setSeniorManagementAttends(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerMeeting_SeniorManagementAttends()
	 * @model
	 * @generated
	 */
	boolean isSeniorManagementAttends();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerMeeting#isSeniorManagementAttends <em>Senior Management Attends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Senior Management Attends</em>' attribute.
	 * @see #isSeniorManagementAttends()
	 * @generated
	 */
	void setSeniorManagementAttends(boolean value);

	/**
	 * Returns the value of the '<em><b>Customer Attendees</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.CustomerContact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's people invited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Attendees</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerMeeting_CustomerAttendees()
	 * @model
	 * @generated
	 */
	EList<CustomerContact> getCustomerAttendees();

	/**
	 * Returns the value of the '<em><b>Dry Run</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rehearsal before the meeting; a customer meeting less than a day away without one is flagged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dry Run</em>' containment reference.
	 * @see #setDryRun(DryRun)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerMeeting_DryRun()
	 * @model containment="true"
	 * @generated
	 */
	DryRun getDryRun();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerMeeting#getDryRun <em>Dry Run</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dry Run</em>' containment reference.
	 * @see #getDryRun()
	 * @generated
	 */
	void setDryRun(DryRun value);

} // CustomerMeeting
