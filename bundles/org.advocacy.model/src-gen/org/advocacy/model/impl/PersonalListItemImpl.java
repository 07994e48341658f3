/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ListPriority;
import org.advocacy.model.PersonalListItem;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Personal List Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.PersonalListItemImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PersonalListItemImpl#getPrioritizedAt <em>Prioritized At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.PersonalListItemImpl#getCrossedOffAt <em>Crossed Off At</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class PersonalListItemImpl extends MinimalEObjectImpl.Container implements PersonalListItem {
	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final ListPriority PRIORITY_EDEFAULT = ListPriority.NEW;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected ListPriority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrioritizedAt() <em>Prioritized At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrioritizedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PRIORITIZED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrioritizedAt() <em>Prioritized At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrioritizedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant prioritizedAt = PRIORITIZED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrossedOffAt() <em>Crossed Off At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossedOffAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CROSSED_OFF_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCrossedOffAt() <em>Crossed Off At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossedOffAt()
	 * @generated
	 * @ordered
	 */
	protected Instant crossedOffAt = CROSSED_OFF_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonalListItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.PERSONAL_LIST_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ListPriority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(ListPriority newPriority) {
		ListPriority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITY,
					oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPrioritizedAt() {
		return prioritizedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrioritizedAt(Instant newPrioritizedAt) {
		Instant oldPrioritizedAt = prioritizedAt;
		prioritizedAt = newPrioritizedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITIZED_AT,
					oldPrioritizedAt, prioritizedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCrossedOffAt() {
		return crossedOffAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrossedOffAt(Instant newCrossedOffAt) {
		Instant oldCrossedOffAt = crossedOffAt;
		crossedOffAt = newCrossedOffAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.PERSONAL_LIST_ITEM__CROSSED_OFF_AT,
					oldCrossedOffAt, crossedOffAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITY:
			return getPriority();
		case AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITIZED_AT:
			return getPrioritizedAt();
		case AdvocacyPackage.PERSONAL_LIST_ITEM__CROSSED_OFF_AT:
			return getCrossedOffAt();
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
		case AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITY:
			setPriority((ListPriority) newValue);
			return;
		case AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITIZED_AT:
			setPrioritizedAt((Instant) newValue);
			return;
		case AdvocacyPackage.PERSONAL_LIST_ITEM__CROSSED_OFF_AT:
			setCrossedOffAt((Instant) newValue);
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
		case AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITY:
			setPriority(PRIORITY_EDEFAULT);
			return;
		case AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITIZED_AT:
			setPrioritizedAt(PRIORITIZED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.PERSONAL_LIST_ITEM__CROSSED_OFF_AT:
			setCrossedOffAt(CROSSED_OFF_AT_EDEFAULT);
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
		case AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITY:
			return priority != PRIORITY_EDEFAULT;
		case AdvocacyPackage.PERSONAL_LIST_ITEM__PRIORITIZED_AT:
			return PRIORITIZED_AT_EDEFAULT == null ? prioritizedAt != null
					: !PRIORITIZED_AT_EDEFAULT.equals(prioritizedAt);
		case AdvocacyPackage.PERSONAL_LIST_ITEM__CROSSED_OFF_AT:
			return CROSSED_OFF_AT_EDEFAULT == null ? crossedOffAt != null
					: !CROSSED_OFF_AT_EDEFAULT.equals(crossedOffAt);
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
		result.append(" (priority: ");
		result.append(priority);
		result.append(", prioritizedAt: ");
		result.append(prioritizedAt);
		result.append(", crossedOffAt: ");
		result.append(crossedOffAt);
		result.append(')');
		return result.toString();
	}

} //PersonalListItemImpl
