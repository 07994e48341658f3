/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.LocalDate;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Person;
import org.advocacy.model.RotationShift;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rotation Shift</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.RotationShiftImpl#getStartsOn <em>Starts On</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RotationShiftImpl#getPrimary <em>Primary</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RotationShiftImpl#getBackup <em>Backup</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RotationShiftImpl extends MinimalEObjectImpl.Container implements RotationShift {
	/**
	 * The default value of the '{@link #getStartsOn() <em>Starts On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartsOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STARTS_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartsOn() <em>Starts On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartsOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startsOn = STARTS_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrimary() <em>Primary</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimary()
	 * @generated
	 * @ordered
	 */
	protected Person primary;

	/**
	 * The cached value of the '{@link #getBackup() <em>Backup</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackup()
	 * @generated
	 * @ordered
	 */
	protected Person backup;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RotationShiftImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.ROTATION_SHIFT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartsOn() {
		return startsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartsOn(LocalDate newStartsOn) {
		LocalDate oldStartsOn = startsOn;
		startsOn = newStartsOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROTATION_SHIFT__STARTS_ON,
					oldStartsOn, startsOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPrimary() {
		if (primary != null && primary.eIsProxy()) {
			InternalEObject oldPrimary = (InternalEObject) primary;
			primary = (Person) eResolveProxy(oldPrimary);
			if (primary != oldPrimary) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.ROTATION_SHIFT__PRIMARY,
							oldPrimary, primary));
			}
		}
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(Person newPrimary) {
		Person oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROTATION_SHIFT__PRIMARY, oldPrimary,
					primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getBackup() {
		if (backup != null && backup.eIsProxy()) {
			InternalEObject oldBackup = (InternalEObject) backup;
			backup = (Person) eResolveProxy(oldBackup);
			if (backup != oldBackup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.ROTATION_SHIFT__BACKUP,
							oldBackup, backup));
			}
		}
		return backup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetBackup() {
		return backup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackup(Person newBackup) {
		Person oldBackup = backup;
		backup = newBackup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROTATION_SHIFT__BACKUP, oldBackup,
					backup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.ROTATION_SHIFT__STARTS_ON:
			return getStartsOn();
		case AdvocacyPackage.ROTATION_SHIFT__PRIMARY:
			if (resolve)
				return getPrimary();
			return basicGetPrimary();
		case AdvocacyPackage.ROTATION_SHIFT__BACKUP:
			if (resolve)
				return getBackup();
			return basicGetBackup();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case AdvocacyPackage.ROTATION_SHIFT__STARTS_ON:
			setStartsOn((LocalDate) newValue);
			return;
		case AdvocacyPackage.ROTATION_SHIFT__PRIMARY:
			setPrimary((Person) newValue);
			return;
		case AdvocacyPackage.ROTATION_SHIFT__BACKUP:
			setBackup((Person) newValue);
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
		case AdvocacyPackage.ROTATION_SHIFT__STARTS_ON:
			setStartsOn(STARTS_ON_EDEFAULT);
			return;
		case AdvocacyPackage.ROTATION_SHIFT__PRIMARY:
			setPrimary((Person) null);
			return;
		case AdvocacyPackage.ROTATION_SHIFT__BACKUP:
			setBackup((Person) null);
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
		case AdvocacyPackage.ROTATION_SHIFT__STARTS_ON:
			return STARTS_ON_EDEFAULT == null ? startsOn != null : !STARTS_ON_EDEFAULT.equals(startsOn);
		case AdvocacyPackage.ROTATION_SHIFT__PRIMARY:
			return primary != null;
		case AdvocacyPackage.ROTATION_SHIFT__BACKUP:
			return backup != null;
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
		result.append(" (startsOn: ");
		result.append(startsOn);
		result.append(')');
		return result.toString();
	}

} //RotationShiftImpl
