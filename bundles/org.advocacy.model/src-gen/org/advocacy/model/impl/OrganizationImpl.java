/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Organization;
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
 * An implementation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.OrganizationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OrganizationImpl#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OrganizationImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OrganizationImpl#getCalendars <em>Calendars</em>}</li>
 *   <li>{@link org.advocacy.model.impl.OrganizationImpl#getDefaultCalendar <em>Default Calendar</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationImpl extends MinimalEObjectImpl.Container implements Organization {
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
	 * The cached value of the '{@link #getAreas() <em>Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<FunctionalArea> areas;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> people;

	/**
	 * The cached value of the '{@link #getCalendars() <em>Calendars</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalendars()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessCalendar> calendars;

	/**
	 * The cached value of the '{@link #getDefaultCalendar() <em>Default Calendar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultCalendar()
	 * @generated
	 * @ordered
	 */
	protected BusinessCalendar defaultCalendar;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.ORGANIZATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ORGANIZATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FunctionalArea> getAreas() {
		if (areas == null) {
			areas = new EObjectContainmentEList<FunctionalArea>(FunctionalArea.class, this,
					AdvocacyPackage.ORGANIZATION__AREAS);
		}
		return areas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<Person>(Person.class, this, AdvocacyPackage.ORGANIZATION__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessCalendar> getCalendars() {
		if (calendars == null) {
			calendars = new EObjectContainmentEList<BusinessCalendar>(BusinessCalendar.class, this,
					AdvocacyPackage.ORGANIZATION__CALENDARS);
		}
		return calendars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessCalendar getDefaultCalendar() {
		if (defaultCalendar != null && defaultCalendar.eIsProxy()) {
			InternalEObject oldDefaultCalendar = (InternalEObject) defaultCalendar;
			defaultCalendar = (BusinessCalendar) eResolveProxy(oldDefaultCalendar);
			if (defaultCalendar != oldDefaultCalendar) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE,
							AdvocacyPackage.ORGANIZATION__DEFAULT_CALENDAR, oldDefaultCalendar, defaultCalendar));
			}
		}
		return defaultCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessCalendar basicGetDefaultCalendar() {
		return defaultCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultCalendar(BusinessCalendar newDefaultCalendar) {
		BusinessCalendar oldDefaultCalendar = defaultCalendar;
		defaultCalendar = newDefaultCalendar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ORGANIZATION__DEFAULT_CALENDAR,
					oldDefaultCalendar, defaultCalendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.ORGANIZATION__AREAS:
			return ((InternalEList<?>) getAreas()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ORGANIZATION__PEOPLE:
			return ((InternalEList<?>) getPeople()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.ORGANIZATION__CALENDARS:
			return ((InternalEList<?>) getCalendars()).basicRemove(otherEnd, msgs);
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
		case AdvocacyPackage.ORGANIZATION__NAME:
			return getName();
		case AdvocacyPackage.ORGANIZATION__AREAS:
			return getAreas();
		case AdvocacyPackage.ORGANIZATION__PEOPLE:
			return getPeople();
		case AdvocacyPackage.ORGANIZATION__CALENDARS:
			return getCalendars();
		case AdvocacyPackage.ORGANIZATION__DEFAULT_CALENDAR:
			if (resolve)
				return getDefaultCalendar();
			return basicGetDefaultCalendar();
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
		case AdvocacyPackage.ORGANIZATION__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.ORGANIZATION__AREAS:
			getAreas().clear();
			getAreas().addAll((Collection<? extends FunctionalArea>) newValue);
			return;
		case AdvocacyPackage.ORGANIZATION__PEOPLE:
			getPeople().clear();
			getPeople().addAll((Collection<? extends Person>) newValue);
			return;
		case AdvocacyPackage.ORGANIZATION__CALENDARS:
			getCalendars().clear();
			getCalendars().addAll((Collection<? extends BusinessCalendar>) newValue);
			return;
		case AdvocacyPackage.ORGANIZATION__DEFAULT_CALENDAR:
			setDefaultCalendar((BusinessCalendar) newValue);
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
		case AdvocacyPackage.ORGANIZATION__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.ORGANIZATION__AREAS:
			getAreas().clear();
			return;
		case AdvocacyPackage.ORGANIZATION__PEOPLE:
			getPeople().clear();
			return;
		case AdvocacyPackage.ORGANIZATION__CALENDARS:
			getCalendars().clear();
			return;
		case AdvocacyPackage.ORGANIZATION__DEFAULT_CALENDAR:
			setDefaultCalendar((BusinessCalendar) null);
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
		case AdvocacyPackage.ORGANIZATION__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.ORGANIZATION__AREAS:
			return areas != null && !areas.isEmpty();
		case AdvocacyPackage.ORGANIZATION__PEOPLE:
			return people != null && !people.isEmpty();
		case AdvocacyPackage.ORGANIZATION__CALENDARS:
			return calendars != null && !calendars.isEmpty();
		case AdvocacyPackage.ORGANIZATION__DEFAULT_CALENDAR:
			return defaultCalendar != null;
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
		result.append(')');
		return result.toString();
	}

} //OrganizationImpl
