/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When a recurring meeting takes place, for its calendar invitations: a get-well plan's status meetings or the weekly management review.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.MeetingSchedule#getFirstStart <em>First Start</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingSchedule#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingSchedule#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingSchedule#getRepeatEveryWeeks <em>Repeat Every Weeks</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingSchedule#getRepeatUntil <em>Repeat Until</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingSchedule#getLocation <em>Location</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingSchedule#getOrganizer <em>Organizer</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingSchedule#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingSchedule#getCustomerAttendees <em>Customer Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.MeetingSchedule#isCancelled <em>Cancelled</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule()
 * @model
 * @generated
 */
public interface MeetingSchedule extends EObject {
	/**
	 * Returns the value of the '<em><b>First Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the first meeting starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Start</em>' attribute.
	 * @see #setFirstStart(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_FirstStart()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getFirstStart();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingSchedule#getFirstStart <em>First Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Start</em>' attribute.
	 * @see #getFirstStart()
	 * @generated
	 */
	void setFirstStart(Instant value);

	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long each meeting lasts, in minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_DurationMinutes()
	 * @model
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingSchedule#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time zone the meeting is held in; repeats keep their local time across daylight-saving changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(ZoneId)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_TimeZone()
	 * @model dataType="org.advocacy.model.ZoneId"
	 * @generated
	 */
	ZoneId getTimeZone();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingSchedule#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(ZoneId value);

	/**
	 * Returns the value of the '<em><b>Repeat Every Weeks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many weeks pass between meetings: 1 for weekly, 2 for every other week, 0 for a single meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repeat Every Weeks</em>' attribute.
	 * @see #setRepeatEveryWeeks(int)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_RepeatEveryWeeks()
	 * @model
	 * @generated
	 */
	int getRepeatEveryWeeks();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingSchedule#getRepeatEveryWeeks <em>Repeat Every Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeat Every Weeks</em>' attribute.
	 * @see #getRepeatEveryWeeks()
	 * @generated
	 */
	void setRepeatEveryWeeks(int value);

	/**
	 * Returns the value of the '<em><b>Repeat Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day a meeting may take place; empty to repeat until further notice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repeat Until</em>' attribute.
	 * @see #setRepeatUntil(LocalDate)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_RepeatUntil()
	 * @model dataType="org.advocacy.model.LocalDate"
	 * @generated
	 */
	LocalDate getRepeatUntil();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingSchedule#getRepeatUntil <em>Repeat Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeat Until</em>' attribute.
	 * @see #getRepeatUntil()
	 * @generated
	 */
	void setRepeatUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the meeting is held: a room, or a dial-in or video link.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingSchedule#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Organizer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who runs the meeting and receives the replies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organizer</em>' reference.
	 * @see #setOrganizer(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_Organizer()
	 * @model
	 * @generated
	 */
	Person getOrganizer();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingSchedule#getOrganizer <em>Organizer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organizer</em>' reference.
	 * @see #getOrganizer()
	 * @generated
	 */
	void setOrganizer(Person value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people invited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attendees</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_Attendees()
	 * @model
	 * @generated
	 */
	EList<Person> getAttendees();

	/**
	 * Returns the value of the '<em><b>Customer Attendees</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.CustomerContact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's people invited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Attendees</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_CustomerAttendees()
	 * @model
	 * @generated
	 */
	EList<CustomerContact> getCustomerAttendees();

	/**
	 * Returns the value of the '<em><b>Cancelled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the meetings are called off; those invited receive a cancellation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cancelled</em>' attribute.
	 * @see #setCancelled(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getMeetingSchedule_Cancelled()
	 * @model
	 * @generated
	 */
	boolean isCancelled();

	/**
	 * Sets the value of the '{@link org.advocacy.model.MeetingSchedule#isCancelled <em>Cancelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cancelled</em>' attribute.
	 * @see #isCancelled()
	 * @generated
	 */
	void setCancelled(boolean value);

} // MeetingSchedule
