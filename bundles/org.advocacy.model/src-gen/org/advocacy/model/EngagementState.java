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
 * A representation of the literals of the enumeration '<em><b>Engagement State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where an engagement is in its life cycle, from request to return to standard operating procedure.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getEngagementState()
 * @model
 * @generated
 */
public enum EngagementState implements Enumerator {
	/**
	 * The '<em><b>REQUESTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Advocacy has been asked for.
	 * <!-- end-model-doc -->
	 * @see #REQUESTED_VALUE
	 * @generated
	 * @ordered
	 */
	REQUESTED(0, "REQUESTED", "Requested"),

	/**
	 * The '<em><b>DECLINED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The request was not taken on.
	 * <!-- end-model-doc -->
	 * @see #DECLINED_VALUE
	 * @generated
	 * @ordered
	 */
	DECLINED(1, "DECLINED", "Declined"),

	/**
	 * The '<em><b>ASSESSING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confirming the true nature of the situation and agreeing the disengagement criteria with the customer.
	 * <!-- end-model-doc -->
	 * @see #ASSESSING_VALUE
	 * @generated
	 * @ordered
	 */
	ASSESSING(2, "ASSESSING", "Assessing"),

	/**
	 * The '<em><b>ENGAGED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criteria are agreed and the situation is being resolved.
	 * <!-- end-model-doc -->
	 * @see #ENGAGED_VALUE
	 * @generated
	 * @ordered
	 */
	ENGAGED(3, "ENGAGED", "Engaged"),

	/**
	 * The '<em><b>EXECUTING PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The get-well plan is under way; irreversible corrective action is being put in place.
	 * <!-- end-model-doc -->
	 * @see #EXECUTING_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	EXECUTING_PLAN(4, "EXECUTING_PLAN", "Executing plan"),

	/**
	 * The '<em><b>CLOSE OUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criteria are believed met; awaiting the customer's confirmation.
	 * <!-- end-model-doc -->
	 * @see #CLOSE_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	CLOSE_OUT(5, "CLOSE_OUT", "Close-out"),

	/**
	 * The '<em><b>RETURNED TO SOP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closed: the customer is back to standard operating procedure.
	 * <!-- end-model-doc -->
	 * @see #RETURNED_TO_SOP_VALUE
	 * @generated
	 * @ordered
	 */
	RETURNED_TO_SOP(6, "RETURNED_TO_SOP", "Returned to SOP");

	/**
	 * The '<em><b>REQUESTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Advocacy has been asked for.
	 * <!-- end-model-doc -->
	 * @see #REQUESTED
	 * @model literal="Requested"
	 * @generated
	 * @ordered
	 */
	public static final int REQUESTED_VALUE = 0;

	/**
	 * The '<em><b>DECLINED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The request was not taken on.
	 * <!-- end-model-doc -->
	 * @see #DECLINED
	 * @model literal="Declined"
	 * @generated
	 * @ordered
	 */
	public static final int DECLINED_VALUE = 1;

	/**
	 * The '<em><b>ASSESSING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confirming the true nature of the situation and agreeing the disengagement criteria with the customer.
	 * <!-- end-model-doc -->
	 * @see #ASSESSING
	 * @model literal="Assessing"
	 * @generated
	 * @ordered
	 */
	public static final int ASSESSING_VALUE = 2;

	/**
	 * The '<em><b>ENGAGED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criteria are agreed and the situation is being resolved.
	 * <!-- end-model-doc -->
	 * @see #ENGAGED
	 * @model literal="Engaged"
	 * @generated
	 * @ordered
	 */
	public static final int ENGAGED_VALUE = 3;

	/**
	 * The '<em><b>EXECUTING PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The get-well plan is under way; irreversible corrective action is being put in place.
	 * <!-- end-model-doc -->
	 * @see #EXECUTING_PLAN
	 * @model literal="Executing plan"
	 * @generated
	 * @ordered
	 */
	public static final int EXECUTING_PLAN_VALUE = 4;

	/**
	 * The '<em><b>CLOSE OUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criteria are believed met; awaiting the customer's confirmation.
	 * <!-- end-model-doc -->
	 * @see #CLOSE_OUT
	 * @model literal="Close-out"
	 * @generated
	 * @ordered
	 */
	public static final int CLOSE_OUT_VALUE = 5;

	/**
	 * The '<em><b>RETURNED TO SOP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closed: the customer is back to standard operating procedure.
	 * <!-- end-model-doc -->
	 * @see #RETURNED_TO_SOP
	 * @model literal="Returned to SOP"
	 * @generated
	 * @ordered
	 */
	public static final int RETURNED_TO_SOP_VALUE = 6;

	/**
	 * An array of all the '<em><b>Engagement State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EngagementState[] VALUES_ARRAY = new EngagementState[] { REQUESTED, DECLINED, ASSESSING,
			ENGAGED, EXECUTING_PLAN, CLOSE_OUT, RETURNED_TO_SOP, };

	/**
	 * A public read-only list of all the '<em><b>Engagement State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EngagementState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Engagement State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EngagementState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EngagementState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Engagement State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EngagementState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EngagementState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Engagement State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EngagementState get(int value) {
		switch (value) {
		case REQUESTED_VALUE:
			return REQUESTED;
		case DECLINED_VALUE:
			return DECLINED;
		case ASSESSING_VALUE:
			return ASSESSING;
		case ENGAGED_VALUE:
			return ENGAGED;
		case EXECUTING_PLAN_VALUE:
			return EXECUTING_PLAN;
		case CLOSE_OUT_VALUE:
			return CLOSE_OUT;
		case RETURNED_TO_SOP_VALUE:
			return RETURNED_TO_SOP;
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
	private EngagementState(int value, String name, String literal) {
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

} //EngagementState
