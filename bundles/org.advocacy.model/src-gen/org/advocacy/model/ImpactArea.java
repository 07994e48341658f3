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
 * A representation of the literals of the enumeration '<em><b>Impact Area</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What an incident affected at the customer, as they described it.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getImpactArea()
 * @model
 * @generated
 */
public enum ImpactArea implements Enumerator {
	/**
	 * The '<em><b>CUSTOMER SATISFACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The satisfaction of the customer's own customers.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_SATISFACTION_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_SATISFACTION(0, "CUSTOMER_SATISFACTION", "Customer satisfaction"),

	/**
	 * The '<em><b>EMPLOYEE MORALE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The morale of the customer's employees.
	 * <!-- end-model-doc -->
	 * @see #EMPLOYEE_MORALE_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYEE_MORALE(1, "EMPLOYEE_MORALE", "Employee morale"),

	/**
	 * The '<em><b>COMPANY IMAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's reputation.
	 * <!-- end-model-doc -->
	 * @see #COMPANY_IMAGE_VALUE
	 * @generated
	 * @ordered
	 */
	COMPANY_IMAGE(2, "COMPANY_IMAGE", "Company image"),

	/**
	 * The '<em><b>REVENUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue the customer lost.
	 * <!-- end-model-doc -->
	 * @see #REVENUE_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE(3, "REVENUE", "Revenue"),

	/**
	 * The '<em><b>LOST OPPORTUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business the customer could not pursue.
	 * <!-- end-model-doc -->
	 * @see #LOST_OPPORTUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	LOST_OPPORTUNITY(4, "LOST_OPPORTUNITY", "Lost opportunity"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other impact.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "Other");

	/**
	 * The '<em><b>CUSTOMER SATISFACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The satisfaction of the customer's own customers.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_SATISFACTION
	 * @model literal="Customer satisfaction"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_SATISFACTION_VALUE = 0;

	/**
	 * The '<em><b>EMPLOYEE MORALE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The morale of the customer's employees.
	 * <!-- end-model-doc -->
	 * @see #EMPLOYEE_MORALE
	 * @model literal="Employee morale"
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYEE_MORALE_VALUE = 1;

	/**
	 * The '<em><b>COMPANY IMAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer's reputation.
	 * <!-- end-model-doc -->
	 * @see #COMPANY_IMAGE
	 * @model literal="Company image"
	 * @generated
	 * @ordered
	 */
	public static final int COMPANY_IMAGE_VALUE = 2;

	/**
	 * The '<em><b>REVENUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue the customer lost.
	 * <!-- end-model-doc -->
	 * @see #REVENUE
	 * @model literal="Revenue"
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_VALUE = 3;

	/**
	 * The '<em><b>LOST OPPORTUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business the customer could not pursue.
	 * <!-- end-model-doc -->
	 * @see #LOST_OPPORTUNITY
	 * @model literal="Lost opportunity"
	 * @generated
	 * @ordered
	 */
	public static final int LOST_OPPORTUNITY_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other impact.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model literal="Other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Impact Area</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ImpactArea[] VALUES_ARRAY = new ImpactArea[] { CUSTOMER_SATISFACTION, EMPLOYEE_MORALE,
			COMPANY_IMAGE, REVENUE, LOST_OPPORTUNITY, OTHER, };

	/**
	 * A public read-only list of all the '<em><b>Impact Area</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ImpactArea> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Impact Area</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImpactArea get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ImpactArea result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Impact Area</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImpactArea getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ImpactArea result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Impact Area</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImpactArea get(int value) {
		switch (value) {
		case CUSTOMER_SATISFACTION_VALUE:
			return CUSTOMER_SATISFACTION;
		case EMPLOYEE_MORALE_VALUE:
			return EMPLOYEE_MORALE;
		case COMPANY_IMAGE_VALUE:
			return COMPANY_IMAGE;
		case REVENUE_VALUE:
			return REVENUE;
		case LOST_OPPORTUNITY_VALUE:
			return LOST_OPPORTUNITY;
		case OTHER_VALUE:
			return OTHER;
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
	private ImpactArea(int value, String name, String literal) {
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

} //ImpactArea
