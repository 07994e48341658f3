/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.LocalTime;
import java.time.ZoneId;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Holiday;
import org.advocacy.model.Weekday;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Business Calendar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.BusinessCalendarImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.BusinessCalendarImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.advocacy.model.impl.BusinessCalendarImpl#getWorkingDays <em>Working Days</em>}</li>
 *   <li>{@link org.advocacy.model.impl.BusinessCalendarImpl#getWorkdayStart <em>Workday Start</em>}</li>
 *   <li>{@link org.advocacy.model.impl.BusinessCalendarImpl#getWorkdayEnd <em>Workday End</em>}</li>
 *   <li>{@link org.advocacy.model.impl.BusinessCalendarImpl#getHolidays <em>Holidays</em>}</li>
 *   <li>{@link org.advocacy.model.impl.BusinessCalendarImpl#getHolidayRegion <em>Holiday Region</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BusinessCalendarImpl extends MinimalEObjectImpl.Container implements BusinessCalendar {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getWorkingDays() <em>Working Days</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkingDays()
	 * @generated
	 * @ordered
	 */
	protected EList<Weekday> workingDays;

	/**
	 * The default value of the '{@link #getWorkdayStart() <em>Workday Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkdayStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime WORKDAY_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorkdayStart() <em>Workday Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkdayStart()
	 * @generated
	 * @ordered
	 */
	protected LocalTime workdayStart = WORKDAY_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkdayEnd() <em>Workday End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkdayEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime WORKDAY_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorkdayEnd() <em>Workday End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkdayEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalTime workdayEnd = WORKDAY_END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHolidays() <em>Holidays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolidays()
	 * @generated
	 * @ordered
	 */
	protected EList<Holiday> holidays;

	/**
	 * The default value of the '{@link #getHolidayRegion() <em>Holiday Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolidayRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String HOLIDAY_REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHolidayRegion() <em>Holiday Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHolidayRegion()
	 * @generated
	 * @ordered
	 */
	protected String holidayRegion = HOLIDAY_REGION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BusinessCalendarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.BUSINESS_CALENDAR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.BUSINESS_CALENDAR__NAME, oldName,
					name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.BUSINESS_CALENDAR__TIME_ZONE,
					oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Weekday> getWorkingDays() {
		if (workingDays == null) {
			workingDays = new EDataTypeUniqueEList<Weekday>(Weekday.class, this,
					AdvocacyPackage.BUSINESS_CALENDAR__WORKING_DAYS);
		}
		return workingDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getWorkdayStart() {
		return workdayStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkdayStart(LocalTime newWorkdayStart) {
		LocalTime oldWorkdayStart = workdayStart;
		workdayStart = newWorkdayStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_START,
					oldWorkdayStart, workdayStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getWorkdayEnd() {
		return workdayEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkdayEnd(LocalTime newWorkdayEnd) {
		LocalTime oldWorkdayEnd = workdayEnd;
		workdayEnd = newWorkdayEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_END,
					oldWorkdayEnd, workdayEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Holiday> getHolidays() {
		if (holidays == null) {
			holidays = new EObjectContainmentEList<Holiday>(Holiday.class, this,
					AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAYS);
		}
		return holidays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHolidayRegion() {
		return holidayRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHolidayRegion(String newHolidayRegion) {
		String oldHolidayRegion = holidayRegion;
		holidayRegion = newHolidayRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAY_REGION,
					oldHolidayRegion, holidayRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAYS:
			return ((InternalEList<?>) getHolidays()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.BUSINESS_CALENDAR__NAME:
			return getName();
		case AdvocacyPackage.BUSINESS_CALENDAR__TIME_ZONE:
			return getTimeZone();
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKING_DAYS:
			return getWorkingDays();
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_START:
			return getWorkdayStart();
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_END:
			return getWorkdayEnd();
		case AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAYS:
			return getHolidays();
		case AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAY_REGION:
			return getHolidayRegion();
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
		case AdvocacyPackage.BUSINESS_CALENDAR__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__TIME_ZONE:
			setTimeZone((ZoneId) newValue);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKING_DAYS:
			getWorkingDays().clear();
			getWorkingDays().addAll((Collection<? extends Weekday>) newValue);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_START:
			setWorkdayStart((LocalTime) newValue);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_END:
			setWorkdayEnd((LocalTime) newValue);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAYS:
			getHolidays().clear();
			getHolidays().addAll((Collection<? extends Holiday>) newValue);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAY_REGION:
			setHolidayRegion((String) newValue);
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
		case AdvocacyPackage.BUSINESS_CALENDAR__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__TIME_ZONE:
			setTimeZone(TIME_ZONE_EDEFAULT);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKING_DAYS:
			getWorkingDays().clear();
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_START:
			setWorkdayStart(WORKDAY_START_EDEFAULT);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_END:
			setWorkdayEnd(WORKDAY_END_EDEFAULT);
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAYS:
			getHolidays().clear();
			return;
		case AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAY_REGION:
			setHolidayRegion(HOLIDAY_REGION_EDEFAULT);
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
		case AdvocacyPackage.BUSINESS_CALENDAR__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.BUSINESS_CALENDAR__TIME_ZONE:
			return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKING_DAYS:
			return workingDays != null && !workingDays.isEmpty();
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_START:
			return WORKDAY_START_EDEFAULT == null ? workdayStart != null : !WORKDAY_START_EDEFAULT.equals(workdayStart);
		case AdvocacyPackage.BUSINESS_CALENDAR__WORKDAY_END:
			return WORKDAY_END_EDEFAULT == null ? workdayEnd != null : !WORKDAY_END_EDEFAULT.equals(workdayEnd);
		case AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAYS:
			return holidays != null && !holidays.isEmpty();
		case AdvocacyPackage.BUSINESS_CALENDAR__HOLIDAY_REGION:
			return HOLIDAY_REGION_EDEFAULT == null ? holidayRegion != null
					: !HOLIDAY_REGION_EDEFAULT.equals(holidayRegion);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(", workingDays: ");
		result.append(workingDays);
		result.append(", workdayStart: ");
		result.append(workdayStart);
		result.append(", workdayEnd: ");
		result.append(workdayEnd);
		result.append(", holidayRegion: ");
		result.append(holidayRegion);
		result.append(')');
		return result.toString();
	}

} //BusinessCalendarImpl
