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
 * A representation of the literals of the enumeration '<em><b>Audience</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of reader a communication is written for.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getAudience()
 * @model
 * @generated
 */
public enum Audience implements Enumerator {
	/**
	 * The '<em><b>MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wants business impact, numbers, options and a recommendation.
	 * <!-- end-model-doc -->
	 * @see #MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGEMENT(0, "MANAGEMENT", "Management"),

	/**
	 * The '<em><b>ENGINEER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wants the technical detail.
	 * <!-- end-model-doc -->
	 * @see #ENGINEER_VALUE
	 * @generated
	 * @ordered
	 */
	ENGINEER(1, "ENGINEER", "Engineer"),

	/**
	 * The '<em><b>ADMINISTRATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wants to know what it means for them and how to proceed.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ADMINISTRATIVE(2, "ADMINISTRATIVE", "Administrative");

	/**
	 * The '<em><b>MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wants business impact, numbers, options and a recommendation.
	 * <!-- end-model-doc -->
	 * @see #MANAGEMENT
	 * @model literal="Management"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGEMENT_VALUE = 0;

	/**
	 * The '<em><b>ENGINEER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wants the technical detail.
	 * <!-- end-model-doc -->
	 * @see #ENGINEER
	 * @model literal="Engineer"
	 * @generated
	 * @ordered
	 */
	public static final int ENGINEER_VALUE = 1;

	/**
	 * The '<em><b>ADMINISTRATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wants to know what it means for them and how to proceed.
	 * <!-- end-model-doc -->
	 * @see #ADMINISTRATIVE
	 * @model literal="Administrative"
	 * @generated
	 * @ordered
	 */
	public static final int ADMINISTRATIVE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Audience</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Audience[] VALUES_ARRAY = new Audience[] { MANAGEMENT, ENGINEER, ADMINISTRATIVE, };

	/**
	 * A public read-only list of all the '<em><b>Audience</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Audience> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Audience</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Audience get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Audience result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Audience</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Audience getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Audience result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Audience</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Audience get(int value) {
		switch (value) {
		case MANAGEMENT_VALUE:
			return MANAGEMENT;
		case ENGINEER_VALUE:
			return ENGINEER;
		case ADMINISTRATIVE_VALUE:
			return ADMINISTRATIVE;
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
	private Audience(int value, String name, String literal) {
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

} //Audience
