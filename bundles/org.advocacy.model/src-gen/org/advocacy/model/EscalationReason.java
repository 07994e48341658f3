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
 * A representation of the literals of the enumeration '<em><b>Escalation Reason</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Why an escalation was started.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getEscalationReason()
 * @model
 * @generated
 */
public enum EscalationReason implements Enumerator {
	/**
	 * The '<em><b>MANAGEMENT AWARENESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Management should be made aware of a customer or product situation.
	 * <!-- end-model-doc -->
	 * @see #MANAGEMENT_AWARENESS_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGEMENT_AWARENESS(0, "MANAGEMENT_AWARENESS", "Management awareness"),

	/**
	 * The '<em><b>UNRESPONSIVE CONTACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The primary contact did not respond.
	 * <!-- end-model-doc -->
	 * @see #UNRESPONSIVE_CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	UNRESPONSIVE_CONTACT(1, "UNRESPONSIVE_CONTACT", "Unresponsive contact"),

	/**
	 * The '<em><b>PRE ESTABLISHED REQUEST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An escalation was requested in advance for this customer or product.
	 * <!-- end-model-doc -->
	 * @see #PRE_ESTABLISHED_REQUEST_VALUE
	 * @generated
	 * @ordered
	 */
	PRE_ESTABLISHED_REQUEST(2, "PRE_ESTABLISHED_REQUEST", "Pre-established request"),

	/**
	 * The '<em><b>RESOURCE NEEDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person with particular skills is needed.
	 * <!-- end-model-doc -->
	 * @see #RESOURCE_NEEDED_VALUE
	 * @generated
	 * @ordered
	 */
	RESOURCE_NEEDED(3, "RESOURCE_NEEDED", "Resource needed"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other reason.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "OTHER", "Other");

	/**
	 * The '<em><b>MANAGEMENT AWARENESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Management should be made aware of a customer or product situation.
	 * <!-- end-model-doc -->
	 * @see #MANAGEMENT_AWARENESS
	 * @model literal="Management awareness"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGEMENT_AWARENESS_VALUE = 0;

	/**
	 * The '<em><b>UNRESPONSIVE CONTACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The primary contact did not respond.
	 * <!-- end-model-doc -->
	 * @see #UNRESPONSIVE_CONTACT
	 * @model literal="Unresponsive contact"
	 * @generated
	 * @ordered
	 */
	public static final int UNRESPONSIVE_CONTACT_VALUE = 1;

	/**
	 * The '<em><b>PRE ESTABLISHED REQUEST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An escalation was requested in advance for this customer or product.
	 * <!-- end-model-doc -->
	 * @see #PRE_ESTABLISHED_REQUEST
	 * @model literal="Pre-established request"
	 * @generated
	 * @ordered
	 */
	public static final int PRE_ESTABLISHED_REQUEST_VALUE = 2;

	/**
	 * The '<em><b>RESOURCE NEEDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A person with particular skills is needed.
	 * <!-- end-model-doc -->
	 * @see #RESOURCE_NEEDED
	 * @model literal="Resource needed"
	 * @generated
	 * @ordered
	 */
	public static final int RESOURCE_NEEDED_VALUE = 3;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other reason.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model literal="Other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Escalation Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EscalationReason[] VALUES_ARRAY = new EscalationReason[] { MANAGEMENT_AWARENESS,
			UNRESPONSIVE_CONTACT, PRE_ESTABLISHED_REQUEST, RESOURCE_NEEDED, OTHER, };

	/**
	 * A public read-only list of all the '<em><b>Escalation Reason</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EscalationReason> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Escalation Reason</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationReason get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EscalationReason result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Escalation Reason</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationReason getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EscalationReason result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Escalation Reason</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationReason get(int value) {
		switch (value) {
		case MANAGEMENT_AWARENESS_VALUE:
			return MANAGEMENT_AWARENESS;
		case UNRESPONSIVE_CONTACT_VALUE:
			return UNRESPONSIVE_CONTACT;
		case PRE_ESTABLISHED_REQUEST_VALUE:
			return PRE_ESTABLISHED_REQUEST;
		case RESOURCE_NEEDED_VALUE:
			return RESOURCE_NEEDED;
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
	private EscalationReason(int value, String name, String literal) {
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

} //EscalationReason
