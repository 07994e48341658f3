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
 * A representation of the literals of the enumeration '<em><b>Attempt Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The result of one attempt to reach a person on the escalation ladder.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getAttemptOutcome()
 * @model
 * @generated
 */
public enum AttemptOutcome implements Enumerator {
	/**
	 * The '<em><b>PENDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waiting for a response.
	 * <!-- end-model-doc -->
	 * @see #PENDING_VALUE
	 * @generated
	 * @ordered
	 */
	PENDING(0, "PENDING", "Pending"),

	/**
	 * The '<em><b>RESPONDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person responded.
	 * <!-- end-model-doc -->
	 * @see #RESPONDED_VALUE
	 * @generated
	 * @ordered
	 */
	RESPONDED(1, "RESPONDED", "Responded"),

	/**
	 * The '<em><b>NO ANSWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No response within the escalation timeout.
	 * <!-- end-model-doc -->
	 * @see #NO_ANSWER_VALUE
	 * @generated
	 * @ordered
	 */
	NO_ANSWER(2, "NO_ANSWER", "No answer"),

	/**
	 * The '<em><b>REDIRECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person pointed to someone else.
	 * <!-- end-model-doc -->
	 * @see #REDIRECTED_VALUE
	 * @generated
	 * @ordered
	 */
	REDIRECTED(3, "REDIRECTED", "Redirected");

	/**
	 * The '<em><b>PENDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Waiting for a response.
	 * <!-- end-model-doc -->
	 * @see #PENDING
	 * @model literal="Pending"
	 * @generated
	 * @ordered
	 */
	public static final int PENDING_VALUE = 0;

	/**
	 * The '<em><b>RESPONDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person responded.
	 * <!-- end-model-doc -->
	 * @see #RESPONDED
	 * @model literal="Responded"
	 * @generated
	 * @ordered
	 */
	public static final int RESPONDED_VALUE = 1;

	/**
	 * The '<em><b>NO ANSWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No response within the escalation timeout.
	 * <!-- end-model-doc -->
	 * @see #NO_ANSWER
	 * @model literal="No answer"
	 * @generated
	 * @ordered
	 */
	public static final int NO_ANSWER_VALUE = 2;

	/**
	 * The '<em><b>REDIRECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person pointed to someone else.
	 * <!-- end-model-doc -->
	 * @see #REDIRECTED
	 * @model literal="Redirected"
	 * @generated
	 * @ordered
	 */
	public static final int REDIRECTED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Attempt Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AttemptOutcome[] VALUES_ARRAY = new AttemptOutcome[] { PENDING, RESPONDED, NO_ANSWER,
			REDIRECTED, };

	/**
	 * A public read-only list of all the '<em><b>Attempt Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AttemptOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Attempt Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttemptOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AttemptOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attempt Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttemptOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AttemptOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attempt Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttemptOutcome get(int value) {
		switch (value) {
		case PENDING_VALUE:
			return PENDING;
		case RESPONDED_VALUE:
			return RESPONDED;
		case NO_ANSWER_VALUE:
			return NO_ANSWER;
		case REDIRECTED_VALUE:
			return REDIRECTED;
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
	private AttemptOutcome(int value, String name, String literal) {
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

} //AttemptOutcome
