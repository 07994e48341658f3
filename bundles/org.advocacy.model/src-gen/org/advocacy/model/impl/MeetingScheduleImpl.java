/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.Person;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting Schedule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#getFirstStart <em>First Start</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#getRepeatEveryWeeks <em>Repeat Every Weeks</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#getRepeatUntil <em>Repeat Until</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#getOrganizer <em>Organizer</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#getCustomerAttendees <em>Customer Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingScheduleImpl#isCancelled <em>Cancelled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingScheduleImpl extends MinimalEObjectImpl.Container implements MeetingSchedule {
	/**
	 * The default value of the '{@link #getFirstStart() <em>First Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstStart()
	 * @generated
	 * @ordered
	 */
	protected static final Instant FIRST_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstStart() <em>First Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstStart()
	 * @generated
	 * @ordered
	 */
	protected Instant firstStart = FIRST_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final ZoneId TIME_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected ZoneId timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepeatEveryWeeks() <em>Repeat Every Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatEveryWeeks()
	 * @generated
	 * @ordered
	 */
	protected static final int REPEAT_EVERY_WEEKS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRepeatEveryWeeks() <em>Repeat Every Weeks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatEveryWeeks()
	 * @generated
	 * @ordered
	 */
	protected int repeatEveryWeeks = REPEAT_EVERY_WEEKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepeatUntil() <em>Repeat Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REPEAT_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRepeatUntil() <em>Repeat Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate repeatUntil = REPEAT_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganizer() <em>Organizer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizer()
	 * @generated
	 * @ordered
	 */
	protected Person organizer;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> attendees;

	/**
	 * The cached value of the '{@link #getCustomerAttendees() <em>Customer Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerContact> customerAttendees;

	/**
	 * The default value of the '{@link #isCancelled() <em>Cancelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCancelled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CANCELLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCancelled() <em>Cancelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCancelled()
	 * @generated
	 * @ordered
	 */
	protected boolean cancelled = CANCELLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingScheduleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.MEETING_SCHEDULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFirstStart() {
		return firstStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstStart(Instant newFirstStart) {
		Instant oldFirstStart = firstStart;
		firstStart = newFirstStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_SCHEDULE__FIRST_START,
					oldFirstStart, firstStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes() {
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes) {
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_SCHEDULE__DURATION_MINUTES,
					oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZoneId getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(ZoneId newTimeZone) {
		ZoneId oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_SCHEDULE__TIME_ZONE,
					oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepeatEveryWeeks() {
		return repeatEveryWeeks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeatEveryWeeks(int newRepeatEveryWeeks) {
		int oldRepeatEveryWeeks = repeatEveryWeeks;
		repeatEveryWeeks = newRepeatEveryWeeks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_SCHEDULE__REPEAT_EVERY_WEEKS,
					oldRepeatEveryWeeks, repeatEveryWeeks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRepeatUntil() {
		return repeatUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeatUntil(LocalDate newRepeatUntil) {
		LocalDate oldRepeatUntil = repeatUntil;
		repeatUntil = newRepeatUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_SCHEDULE__REPEAT_UNTIL,
					oldRepeatUntil, repeatUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_SCHEDULE__LOCATION,
					oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOrganizer() {
		if (organizer != null && organizer.eIsProxy()) {
			InternalEObject oldOrganizer = (InternalEObject) organizer;
			organizer = (Person) eResolveProxy(oldOrganizer);
			if (organizer != oldOrganizer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE,
							AdvocacyPackage.MEETING_SCHEDULE__ORGANIZER, oldOrganizer, organizer));
			}
		}
		return organizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetOrganizer() {
		return organizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganizer(Person newOrganizer) {
		Person oldOrganizer = organizer;
		organizer = newOrganizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_SCHEDULE__ORGANIZER,
					oldOrganizer, organizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectResolvingEList<Person>(Person.class, this,
					AdvocacyPackage.MEETING_SCHEDULE__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerContact> getCustomerAttendees() {
		if (customerAttendees == null) {
			customerAttendees = new EObjectResolvingEList<CustomerContact>(CustomerContact.class, this,
					AdvocacyPackage.MEETING_SCHEDULE__CUSTOMER_ATTENDEES);
		}
		return customerAttendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCancelled() {
		return cancelled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCancelled(boolean newCancelled) {
		boolean oldCancelled = cancelled;
		cancelled = newCancelled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_SCHEDULE__CANCELLED,
					oldCancelled, cancelled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.MEETING_SCHEDULE__FIRST_START:
			return getFirstStart();
		case AdvocacyPackage.MEETING_SCHEDULE__DURATION_MINUTES:
			return getDurationMinutes();
		case AdvocacyPackage.MEETING_SCHEDULE__TIME_ZONE:
			return getTimeZone();
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_EVERY_WEEKS:
			return getRepeatEveryWeeks();
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_UNTIL:
			return getRepeatUntil();
		case AdvocacyPackage.MEETING_SCHEDULE__LOCATION:
			return getLocation();
		case AdvocacyPackage.MEETING_SCHEDULE__ORGANIZER:
			if (resolve)
				return getOrganizer();
			return basicGetOrganizer();
		case AdvocacyPackage.MEETING_SCHEDULE__ATTENDEES:
			return getAttendees();
		case AdvocacyPackage.MEETING_SCHEDULE__CUSTOMER_ATTENDEES:
			return getCustomerAttendees();
		case AdvocacyPackage.MEETING_SCHEDULE__CANCELLED:
			return isCancelled();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case AdvocacyPackage.MEETING_SCHEDULE__FIRST_START:
			setFirstStart((Instant) newValue);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__DURATION_MINUTES:
			setDurationMinutes((Integer) newValue);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__TIME_ZONE:
			setTimeZone((ZoneId) newValue);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_EVERY_WEEKS:
			setRepeatEveryWeeks((Integer) newValue);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_UNTIL:
			setRepeatUntil((LocalDate) newValue);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__LOCATION:
			setLocation((String) newValue);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__ORGANIZER:
			setOrganizer((Person) newValue);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__ATTENDEES:
			getAttendees().clear();
			getAttendees().addAll((Collection<? extends Person>) newValue);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__CUSTOMER_ATTENDEES:
			getCustomerAttendees().clear();
			getCustomerAttendees().addAll((Collection<? extends CustomerContact>) newValue);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__CANCELLED:
			setCancelled((Boolean) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.MEETING_SCHEDULE__FIRST_START:
			setFirstStart(FIRST_START_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__DURATION_MINUTES:
			setDurationMinutes(DURATION_MINUTES_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__TIME_ZONE:
			setTimeZone(TIME_ZONE_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_EVERY_WEEKS:
			setRepeatEveryWeeks(REPEAT_EVERY_WEEKS_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_UNTIL:
			setRepeatUntil(REPEAT_UNTIL_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__LOCATION:
			setLocation(LOCATION_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__ORGANIZER:
			setOrganizer((Person) null);
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__ATTENDEES:
			getAttendees().clear();
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__CUSTOMER_ATTENDEES:
			getCustomerAttendees().clear();
			return;
		case AdvocacyPackage.MEETING_SCHEDULE__CANCELLED:
			setCancelled(CANCELLED_EDEFAULT);
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.MEETING_SCHEDULE__FIRST_START:
			return FIRST_START_EDEFAULT == null ? firstStart != null : !FIRST_START_EDEFAULT.equals(firstStart);
		case AdvocacyPackage.MEETING_SCHEDULE__DURATION_MINUTES:
			return durationMinutes != DURATION_MINUTES_EDEFAULT;
		case AdvocacyPackage.MEETING_SCHEDULE__TIME_ZONE:
			return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_EVERY_WEEKS:
			return repeatEveryWeeks != REPEAT_EVERY_WEEKS_EDEFAULT;
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_UNTIL:
			return REPEAT_UNTIL_EDEFAULT == null ? repeatUntil != null : !REPEAT_UNTIL_EDEFAULT.equals(repeatUntil);
		case AdvocacyPackage.MEETING_SCHEDULE__LOCATION:
			return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
		case AdvocacyPackage.MEETING_SCHEDULE__ORGANIZER:
			return organizer != null;
		case AdvocacyPackage.MEETING_SCHEDULE__ATTENDEES:
			return attendees != null && !attendees.isEmpty();
		case AdvocacyPackage.MEETING_SCHEDULE__CUSTOMER_ATTENDEES:
			return customerAttendees != null && !customerAttendees.isEmpty();
		case AdvocacyPackage.MEETING_SCHEDULE__CANCELLED:
			return cancelled != CANCELLED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (firstStart: ");
		result.append(firstStart);
		result.append(", durationMinutes: ");
		result.append(durationMinutes);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(", repeatEveryWeeks: ");
		result.append(repeatEveryWeeks);
		result.append(", repeatUntil: ");
		result.append(repeatUntil);
		result.append(", location: ");
		result.append(location);
		result.append(", cancelled: ");
		result.append(cancelled);
		result.append(')');
		return result.toString();
	}

} //MeetingScheduleImpl
