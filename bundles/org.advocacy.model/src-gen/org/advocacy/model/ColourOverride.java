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
 * A representation of the model object '<em><b>Colour Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The advocate's explicit colour for an engagement, overriding the colour the engine works out, with the reason; shown the same way everywhere the colour appears.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ColourOverride#getColour <em>Colour</em>}</li>
 *   <li>{@link org.advocacy.model.ColourOverride#getReason <em>Reason</em>}</li>
 *   <li>{@link org.advocacy.model.ColourOverride#getSetBy <em>Set By</em>}</li>
 *   <li>{@link org.advocacy.model.ColourOverride#getSetAt <em>Set At</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getColourOverride()
 * @model
 * @generated
 */
public interface ColourOverride extends EObject {
	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.StatusColour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The colour the advocate chose.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #setColour(StatusColour)
	 * @see org.advocacy.model.AdvocacyPackage#getColourOverride_Colour()
	 * @model
	 * @generated
	 */
	StatusColour getColour();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ColourOverride#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #getColour()
	 * @generated
	 */
	void setColour(StatusColour value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the advocate overrode the engine's colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.advocacy.model.AdvocacyPackage#getColourOverride_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ColourOverride#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Set By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who set the colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Set By</em>' reference.
	 * @see #setSetBy(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getColourOverride_SetBy()
	 * @model
	 * @generated
	 */
	Person getSetBy();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ColourOverride#getSetBy <em>Set By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set By</em>' reference.
	 * @see #getSetBy()
	 * @generated
	 */
	void setSetBy(Person value);

	/**
	 * Returns the value of the '<em><b>Set At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the colour was set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Set At</em>' attribute.
	 * @see #setSetAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getColourOverride_SetAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getSetAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ColourOverride#getSetAt <em>Set At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set At</em>' attribute.
	 * @see #getSetAt()
	 * @generated
	 */
	void setSetAt(Instant value);

} // ColourOverride
