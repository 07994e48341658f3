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
 * A representation of the literals of the enumeration '<em><b>Factor Owner</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Who owns a contributing factor.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getFactorOwner()
 * @model
 * @generated
 */
public enum FactorOwner implements Enumerator {
	/**
	 * The '<em><b>FIRM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our own company.
	 * <!-- end-model-doc -->
	 * @see #FIRM_VALUE
	 * @generated
	 * @ordered
	 */
	FIRM(0, "FIRM", "Firm"),

	/**
	 * The '<em><b>CUSTOMER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER(1, "CUSTOMER", "Customer"),

	/**
	 * The '<em><b>THIRD PARTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A third party.
	 * <!-- end-model-doc -->
	 * @see #THIRD_PARTY_VALUE
	 * @generated
	 * @ordered
	 */
	THIRD_PARTY(2, "THIRD_PARTY", "Third party");

	/**
	 * The '<em><b>FIRM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Our own company.
	 * <!-- end-model-doc -->
	 * @see #FIRM
	 * @model literal="Firm"
	 * @generated
	 * @ordered
	 */
	public static final int FIRM_VALUE = 0;

	/**
	 * The '<em><b>CUSTOMER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER
	 * @model literal="Customer"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_VALUE = 1;

	/**
	 * The '<em><b>THIRD PARTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A third party.
	 * <!-- end-model-doc -->
	 * @see #THIRD_PARTY
	 * @model literal="Third party"
	 * @generated
	 * @ordered
	 */
	public static final int THIRD_PARTY_VALUE = 2;

	/**
	 * An array of all the '<em><b>Factor Owner</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FactorOwner[] VALUES_ARRAY = new FactorOwner[] { FIRM, CUSTOMER, THIRD_PARTY, };

	/**
	 * A public read-only list of all the '<em><b>Factor Owner</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FactorOwner> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Factor Owner</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FactorOwner get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FactorOwner result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Factor Owner</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FactorOwner getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FactorOwner result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Factor Owner</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FactorOwner get(int value) {
		switch (value) {
		case FIRM_VALUE:
			return FIRM;
		case CUSTOMER_VALUE:
			return CUSTOMER;
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
	private FactorOwner(int value, String name, String literal) {
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

} //FactorOwner
