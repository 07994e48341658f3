/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.util.Collection;

import org.advocacy.model.AdvocacyLevel;
import org.advocacy.model.AdvocacyOffering;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.ServiceTarget;

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
 * An implementation of the model object '<em><b>Customer Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.CustomerSegmentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerSegmentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerSegmentImpl#getAdvocacyLevel <em>Advocacy Level</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerSegmentImpl#getOffering <em>Offering</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerSegmentImpl#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerSegmentImpl#getWhoMayEngage <em>Who May Engage</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerSegmentImpl#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerSegmentImpl extends MinimalEObjectImpl.Container implements CustomerSegment {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdvocacyLevel() <em>Advocacy Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvocacyLevel()
	 * @generated
	 * @ordered
	 */
	protected static final AdvocacyLevel ADVOCACY_LEVEL_EDEFAULT = AdvocacyLevel.DEDICATED_SENIOR_ADVOCATE;

	/**
	 * The cached value of the '{@link #getAdvocacyLevel() <em>Advocacy Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvocacyLevel()
	 * @generated
	 * @ordered
	 */
	protected AdvocacyLevel advocacyLevel = ADVOCACY_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffering() <em>Offering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffering()
	 * @generated
	 * @ordered
	 */
	protected static final AdvocacyOffering OFFERING_EDEFAULT = AdvocacyOffering.OFFERED_TO_ALL;

	/**
	 * The cached value of the '{@link #getOffering() <em>Offering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffering()
	 * @generated
	 * @ordered
	 */
	protected AdvocacyOffering offering = OFFERING_EDEFAULT;

	/**
	 * The default value of the '{@link #getDrivers() <em>Drivers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrivers()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDrivers() <em>Drivers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrivers()
	 * @generated
	 * @ordered
	 */
	protected String drivers = DRIVERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhoMayEngage() <em>Who May Engage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhoMayEngage()
	 * @generated
	 * @ordered
	 */
	protected static final String WHO_MAY_ENGAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhoMayEngage() <em>Who May Engage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhoMayEngage()
	 * @generated
	 * @ordered
	 */
	protected String whoMayEngage = WHO_MAY_ENGAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<ServiceTarget> targets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerSegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.CUSTOMER_SEGMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_SEGMENT__NAME, oldName,
					name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_SEGMENT__DESCRIPTION,
					oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvocacyLevel getAdvocacyLevel() {
		return advocacyLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdvocacyLevel(AdvocacyLevel newAdvocacyLevel) {
		AdvocacyLevel oldAdvocacyLevel = advocacyLevel;
		advocacyLevel = newAdvocacyLevel == null ? ADVOCACY_LEVEL_EDEFAULT : newAdvocacyLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_SEGMENT__ADVOCACY_LEVEL,
					oldAdvocacyLevel, advocacyLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvocacyOffering getOffering() {
		return offering;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffering(AdvocacyOffering newOffering) {
		AdvocacyOffering oldOffering = offering;
		offering = newOffering == null ? OFFERING_EDEFAULT : newOffering;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_SEGMENT__OFFERING,
					oldOffering, offering));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDrivers() {
		return drivers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDrivers(String newDrivers) {
		String oldDrivers = drivers;
		drivers = newDrivers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_SEGMENT__DRIVERS, oldDrivers,
					drivers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhoMayEngage() {
		return whoMayEngage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhoMayEngage(String newWhoMayEngage) {
		String oldWhoMayEngage = whoMayEngage;
		whoMayEngage = newWhoMayEngage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_SEGMENT__WHO_MAY_ENGAGE,
					oldWhoMayEngage, whoMayEngage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ServiceTarget> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<ServiceTarget>(ServiceTarget.class, this,
					AdvocacyPackage.CUSTOMER_SEGMENT__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.CUSTOMER_SEGMENT__TARGETS:
			return ((InternalEList<?>) getTargets()).basicRemove(otherEnd, msgs);
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
		case AdvocacyPackage.CUSTOMER_SEGMENT__NAME:
			return getName();
		case AdvocacyPackage.CUSTOMER_SEGMENT__DESCRIPTION:
			return getDescription();
		case AdvocacyPackage.CUSTOMER_SEGMENT__ADVOCACY_LEVEL:
			return getAdvocacyLevel();
		case AdvocacyPackage.CUSTOMER_SEGMENT__OFFERING:
			return getOffering();
		case AdvocacyPackage.CUSTOMER_SEGMENT__DRIVERS:
			return getDrivers();
		case AdvocacyPackage.CUSTOMER_SEGMENT__WHO_MAY_ENGAGE:
			return getWhoMayEngage();
		case AdvocacyPackage.CUSTOMER_SEGMENT__TARGETS:
			return getTargets();
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
		case AdvocacyPackage.CUSTOMER_SEGMENT__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__DESCRIPTION:
			setDescription((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__ADVOCACY_LEVEL:
			setAdvocacyLevel((AdvocacyLevel) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__OFFERING:
			setOffering((AdvocacyOffering) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__DRIVERS:
			setDrivers((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__WHO_MAY_ENGAGE:
			setWhoMayEngage((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__TARGETS:
			getTargets().clear();
			getTargets().addAll((Collection<? extends ServiceTarget>) newValue);
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
		case AdvocacyPackage.CUSTOMER_SEGMENT__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__DESCRIPTION:
			setDescription(DESCRIPTION_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__ADVOCACY_LEVEL:
			setAdvocacyLevel(ADVOCACY_LEVEL_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__OFFERING:
			setOffering(OFFERING_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__DRIVERS:
			setDrivers(DRIVERS_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__WHO_MAY_ENGAGE:
			setWhoMayEngage(WHO_MAY_ENGAGE_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_SEGMENT__TARGETS:
			getTargets().clear();
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
		case AdvocacyPackage.CUSTOMER_SEGMENT__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.CUSTOMER_SEGMENT__DESCRIPTION:
			return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		case AdvocacyPackage.CUSTOMER_SEGMENT__ADVOCACY_LEVEL:
			return advocacyLevel != ADVOCACY_LEVEL_EDEFAULT;
		case AdvocacyPackage.CUSTOMER_SEGMENT__OFFERING:
			return offering != OFFERING_EDEFAULT;
		case AdvocacyPackage.CUSTOMER_SEGMENT__DRIVERS:
			return DRIVERS_EDEFAULT == null ? drivers != null : !DRIVERS_EDEFAULT.equals(drivers);
		case AdvocacyPackage.CUSTOMER_SEGMENT__WHO_MAY_ENGAGE:
			return WHO_MAY_ENGAGE_EDEFAULT == null ? whoMayEngage != null
					: !WHO_MAY_ENGAGE_EDEFAULT.equals(whoMayEngage);
		case AdvocacyPackage.CUSTOMER_SEGMENT__TARGETS:
			return targets != null && !targets.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", advocacyLevel: ");
		result.append(advocacyLevel);
		result.append(", offering: ");
		result.append(offering);
		result.append(", drivers: ");
		result.append(drivers);
		result.append(", whoMayEngage: ");
		result.append(whoMayEngage);
		result.append(')');
		return result.toString();
	}

} //CustomerSegmentImpl
