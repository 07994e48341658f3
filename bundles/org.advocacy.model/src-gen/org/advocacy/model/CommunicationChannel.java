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
 * A representation of the literals of the enumeration '<em><b>Communication Channel</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a communication reaches the customer.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getCommunicationChannel()
 * @model
 * @generated
 */
public enum CommunicationChannel implements Enumerator {
	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An e-mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(0, "EMAIL", "E-mail"),

	/**
	 * The '<em><b>PHONE CALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A phone call.
	 * <!-- end-model-doc -->
	 * @see #PHONE_CALL_VALUE
	 * @generated
	 * @ordered
	 */
	PHONE_CALL(1, "PHONE_CALL", "Phone call"),

	/**
	 * The '<em><b>MEETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A meeting.
	 * <!-- end-model-doc -->
	 * @see #MEETING_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING(2, "MEETING", "Meeting"),

	/**
	 * The '<em><b>CONFERENCE CALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A conference call.
	 * <!-- end-model-doc -->
	 * @see #CONFERENCE_CALL_VALUE
	 * @generated
	 * @ordered
	 */
	CONFERENCE_CALL(3, "CONFERENCE_CALL", "Conference call"),

	/**
	 * The '<em><b>PORTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A post on the customer portal.
	 * <!-- end-model-doc -->
	 * @see #PORTAL_VALUE
	 * @generated
	 * @ordered
	 */
	PORTAL(4, "PORTAL", "Portal");

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An e-mail.
	 * <!-- end-model-doc -->
	 * @see #EMAIL
	 * @model literal="E-mail"
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 0;

	/**
	 * The '<em><b>PHONE CALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A phone call.
	 * <!-- end-model-doc -->
	 * @see #PHONE_CALL
	 * @model literal="Phone call"
	 * @generated
	 * @ordered
	 */
	public static final int PHONE_CALL_VALUE = 1;

	/**
	 * The '<em><b>MEETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A meeting.
	 * <!-- end-model-doc -->
	 * @see #MEETING
	 * @model literal="Meeting"
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_VALUE = 2;

	/**
	 * The '<em><b>CONFERENCE CALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A conference call.
	 * <!-- end-model-doc -->
	 * @see #CONFERENCE_CALL
	 * @model literal="Conference call"
	 * @generated
	 * @ordered
	 */
	public static final int CONFERENCE_CALL_VALUE = 3;

	/**
	 * The '<em><b>PORTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A post on the customer portal.
	 * <!-- end-model-doc -->
	 * @see #PORTAL
	 * @model literal="Portal"
	 * @generated
	 * @ordered
	 */
	public static final int PORTAL_VALUE = 4;

	/**
	 * An array of all the '<em><b>Communication Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommunicationChannel[] VALUES_ARRAY = new CommunicationChannel[] { EMAIL, PHONE_CALL, MEETING,
			CONFERENCE_CALL, PORTAL, };

	/**
	 * A public read-only list of all the '<em><b>Communication Channel</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommunicationChannel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Communication Channel</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationChannel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommunicationChannel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Communication Channel</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationChannel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommunicationChannel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Communication Channel</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommunicationChannel get(int value) {
		switch (value) {
		case EMAIL_VALUE:
			return EMAIL;
		case PHONE_CALL_VALUE:
			return PHONE_CALL;
		case MEETING_VALUE:
			return MEETING;
		case CONFERENCE_CALL_VALUE:
			return CONFERENCE_CALL;
		case PORTAL_VALUE:
			return PORTAL;
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
	private CommunicationChannel(int value, String name, String literal) {
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

} //CommunicationChannel
