/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.ZoneId;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Person;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.PersonImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PersonImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PersonImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PersonImpl#isAdvocate <em>Advocate</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PersonImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PersonImpl#getCalendar <em>Calendar</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PersonImpl#getContactPoints <em>Contact Points</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PersonImpl#getAwayPeriods <em>Away Periods</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonImpl extends MinimalEObjectImpl.Container implements Person {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #isAdvocate() <em>Advocate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdvocate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADVOCATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAdvocate() <em>Advocate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdvocate()
	 * @generated
	 * @ordered
	 */
	protected boolean advocate = ADVOCATE_EDEFAULT;

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
	 * The cached value of the '{@link #getCalendar() <em>Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendar()
	 * @generated
	 * @ordered
	 */
	protected BusinessCalendar calendar;

	/**
	 * The cached value of the '{@link #getContactPoints() <em>Contact Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactPoint> contactPoints;

	/**
	 * The cached value of the '{@link #getAwayPeriods() <em>Away Periods</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAwayPeriods()
	 * @generated
	 * @ordered
	 */
	protected EList<AwayPeriod> awayPeriods;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.PERSON;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PERSON__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PERSON__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PERSON__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAdvocate() {
		return advocate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdvocate(boolean newAdvocate) {
		boolean oldAdvocate = advocate;
		advocate = newAdvocate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PERSON__ADVOCATE, oldAdvocate,
					advocate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PERSON__TIME_ZONE, oldTimeZone,
					timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessCalendar getCalendar() {
		if (calendar != null && calendar.eIsProxy()) {
			InternalEObject oldCalendar = (InternalEObject) calendar;
			calendar = (BusinessCalendar) eResolveProxy(oldCalendar);
			if (calendar != oldCalendar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.PERSON__CALENDAR,
							oldCalendar, calendar));
			}
		}
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessCalendar basicGetCalendar() {
		return calendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalendar(BusinessCalendar newCalendar) {
		BusinessCalendar oldCalendar = calendar;
		calendar = newCalendar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PERSON__CALENDAR, oldCalendar,
					calendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactPoint> getContactPoints() {
		if (contactPoints == null) {
			contactPoints = new EObjectContainmentEList<ContactPoint>(ContactPoint.class, this,
					AdvocacyPackage.PERSON__CONTACT_POINTS);
		}
		return contactPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AwayPeriod> getAwayPeriods() {
		if (awayPeriods == null) {
			awayPeriods = new EObjectContainmentEList<AwayPeriod>(AwayPeriod.class, this,
					AdvocacyPackage.PERSON__AWAY_PERIODS);
		}
		return awayPeriods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.PERSON__CONTACT_POINTS:
			return ((InternalEList<?>) getContactPoints()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.PERSON__AWAY_PERIODS:
			return ((InternalEList<?>) getAwayPeriods()).basicRemove(otherEnd, msgs);
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
		case AdvocacyPackage.PERSON__NAME:
			return getName();
		case AdvocacyPackage.PERSON__TITLE:
			return getTitle();
		case AdvocacyPackage.PERSON__EMAIL:
			return getEmail();
		case AdvocacyPackage.PERSON__ADVOCATE:
			return isAdvocate();
		case AdvocacyPackage.PERSON__TIME_ZONE:
			return getTimeZone();
		case AdvocacyPackage.PERSON__CALENDAR:
			if (resolve)
				return getCalendar();
			return basicGetCalendar();
		case AdvocacyPackage.PERSON__CONTACT_POINTS:
			return getContactPoints();
		case AdvocacyPackage.PERSON__AWAY_PERIODS:
			return getAwayPeriods();
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
		case AdvocacyPackage.PERSON__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.PERSON__TITLE:
			setTitle((String) newValue);
			return;
		case AdvocacyPackage.PERSON__EMAIL:
			setEmail((String) newValue);
			return;
		case AdvocacyPackage.PERSON__ADVOCATE:
			setAdvocate((Boolean) newValue);
			return;
		case AdvocacyPackage.PERSON__TIME_ZONE:
			setTimeZone((ZoneId) newValue);
			return;
		case AdvocacyPackage.PERSON__CALENDAR:
			setCalendar((BusinessCalendar) newValue);
			return;
		case AdvocacyPackage.PERSON__CONTACT_POINTS:
			getContactPoints().clear();
			getContactPoints().addAll((Collection<? extends ContactPoint>) newValue);
			return;
		case AdvocacyPackage.PERSON__AWAY_PERIODS:
			getAwayPeriods().clear();
			getAwayPeriods().addAll((Collection<? extends AwayPeriod>) newValue);
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
		case AdvocacyPackage.PERSON__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.PERSON__TITLE:
			setTitle(TITLE_EDEFAULT);
			return;
		case AdvocacyPackage.PERSON__EMAIL:
			setEmail(EMAIL_EDEFAULT);
			return;
		case AdvocacyPackage.PERSON__ADVOCATE:
			setAdvocate(ADVOCATE_EDEFAULT);
			return;
		case AdvocacyPackage.PERSON__TIME_ZONE:
			setTimeZone(TIME_ZONE_EDEFAULT);
			return;
		case AdvocacyPackage.PERSON__CALENDAR:
			setCalendar((BusinessCalendar) null);
			return;
		case AdvocacyPackage.PERSON__CONTACT_POINTS:
			getContactPoints().clear();
			return;
		case AdvocacyPackage.PERSON__AWAY_PERIODS:
			getAwayPeriods().clear();
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
		case AdvocacyPackage.PERSON__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.PERSON__TITLE:
			return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
		case AdvocacyPackage.PERSON__EMAIL:
			return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
		case AdvocacyPackage.PERSON__ADVOCATE:
			return advocate != ADVOCATE_EDEFAULT;
		case AdvocacyPackage.PERSON__TIME_ZONE:
			return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
		case AdvocacyPackage.PERSON__CALENDAR:
			return calendar != null;
		case AdvocacyPackage.PERSON__CONTACT_POINTS:
			return contactPoints != null && !contactPoints.isEmpty();
		case AdvocacyPackage.PERSON__AWAY_PERIODS:
			return awayPeriods != null && !awayPeriods.isEmpty();
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
		result.append(", title: ");
		result.append(title);
		result.append(", email: ");
		result.append(email);
		result.append(", advocate: ");
		result.append(advocate);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(')');
		return result.toString();
	}

} //PersonImpl
