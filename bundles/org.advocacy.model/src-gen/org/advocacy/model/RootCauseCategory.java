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
 * A representation of the literals of the enumeration '<em><b>Root Cause Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A category of root cause, used for roll-up analysis.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getRootCauseCategory()
 * @model
 * @generated
 */
public enum RootCauseCategory implements Enumerator {
	/**
	 * The '<em><b>BROKEN PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A process exists but did not work.
	 * <!-- end-model-doc -->
	 * @see #BROKEN_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	BROKEN_PROCESS(0, "BROKEN_PROCESS", "Broken process"),

	/**
	 * The '<em><b>MISSING PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No process existed for the situation.
	 * <!-- end-model-doc -->
	 * @see #MISSING_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	MISSING_PROCESS(1, "MISSING_PROCESS", "Missing process"),

	/**
	 * The '<em><b>PRODUCT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A product issue.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT(2, "PRODUCT", "Product"),

	/**
	 * The '<em><b>MISCOMMUNICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simple miscommunication.
	 * <!-- end-model-doc -->
	 * @see #MISCOMMUNICATION_VALUE
	 * @generated
	 * @ordered
	 */
	MISCOMMUNICATION(3, "MISCOMMUNICATION", "Miscommunication"),

	/**
	 * The '<em><b>CUSTOMER SIDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cause on the customer's side.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_SIDE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_SIDE(4, "CUSTOMER_SIDE", "Customer side"),

	/**
	 * The '<em><b>THIRD PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cause at a third party.
	 * <!-- end-model-doc -->
	 * @see #THIRD_PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	THIRD_PARTY(5, "THIRD_PARTY", "Third party");

	/**
	 * The '<em><b>BROKEN PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A process exists but did not work.
	 * <!-- end-model-doc -->
	 * @see #BROKEN_PROCESS
	 * @model literal="Broken process"
	 * @generated
	 * @ordered
	 */
	public static final int BROKEN_PROCESS_VALUE = 0;

	/**
	 * The '<em><b>MISSING PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No process existed for the situation.
	 * <!-- end-model-doc -->
	 * @see #MISSING_PROCESS
	 * @model literal="Missing process"
	 * @generated
	 * @ordered
	 */
	public static final int MISSING_PROCESS_VALUE = 1;

	/**
	 * The '<em><b>PRODUCT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A product issue.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT
	 * @model literal="Product"
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_VALUE = 2;

	/**
	 * The '<em><b>MISCOMMUNICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simple miscommunication.
	 * <!-- end-model-doc -->
	 * @see #MISCOMMUNICATION
	 * @model literal="Miscommunication"
	 * @generated
	 * @ordered
	 */
	public static final int MISCOMMUNICATION_VALUE = 3;

	/**
	 * The '<em><b>CUSTOMER SIDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cause on the customer's side.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_SIDE
	 * @model literal="Customer side"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_SIDE_VALUE = 4;

	/**
	 * The '<em><b>THIRD PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A cause at a third party.
	 * <!-- end-model-doc -->
	 * @see #THIRD_PARTY
	 * @model literal="Third party"
	 * @generated
	 * @ordered
	 */
	public static final int THIRD_PARTY_VALUE = 5;

	/**
	 * An array of all the '<em><b>Root Cause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RootCauseCategory[] VALUES_ARRAY = new RootCauseCategory[] { BROKEN_PROCESS, MISSING_PROCESS,
			PRODUCT, MISCOMMUNICATION, CUSTOMER_SIDE, THIRD_PARTY, };

	/**
	 * A public read-only list of all the '<em><b>Root Cause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RootCauseCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Root Cause Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RootCauseCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RootCauseCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Root Cause Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RootCauseCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RootCauseCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Root Cause Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RootCauseCategory get(int value) {
		switch (value) {
		case BROKEN_PROCESS_VALUE:
			return BROKEN_PROCESS;
		case MISSING_PROCESS_VALUE:
			return MISSING_PROCESS;
		case PRODUCT_VALUE:
			return PRODUCT;
		case MISCOMMUNICATION_VALUE:
			return MISCOMMUNICATION;
		case CUSTOMER_SIDE_VALUE:
			return CUSTOMER_SIDE;
		case THIRD_PARTY_VALUE:
			return THIRD_PARTY;
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
	private RootCauseCategory(int value, String name, String literal) {
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

} //RootCauseCategory
