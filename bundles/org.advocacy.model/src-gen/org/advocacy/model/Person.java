/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.ZoneId;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person in the company who can be engaged, called or assigned work.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.Person#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.Person#getTitle <em>Title</em>}</li>
 *   <li>{@link org.advocacy.model.Person#getEmail <em>Email</em>}</li>
 *   <li>{@link org.advocacy.model.Person#isAdvocate <em>Advocate</em>}</li>
 *   <li>{@link org.advocacy.model.Person#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.advocacy.model.Person#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.advocacy.model.Person#getContactPoints <em>Contact Points</em>}</li>
 *   <li>{@link org.advocacy.model.Person#getAwayPeriods <em>Away Periods</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getPerson_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's job title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.advocacy.model.AdvocacyPackage#getPerson_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Person#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's e-mail address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.advocacy.model.AdvocacyPackage#getPerson_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Person#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Advocate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the person is a customer advocate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Advocate</em>' attribute.
	 * @see #setAdvocate(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getPerson_Advocate()
	 * @model
	 * @generated
	 */
	boolean isAdvocate();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Person#isAdvocate <em>Advocate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advocate</em>' attribute.
	 * @see #isAdvocate()
	 * @generated
	 */
	void setAdvocate(boolean value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's time zone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(ZoneId)
	 * @see org.advocacy.model.AdvocacyPackage#getPerson_TimeZone()
	 * @model dataType="org.advocacy.model.ZoneId"
	 * @generated
	 */
	ZoneId getTimeZone();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Person#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(ZoneId value);

	/**
	 * Returns the value of the '<em><b>Calendar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The calendar that gives the person's working hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar</em>' reference.
	 * @see #setCalendar(BusinessCalendar)
	 * @see org.advocacy.model.AdvocacyPackage#getPerson_Calendar()
	 * @model
	 * @generated
	 */
	BusinessCalendar getCalendar();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Person#getCalendar <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calendar</em>' reference.
	 * @see #getCalendar()
	 * @generated
	 */
	void setCalendar(BusinessCalendar value);

	/**
	 * Returns the value of the '<em><b>Contact Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ContactPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ways to reach the person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contact Points</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getPerson_ContactPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactPoint> getContactPoints();

	/**
	 * Returns the value of the '<em><b>Away Periods</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.AwayPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The periods the person is away, with the alternate to call instead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Away Periods</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getPerson_AwayPeriods()
	 * @model containment="true"
	 * @generated
	 */
	EList<AwayPeriod> getAwayPeriods();

} // Person
