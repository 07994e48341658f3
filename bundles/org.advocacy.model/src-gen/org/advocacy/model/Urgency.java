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
 * A representation of the literals of the enumeration '<em><b>Urgency</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How urgently an engagement must be worked.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getUrgency()
 * @model
 * @generated
 */
public enum Urgency implements Enumerator {
	/**
	 * The '<em><b>URGENT 24X7</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer is presently impacted and cannot conduct business; work around the clock.
	 * <!-- end-model-doc -->
	 * @see #URGENT_24X7_VALUE
	 * @generated
	 * @ordered
	 */
	URGENT_24X7(0, "URGENT_24X7", "Urgent (24x7)"),

	/**
	 * The '<em><b>BUSINESS HOURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A past or non-urgent situation handled during business hours.
	 * <!-- end-model-doc -->
	 * @see #BUSINESS_HOURS_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_HOURS(1, "BUSINESS_HOURS", "Business hours");

	/**
	 * The '<em><b>URGENT 24X7</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer is presently impacted and cannot conduct business; work around the clock.
	 * <!-- end-model-doc -->
	 * @see #URGENT_24X7
	 * @model literal="Urgent (24x7)"
	 * @generated
	 * @ordered
	 */
	public static final int URGENT_24X7_VALUE = 0;

	/**
	 * The '<em><b>BUSINESS HOURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A past or non-urgent situation handled during business hours.
	 * <!-- end-model-doc -->
	 * @see #BUSINESS_HOURS
	 * @model literal="Business hours"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_HOURS_VALUE = 1;

	/**
	 * An array of all the '<em><b>Urgency</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Urgency[] VALUES_ARRAY = new Urgency[] { URGENT_24X7, BUSINESS_HOURS, };

	/**
	 * A public read-only list of all the '<em><b>Urgency</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Urgency> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Urgency</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Urgency get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Urgency result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Urgency</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Urgency getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Urgency result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Urgency</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Urgency get(int value) {
		switch (value) {
		case URGENT_24X7_VALUE:
			return URGENT_24X7;
		case BUSINESS_HOURS_VALUE:
			return BUSINESS_HOURS;
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
	private Urgency(int value, String name, String literal) {
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

} //Urgency
