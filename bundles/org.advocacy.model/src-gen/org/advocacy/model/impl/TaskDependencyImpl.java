/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.DependencyType;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task Dependency</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.TaskDependencyImpl#getPredecessor <em>Predecessor</em>}</li>
 *   <li>{@link org.advocacy.model.impl.TaskDependencyImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.advocacy.model.impl.TaskDependencyImpl#getLagDays <em>Lag Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaskDependencyImpl extends MinimalEObjectImpl.Container implements TaskDependency {
	/**
	 * The cached value of the '{@link #getPredecessor() <em>Predecessor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessor()
	 * @generated
	 * @ordered
	 */
	protected PlanTask predecessor;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final DependencyType TYPE_EDEFAULT = DependencyType.FINISH_TO_START;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected DependencyType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLagDays() <em>Lag Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLagDays()
	 * @generated
	 * @ordered
	 */
	protected static final int LAG_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLagDays() <em>Lag Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLagDays()
	 * @generated
	 * @ordered
	 */
	protected int lagDays = LAG_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaskDependencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.TASK_DEPENDENCY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanTask getPredecessor() {
		if (predecessor != null && predecessor.eIsProxy()) {
			InternalEObject oldPredecessor = (InternalEObject) predecessor;
			predecessor = (PlanTask) eResolveProxy(oldPredecessor);
			if (predecessor != oldPredecessor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE,
							AdvocacyPackage.TASK_DEPENDENCY__PREDECESSOR, oldPredecessor, predecessor));
			}
		}
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanTask basicGetPredecessor() {
		return predecessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPredecessor(PlanTask newPredecessor) {
		PlanTask oldPredecessor = predecessor;
		predecessor = newPredecessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.TASK_DEPENDENCY__PREDECESSOR,
					oldPredecessor, predecessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DependencyType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(DependencyType newType) {
		DependencyType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.TASK_DEPENDENCY__TYPE, oldType,
					type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLagDays() {
		return lagDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLagDays(int newLagDays) {
		int oldLagDays = lagDays;
		lagDays = newLagDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.TASK_DEPENDENCY__LAG_DAYS, oldLagDays,
					lagDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.TASK_DEPENDENCY__PREDECESSOR:
			if (resolve)
				return getPredecessor();
			return basicGetPredecessor();
		case AdvocacyPackage.TASK_DEPENDENCY__TYPE:
			return getType();
		case AdvocacyPackage.TASK_DEPENDENCY__LAG_DAYS:
			return getLagDays();
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
		case AdvocacyPackage.TASK_DEPENDENCY__PREDECESSOR:
			setPredecessor((PlanTask) newValue);
			return;
		case AdvocacyPackage.TASK_DEPENDENCY__TYPE:
			setType((DependencyType) newValue);
			return;
		case AdvocacyPackage.TASK_DEPENDENCY__LAG_DAYS:
			setLagDays((Integer) newValue);
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
		case AdvocacyPackage.TASK_DEPENDENCY__PREDECESSOR:
			setPredecessor((PlanTask) null);
			return;
		case AdvocacyPackage.TASK_DEPENDENCY__TYPE:
			setType(TYPE_EDEFAULT);
			return;
		case AdvocacyPackage.TASK_DEPENDENCY__LAG_DAYS:
			setLagDays(LAG_DAYS_EDEFAULT);
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
		case AdvocacyPackage.TASK_DEPENDENCY__PREDECESSOR:
			return predecessor != null;
		case AdvocacyPackage.TASK_DEPENDENCY__TYPE:
			return type != TYPE_EDEFAULT;
		case AdvocacyPackage.TASK_DEPENDENCY__LAG_DAYS:
			return lagDays != LAG_DAYS_EDEFAULT;
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
		result.append(" (type: ");
		result.append(type);
		result.append(", lagDays: ");
		result.append(lagDays);
		result.append(')');
		return result.toString();
	}

} //TaskDependencyImpl
