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
 * A representation of the literals of the enumeration '<em><b>Notification Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a notification is about.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getNotificationKind()
 * @model
 * @generated
 */
public enum NotificationKind implements Enumerator {
	/**
	 * The '<em><b>LADDER STEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person whose step on a who-to-call ladder is due is asked to call the advocate back.
	 * <!-- end-model-doc -->
	 * @see #LADDER_STEP_VALUE
	 * @generated
	 * @ordered
	 */
	LADDER_STEP(0, "LADDER_STEP", "Ladder step"),

	/**
	 * The '<em><b>LADDER WARNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The advocate is warned that the wait for an answer on a ladder is running out.
	 * <!-- end-model-doc -->
	 * @see #LADDER_WARNING_VALUE
	 * @generated
	 * @ordered
	 */
	LADDER_WARNING(1, "LADDER_WARNING", "Ladder warning"),

	/**
	 * The '<em><b>LADDER EXHAUSTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The advocate is told that nobody up to the top of a ladder answered.
	 * <!-- end-model-doc -->
	 * @see #LADDER_EXHAUSTED_VALUE
	 * @generated
	 * @ordered
	 */
	LADDER_EXHAUSTED(2, "LADDER_EXHAUSTED", "Ladder exhausted"),

	/**
	 * The '<em><b>CUSTOMER UPDATE OVERDUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The advocate is reminded that the customer is due an update.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_UPDATE_OVERDUE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_UPDATE_OVERDUE(3, "CUSTOMER_UPDATE_OVERDUE", "Customer update overdue"),

	/**
	 * The '<em><b>COMMITMENT UPDATE DUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The accountable manager is reminded that a root-cause update is due soon.
	 * <!-- end-model-doc -->
	 * @see #COMMITMENT_UPDATE_DUE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMITMENT_UPDATE_DUE(4, "COMMITMENT_UPDATE_DUE", "Commitment update due"),

	/**
	 * The '<em><b>COMMITMENT UPDATE OVERDUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The accountable manager is told that a promised root-cause update is overdue.
	 * <!-- end-model-doc -->
	 * @see #COMMITMENT_UPDATE_OVERDUE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMITMENT_UPDATE_OVERDUE(5, "COMMITMENT_UPDATE_OVERDUE", "Commitment update overdue"),

	/**
	 * The '<em><b>CUSTOMER UPDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reviewed update sent to the customer.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_UPDATE(6, "CUSTOMER_UPDATE", "Customer update"),

	/**
	 * The '<em><b>MEETING INVITATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A calendar invitation to a meeting, or its update.
	 * <!-- end-model-doc -->
	 * @see #MEETING_INVITATION_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING_INVITATION(7, "MEETING_INVITATION", "Meeting invitation"),

	/**
	 * The '<em><b>MEETING CANCELLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A calendar cancellation of a meeting.
	 * <!-- end-model-doc -->
	 * @see #MEETING_CANCELLATION_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING_CANCELLATION(8, "MEETING_CANCELLATION", "Meeting cancellation");

	/**
	 * The '<em><b>LADDER STEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person whose step on a who-to-call ladder is due is asked to call the advocate back.
	 * <!-- end-model-doc -->
	 * @see #LADDER_STEP
	 * @model literal="Ladder step"
	 * @generated
	 * @ordered
	 */
	public static final int LADDER_STEP_VALUE = 0;

	/**
	 * The '<em><b>LADDER WARNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The advocate is warned that the wait for an answer on a ladder is running out.
	 * <!-- end-model-doc -->
	 * @see #LADDER_WARNING
	 * @model literal="Ladder warning"
	 * @generated
	 * @ordered
	 */
	public static final int LADDER_WARNING_VALUE = 1;

	/**
	 * The '<em><b>LADDER EXHAUSTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The advocate is told that nobody up to the top of a ladder answered.
	 * <!-- end-model-doc -->
	 * @see #LADDER_EXHAUSTED
	 * @model literal="Ladder exhausted"
	 * @generated
	 * @ordered
	 */
	public static final int LADDER_EXHAUSTED_VALUE = 2;

	/**
	 * The '<em><b>CUSTOMER UPDATE OVERDUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The advocate is reminded that the customer is due an update.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_UPDATE_OVERDUE
	 * @model literal="Customer update overdue"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_UPDATE_OVERDUE_VALUE = 3;

	/**
	 * The '<em><b>COMMITMENT UPDATE DUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The accountable manager is reminded that a root-cause update is due soon.
	 * <!-- end-model-doc -->
	 * @see #COMMITMENT_UPDATE_DUE
	 * @model literal="Commitment update due"
	 * @generated
	 * @ordered
	 */
	public static final int COMMITMENT_UPDATE_DUE_VALUE = 4;

	/**
	 * The '<em><b>COMMITMENT UPDATE OVERDUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The accountable manager is told that a promised root-cause update is overdue.
	 * <!-- end-model-doc -->
	 * @see #COMMITMENT_UPDATE_OVERDUE
	 * @model literal="Commitment update overdue"
	 * @generated
	 * @ordered
	 */
	public static final int COMMITMENT_UPDATE_OVERDUE_VALUE = 5;

	/**
	 * The '<em><b>CUSTOMER UPDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reviewed update sent to the customer.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_UPDATE
	 * @model literal="Customer update"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_UPDATE_VALUE = 6;

	/**
	 * The '<em><b>MEETING INVITATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A calendar invitation to a meeting, or its update.
	 * <!-- end-model-doc -->
	 * @see #MEETING_INVITATION
	 * @model literal="Meeting invitation"
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_INVITATION_VALUE = 7;

	/**
	 * The '<em><b>MEETING CANCELLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A calendar cancellation of a meeting.
	 * <!-- end-model-doc -->
	 * @see #MEETING_CANCELLATION
	 * @model literal="Meeting cancellation"
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_CANCELLATION_VALUE = 8;

	/**
	 * An array of all the '<em><b>Notification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NotificationKind[] VALUES_ARRAY = new NotificationKind[] { LADDER_STEP, LADDER_WARNING,
			LADDER_EXHAUSTED, CUSTOMER_UPDATE_OVERDUE, COMMITMENT_UPDATE_DUE, COMMITMENT_UPDATE_OVERDUE,
			CUSTOMER_UPDATE, MEETING_INVITATION, MEETING_CANCELLATION, };

	/**
	 * A public read-only list of all the '<em><b>Notification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NotificationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Notification Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NotificationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NotificationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Notification Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NotificationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NotificationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Notification Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NotificationKind get(int value) {
		switch (value) {
		case LADDER_STEP_VALUE:
			return LADDER_STEP;
		case LADDER_WARNING_VALUE:
			return LADDER_WARNING;
		case LADDER_EXHAUSTED_VALUE:
			return LADDER_EXHAUSTED;
		case CUSTOMER_UPDATE_OVERDUE_VALUE:
			return CUSTOMER_UPDATE_OVERDUE;
		case COMMITMENT_UPDATE_DUE_VALUE:
			return COMMITMENT_UPDATE_DUE;
		case COMMITMENT_UPDATE_OVERDUE_VALUE:
			return COMMITMENT_UPDATE_OVERDUE;
		case CUSTOMER_UPDATE_VALUE:
			return CUSTOMER_UPDATE;
		case MEETING_INVITATION_VALUE:
			return MEETING_INVITATION;
		case MEETING_CANCELLATION_VALUE:
			return MEETING_CANCELLATION;
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
	private NotificationKind(int value, String name, String literal) {
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

} //NotificationKind
