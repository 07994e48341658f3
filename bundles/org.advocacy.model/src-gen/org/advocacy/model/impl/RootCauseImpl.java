/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCategory;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Root Cause</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.RootCauseImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.advocacy.model.impl.RootCauseImpl#getOwningArea <em>Owning Area</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RootCauseImpl extends MinimalEObjectImpl.Container implements RootCause {
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
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final RootCauseCategory CATEGORY_EDEFAULT = RootCauseCategory.BROKEN_PROCESS;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected RootCauseCategory category = CATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwningArea() <em>Owning Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningArea()
	 * @generated
	 * @ordered
	 */
	protected FunctionalArea owningArea;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RootCauseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.ROOT_CAUSE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROOT_CAUSE__DESCRIPTION,
					oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RootCauseCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(RootCauseCategory newCategory) {
		RootCauseCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROOT_CAUSE__CATEGORY, oldCategory,
					category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FunctionalArea getOwningArea() {
		if (owningArea != null && owningArea.eIsProxy()) {
			InternalEObject oldOwningArea = (InternalEObject) owningArea;
			owningArea = (FunctionalArea) eResolveProxy(oldOwningArea);
			if (owningArea != oldOwningArea) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.ROOT_CAUSE__OWNING_AREA,
							oldOwningArea, owningArea));
			}
		}
		return owningArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FunctionalArea basicGetOwningArea() {
		return owningArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningArea(FunctionalArea newOwningArea) {
		FunctionalArea oldOwningArea = owningArea;
		owningArea = newOwningArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.ROOT_CAUSE__OWNING_AREA,
					oldOwningArea, owningArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.ROOT_CAUSE__DESCRIPTION:
			return getDescription();
		case AdvocacyPackage.ROOT_CAUSE__CATEGORY:
			return getCategory();
		case AdvocacyPackage.ROOT_CAUSE__OWNING_AREA:
			if (resolve)
				return getOwningArea();
			return basicGetOwningArea();
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
		case AdvocacyPackage.ROOT_CAUSE__DESCRIPTION:
			setDescription((String) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE__CATEGORY:
			setCategory((RootCauseCategory) newValue);
			return;
		case AdvocacyPackage.ROOT_CAUSE__OWNING_AREA:
			setOwningArea((FunctionalArea) newValue);
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
		case AdvocacyPackage.ROOT_CAUSE__DESCRIPTION:
			setDescription(DESCRIPTION_EDEFAULT);
			return;
		case AdvocacyPackage.ROOT_CAUSE__CATEGORY:
			setCategory(CATEGORY_EDEFAULT);
			return;
		case AdvocacyPackage.ROOT_CAUSE__OWNING_AREA:
			setOwningArea((FunctionalArea) null);
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
		case AdvocacyPackage.ROOT_CAUSE__DESCRIPTION:
			return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		case AdvocacyPackage.ROOT_CAUSE__CATEGORY:
			return category != CATEGORY_EDEFAULT;
		case AdvocacyPackage.ROOT_CAUSE__OWNING_AREA:
			return owningArea != null;
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
		result.append(" (description: ");
		result.append(description);
		result.append(", category: ");
		result.append(category);
		result.append(')');
		return result.toString();
	}

} //RootCauseImpl
