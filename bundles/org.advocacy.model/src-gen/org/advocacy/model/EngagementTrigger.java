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
 * A representation of the literals of the enumeration '<em><b>Engagement Trigger</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What brought a situation to the attention of advocacy.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getEngagementTrigger()
 * @model
 * @generated
 */
public enum EngagementTrigger implements Enumerator {
	/**
	 * The '<em><b>EMPLOYEE OBSERVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An employee observed a troublesome account situation.
	 * <!-- end-model-doc -->
	 * @see #EMPLOYEE_OBSERVATION_VALUE
	 * @generated
	 * @ordered
	 */
	EMPLOYEE_OBSERVATION(0, "EMPLOYEE_OBSERVATION", "Employee observation"),

	/**
	 * The '<em><b>SURVEY DISSATISFACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer expressed extreme dissatisfaction in a survey.
	 * <!-- end-model-doc -->
	 * @see #SURVEY_DISSATISFACTION_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY_DISSATISFACTION(1, "SURVEY_DISSATISFACTION", "Survey dissatisfaction"),

	/**
	 * The '<em><b>CUSTOMER REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer asked for an advocate.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_REQUEST(2, "CUSTOMER_REQUEST", "Customer request");

	/**
	 * The '<em><b>EMPLOYEE OBSERVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An employee observed a troublesome account situation.
	 * <!-- end-model-doc -->
	 * @see #EMPLOYEE_OBSERVATION
	 * @model literal="Employee observation"
	 * @generated
	 * @ordered
	 */
	public static final int EMPLOYEE_OBSERVATION_VALUE = 0;

	/**
	 * The '<em><b>SURVEY DISSATISFACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer expressed extreme dissatisfaction in a survey.
	 * <!-- end-model-doc -->
	 * @see #SURVEY_DISSATISFACTION
	 * @model literal="Survey dissatisfaction"
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_DISSATISFACTION_VALUE = 1;

	/**
	 * The '<em><b>CUSTOMER REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer asked for an advocate.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_REQUEST
	 * @model literal="Customer request"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_REQUEST_VALUE = 2;

	/**
	 * An array of all the '<em><b>Engagement Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EngagementTrigger[] VALUES_ARRAY = new EngagementTrigger[] { EMPLOYEE_OBSERVATION,
			SURVEY_DISSATISFACTION, CUSTOMER_REQUEST, };

	/**
	 * A public read-only list of all the '<em><b>Engagement Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EngagementTrigger> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Engagement Trigger</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EngagementTrigger get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EngagementTrigger result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Engagement Trigger</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EngagementTrigger getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EngagementTrigger result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Engagement Trigger</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EngagementTrigger get(int value) {
		switch (value) {
		case EMPLOYEE_OBSERVATION_VALUE:
			return EMPLOYEE_OBSERVATION;
		case SURVEY_DISSATISFACTION_VALUE:
			return SURVEY_DISSATISFACTION;
		case CUSTOMER_REQUEST_VALUE:
			return CUSTOMER_REQUEST;
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
	private EngagementTrigger(int value, String name, String literal) {
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

} //EngagementTrigger
