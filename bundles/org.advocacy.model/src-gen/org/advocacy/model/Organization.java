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
 * A representation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The company's organization: functional areas with their who-to-call ladders, people and calendars.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.Organization#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.Organization#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.advocacy.model.Organization#getPeople <em>People</em>}</li>
 *   <li>{@link org.advocacy.model.Organization#getCalendars <em>Calendars</em>}</li>
 *   <li>{@link org.advocacy.model.Organization#getDefaultCalendar <em>Default Calendar</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getOrganization_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Organization#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.FunctionalArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subject-matter and support areas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Areas</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getOrganization_Areas()
	 * @model containment="true"
	 * @generated
	 */
	EList<FunctionalArea> getAreas();

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people who can be engaged or called.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getOrganization_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<Person> getPeople();

	/**
	 * Returns the value of the '<em><b>Calendars</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.BusinessCalendar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business calendars in use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendars</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getOrganization_Calendars()
	 * @model containment="true"
	 * @generated
	 */
	EList<BusinessCalendar> getCalendars();

	/**
	 * Returns the value of the '<em><b>Default Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The calendar used when an area or person has none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Calendar</em>' reference.
	 * @see #setDefaultCalendar(BusinessCalendar)
	 * @see org.advocacy.model.AdvocacyPackage#getOrganization_DefaultCalendar()
	 * @model
	 * @generated
	 */
	BusinessCalendar getDefaultCalendar();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Organization#getDefaultCalendar <em>Default Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Calendar</em>' reference.
	 * @see #getDefaultCalendar()
	 * @generated
	 */
	void setDefaultCalendar(BusinessCalendar value);

} // Organization
