/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AreaKind;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.RotationShift;

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
 * An implementation of the model object '<em><b>Functional Area</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.FunctionalAreaImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.FunctionalAreaImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.advocacy.model.impl.FunctionalAreaImpl#getLadder <em>Ladder</em>}</li>
 *   <li>{@link org.advocacy.model.impl.FunctionalAreaImpl#getRotation <em>Rotation</em>}</li>
 *   <li>{@link org.advocacy.model.impl.FunctionalAreaImpl#getCalendar <em>Calendar</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FunctionalAreaImpl extends MinimalEObjectImpl.Container implements FunctionalArea {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AreaKind KIND_EDEFAULT = AreaKind.SALES;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AreaKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLadder() <em>Ladder</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLadder()
	 * @generated
	 * @ordered
	 */
	protected EList<LadderRung> ladder;

	/**
	 * The cached value of the '{@link #getRotation() <em>Rotation</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRotation()
	 * @generated
	 * @ordered
	 */
	protected EList<RotationShift> rotation;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FunctionalAreaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.FUNCTIONAL_AREA;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.FUNCTIONAL_AREA__NAME, oldName,
					name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AreaKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AreaKind newKind) {
		AreaKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.FUNCTIONAL_AREA__KIND, oldKind,
					kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LadderRung> getLadder() {
		if (ladder == null) {
			ladder = new EObjectContainmentEList<LadderRung>(LadderRung.class, this,
					AdvocacyPackage.FUNCTIONAL_AREA__LADDER);
		}
		return ladder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RotationShift> getRotation() {
		if (rotation == null) {
			rotation = new EObjectContainmentEList<RotationShift>(RotationShift.class, this,
					AdvocacyPackage.FUNCTIONAL_AREA__ROTATION);
		}
		return rotation;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.FUNCTIONAL_AREA__CALENDAR,
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.FUNCTIONAL_AREA__CALENDAR,
					oldCalendar, calendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.FUNCTIONAL_AREA__LADDER:
			return ((InternalEList<?>) getLadder()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.FUNCTIONAL_AREA__ROTATION:
			return ((InternalEList<?>) getRotation()).basicRemove(otherEnd, msgs);
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
		case AdvocacyPackage.FUNCTIONAL_AREA__NAME:
			return getName();
		case AdvocacyPackage.FUNCTIONAL_AREA__KIND:
			return getKind();
		case AdvocacyPackage.FUNCTIONAL_AREA__LADDER:
			return getLadder();
		case AdvocacyPackage.FUNCTIONAL_AREA__ROTATION:
			return getRotation();
		case AdvocacyPackage.FUNCTIONAL_AREA__CALENDAR:
			if (resolve)
				return getCalendar();
			return basicGetCalendar();
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
		case AdvocacyPackage.FUNCTIONAL_AREA__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.FUNCTIONAL_AREA__KIND:
			setKind((AreaKind) newValue);
			return;
		case AdvocacyPackage.FUNCTIONAL_AREA__LADDER:
			getLadder().clear();
			getLadder().addAll((Collection<? extends LadderRung>) newValue);
			return;
		case AdvocacyPackage.FUNCTIONAL_AREA__ROTATION:
			getRotation().clear();
			getRotation().addAll((Collection<? extends RotationShift>) newValue);
			return;
		case AdvocacyPackage.FUNCTIONAL_AREA__CALENDAR:
			setCalendar((BusinessCalendar) newValue);
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
		case AdvocacyPackage.FUNCTIONAL_AREA__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.FUNCTIONAL_AREA__KIND:
			setKind(KIND_EDEFAULT);
			return;
		case AdvocacyPackage.FUNCTIONAL_AREA__LADDER:
			getLadder().clear();
			return;
		case AdvocacyPackage.FUNCTIONAL_AREA__ROTATION:
			getRotation().clear();
			return;
		case AdvocacyPackage.FUNCTIONAL_AREA__CALENDAR:
			setCalendar((BusinessCalendar) null);
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
		case AdvocacyPackage.FUNCTIONAL_AREA__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.FUNCTIONAL_AREA__KIND:
			return kind != KIND_EDEFAULT;
		case AdvocacyPackage.FUNCTIONAL_AREA__LADDER:
			return ladder != null && !ladder.isEmpty();
		case AdvocacyPackage.FUNCTIONAL_AREA__ROTATION:
			return rotation != null && !rotation.isEmpty();
		case AdvocacyPackage.FUNCTIONAL_AREA__CALENDAR:
			return calendar != null;
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
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //FunctionalAreaImpl
