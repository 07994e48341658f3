/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.EvidenceKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Chronology Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.ChronologyEventImpl#getOccurredAt <em>Occurred At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ChronologyEventImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ChronologyEventImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ChronologyEventImpl#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChronologyEventImpl extends MinimalEObjectImpl.Container implements ChronologyEvent {
	/**
	 * The default value of the '{@link #getOccurredAt() <em>Occurred At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant OCCURRED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccurredAt() <em>Occurred At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccurredAt()
	 * @generated
	 * @ordered
	 */
	protected Instant occurredAt = OCCURRED_AT_EDEFAULT;

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
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceKind SOURCE_EDEFAULT = EvidenceKind.PERFORMANCE_REPORT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected EvidenceKind source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReference() <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReference()
	 * @generated
	 * @ordered
	 */
	protected String reference = REFERENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChronologyEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.CHRONOLOGY_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getOccurredAt() {
		return occurredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccurredAt(Instant newOccurredAt) {
		Instant oldOccurredAt = occurredAt;
		occurredAt = newOccurredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CHRONOLOGY_EVENT__OCCURRED_AT,
					oldOccurredAt, occurredAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CHRONOLOGY_EVENT__DESCRIPTION,
					oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceKind getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(EvidenceKind newSource) {
		EvidenceKind oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CHRONOLOGY_EVENT__SOURCE, oldSource,
					source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReference() {
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReference(String newReference) {
		String oldReference = reference;
		reference = newReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CHRONOLOGY_EVENT__REFERENCE,
					oldReference, reference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.CHRONOLOGY_EVENT__OCCURRED_AT:
			return getOccurredAt();
		case AdvocacyPackage.CHRONOLOGY_EVENT__DESCRIPTION:
			return getDescription();
		case AdvocacyPackage.CHRONOLOGY_EVENT__SOURCE:
			return getSource();
		case AdvocacyPackage.CHRONOLOGY_EVENT__REFERENCE:
			return getReference();
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
		case AdvocacyPackage.CHRONOLOGY_EVENT__OCCURRED_AT:
			setOccurredAt((Instant) newValue);
			return;
		case AdvocacyPackage.CHRONOLOGY_EVENT__DESCRIPTION:
			setDescription((String) newValue);
			return;
		case AdvocacyPackage.CHRONOLOGY_EVENT__SOURCE:
			setSource((EvidenceKind) newValue);
			return;
		case AdvocacyPackage.CHRONOLOGY_EVENT__REFERENCE:
			setReference((String) newValue);
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
		case AdvocacyPackage.CHRONOLOGY_EVENT__OCCURRED_AT:
			setOccurredAt(OCCURRED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.CHRONOLOGY_EVENT__DESCRIPTION:
			setDescription(DESCRIPTION_EDEFAULT);
			return;
		case AdvocacyPackage.CHRONOLOGY_EVENT__SOURCE:
			setSource(SOURCE_EDEFAULT);
			return;
		case AdvocacyPackage.CHRONOLOGY_EVENT__REFERENCE:
			setReference(REFERENCE_EDEFAULT);
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
		case AdvocacyPackage.CHRONOLOGY_EVENT__OCCURRED_AT:
			return OCCURRED_AT_EDEFAULT == null ? occurredAt != null : !OCCURRED_AT_EDEFAULT.equals(occurredAt);
		case AdvocacyPackage.CHRONOLOGY_EVENT__DESCRIPTION:
			return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		case AdvocacyPackage.CHRONOLOGY_EVENT__SOURCE:
			return source != SOURCE_EDEFAULT;
		case AdvocacyPackage.CHRONOLOGY_EVENT__REFERENCE:
			return REFERENCE_EDEFAULT == null ? reference != null : !REFERENCE_EDEFAULT.equals(reference);
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
		result.append(" (occurredAt: ");
		result.append(occurredAt);
		result.append(", description: ");
		result.append(description);
		result.append(", source: ");
		result.append(source);
		result.append(", reference: ");
		result.append(reference);
		result.append(')');
		return result.toString();
	}

} //ChronologyEventImpl
