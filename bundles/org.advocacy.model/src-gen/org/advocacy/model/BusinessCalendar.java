/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.LocalTime;
import java.time.ZoneId;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Working days, working hours and holidays in one time zone.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.BusinessCalendar#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.BusinessCalendar#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.advocacy.model.BusinessCalendar#getWorkingDays <em>Working Days</em>}</li>
 *   <li>{@link org.advocacy.model.BusinessCalendar#getWorkdayStart <em>Workday Start</em>}</li>
 *   <li>{@link org.advocacy.model.BusinessCalendar#getWorkdayEnd <em>Workday End</em>}</li>
 *   <li>{@link org.advocacy.model.BusinessCalendar#getHolidays <em>Holidays</em>}</li>
 *   <li>{@link org.advocacy.model.BusinessCalendar#getHolidayRegion <em>Holiday Region</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getBusinessCalendar()
 * @model
 * @generated
 */
public interface BusinessCalendar extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the calendar, e.g. US East.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getBusinessCalendar_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.BusinessCalendar#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time zone of the working hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(ZoneId)
	 * @see org.advocacy.model.AdvocacyPackage#getBusinessCalendar_TimeZone()
	 * @model dataType="org.advocacy.model.ZoneId"
	 * @generated
	 */
	ZoneId getTimeZone();

	/**
	 * Sets the value of the '{@link org.advocacy.model.BusinessCalendar#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(ZoneId value);

	/**
	 * Returns the value of the '<em><b>Working Days</b></em>' attribute list.
	 * The list contents are of type {@link org.advocacy.model.Weekday}.
	 * The literals are from the enumeration {@link org.advocacy.model.Weekday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The days of the week that are working days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Working Days</em>' attribute list.
	 * @see org.advocacy.model.Weekday
	 * @see org.advocacy.model.AdvocacyPackage#getBusinessCalendar_WorkingDays()
	 * @model
	 * @generated
	 */
	EList<Weekday> getWorkingDays();

	/**
	 * Returns the value of the '<em><b>Workday Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When a working day starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workday Start</em>' attribute.
	 * @see #setWorkdayStart(LocalTime)
	 * @see org.advocacy.model.AdvocacyPackage#getBusinessCalendar_WorkdayStart()
	 * @model dataType="org.advocacy.model.LocalTime"
	 * @generated
	 */
	LocalTime getWorkdayStart();

	/**
	 * Sets the value of the '{@link org.advocacy.model.BusinessCalendar#getWorkdayStart <em>Workday Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workday Start</em>' attribute.
	 * @see #getWorkdayStart()
	 * @generated
	 */
	void setWorkdayStart(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Workday End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When a working day ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workday End</em>' attribute.
	 * @see #setWorkdayEnd(LocalTime)
	 * @see org.advocacy.model.AdvocacyPackage#getBusinessCalendar_WorkdayEnd()
	 * @model dataType="org.advocacy.model.LocalTime"
	 * @generated
	 */
	LocalTime getWorkdayEnd();

	/**
	 * Sets the value of the '{@link org.advocacy.model.BusinessCalendar#getWorkdayEnd <em>Workday End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workday End</em>' attribute.
	 * @see #getWorkdayEnd()
	 * @generated
	 */
	void setWorkdayEnd(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Holidays</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Holiday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The non-working days besides weekends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holidays</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getBusinessCalendar_Holidays()
	 * @model containment="true"
	 * @generated
	 */
	EList<Holiday> getHolidays();

	/**
	 * Returns the value of the '<em><b>Holiday Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The country, or country and region, whose public holidays were filled in, as an ISO code such as US or DE-BY; empty when the holidays were entered by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holiday Region</em>' attribute.
	 * @see #setHolidayRegion(String)
	 * @see org.advocacy.model.AdvocacyPackage#getBusinessCalendar_HolidayRegion()
	 * @model
	 * @generated
	 */
	String getHolidayRegion();

	/**
	 * Sets the value of the '{@link org.advocacy.model.BusinessCalendar#getHolidayRegion <em>Holiday Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holiday Region</em>' attribute.
	 * @see #getHolidayRegion()
	 * @generated
	 */
	void setHolidayRegion(String value);

} // BusinessCalendar
