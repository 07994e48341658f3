/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Offering</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How advocacy is offered to a customer segment.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyOffering()
 * @model
 * @generated
 */
public enum AdvocacyOffering implements Enumerator {
	/**
	 * The '<em><b>OFFERED TO ALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every customer in the segment may ask for an advocate.
	 * <!-- end-model-doc -->
	 * @see #OFFERED_TO_ALL_VALUE
	 * @generated
	 * @ordered
	 */
	OFFERED_TO_ALL(0, "OFFERED_TO_ALL", "Offered to all"),

	/**
	 * The '<em><b>WHEN WARRANTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An advocate is engaged only when a situation warrants it.
	 * <!-- end-model-doc -->
	 * @see #WHEN_WARRANTED_VALUE
	 * @generated
	 * @ordered
	 */
	WHEN_WARRANTED(1, "WHEN_WARRANTED", "When warranted");

	/**
	 * The '<em><b>OFFERED TO ALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every customer in the segment may ask for an advocate.
	 * <!-- end-model-doc -->
	 * @see #OFFERED_TO_ALL
	 * @model literal="Offered to all"
	 * @generated
	 * @ordered
	 */
	public static final int OFFERED_TO_ALL_VALUE = 0;

	/**
	 * The '<em><b>WHEN WARRANTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An advocate is engaged only when a situation warrants it.
	 * <!-- end-model-doc -->
	 * @see #WHEN_WARRANTED
	 * @model literal="When warranted"
	 * @generated
	 * @ordered
	 */
	public static final int WHEN_WARRANTED_VALUE = 1;

	/**
	 * An array of all the '<em><b>Offering</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AdvocacyOffering[] VALUES_ARRAY = new AdvocacyOffering[] { OFFERED_TO_ALL, WHEN_WARRANTED, };

	/**
	 * A public read-only list of all the '<em><b>Offering</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AdvocacyOffering> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Offering</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdvocacyOffering get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdvocacyOffering result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Offering</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdvocacyOffering getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdvocacyOffering result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Offering</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdvocacyOffering get(int value) {
		switch (value) {
		case OFFERED_TO_ALL_VALUE:
			return OFFERED_TO_ALL;
		case WHEN_WARRANTED_VALUE:
			return WHEN_WARRANTED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AdvocacyOffering(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
		return value;
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
	public String getLiteral() {
		return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}

} //AdvocacyOffering
