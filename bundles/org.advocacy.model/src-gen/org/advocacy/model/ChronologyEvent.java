/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chronology Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An event in the timeline of a situation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ChronologyEvent#getOccurredAt <em>Occurred At</em>}</li>
 *   <li>{@link org.advocacy.model.ChronologyEvent#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.ChronologyEvent#getSource <em>Source</em>}</li>
 *   <li>{@link org.advocacy.model.ChronologyEvent#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getChronologyEvent()
 * @model
 * @generated
 */
public interface ChronologyEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Occurred At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the event happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occurred At</em>' attribute.
	 * @see #setOccurredAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getChronologyEvent_OccurredAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getOccurredAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ChronologyEvent#getOccurredAt <em>Occurred At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occurred At</em>' attribute.
	 * @see #getOccurredAt()
	 * @generated
	 */
	void setOccurredAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.advocacy.model.AdvocacyPackage#getChronologyEvent_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ChronologyEvent#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.EvidenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the event was found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.advocacy.model.EvidenceKind
	 * @see #setSource(EvidenceKind)
	 * @see org.advocacy.model.AdvocacyPackage#getChronologyEvent_Source()
	 * @model
	 * @generated
	 */
	EvidenceKind getSource();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ChronologyEvent#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.advocacy.model.EvidenceKind
	 * @see #getSource()
	 * @generated
	 */
	void setSource(EvidenceKind value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A pointer to the source, e.g. a ticket number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.advocacy.model.AdvocacyPackage#getChronologyEvent_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ChronologyEvent#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

} // ChronologyEvent
