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
 * A representation of the literals of the enumeration '<em><b>Smtp Security</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the connection to the mail server is secured.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getSmtpSecurity()
 * @model
 * @generated
 */
public enum SmtpSecurity implements Enumerator {
	/**
	 * The '<em><b>STARTTLS REQUIRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upgrade the connection with STARTTLS and refuse to send when the server does not offer it.
	 * <!-- end-model-doc -->
	 * @see #STARTTLS_REQUIRED_VALUE
	 * @generated
	 * @ordered
	 */
	STARTTLS_REQUIRED(0, "STARTTLS_REQUIRED", "STARTTLS required"),

	/**
	 * The '<em><b>STARTTLS IF OFFERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upgrade the connection with STARTTLS when the server offers it; send in plain text otherwise.
	 * <!-- end-model-doc -->
	 * @see #STARTTLS_IF_OFFERED_VALUE
	 * @generated
	 * @ordered
	 */
	STARTTLS_IF_OFFERED(1, "STARTTLS_IF_OFFERED", "STARTTLS if offered"),

	/**
	 * The '<em><b>TLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connect with TLS from the start (SMTPS, usually port 465).
	 * <!-- end-model-doc -->
	 * @see #TLS_VALUE
	 * @generated
	 * @ordered
	 */
	TLS(2, "TLS", "TLS (SMTPS)"),

	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Send in plain text, for a relay on the same host or a trusted network only.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(3, "NONE", "None");

	/**
	 * The '<em><b>STARTTLS REQUIRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upgrade the connection with STARTTLS and refuse to send when the server does not offer it.
	 * <!-- end-model-doc -->
	 * @see #STARTTLS_REQUIRED
	 * @model literal="STARTTLS required"
	 * @generated
	 * @ordered
	 */
	public static final int STARTTLS_REQUIRED_VALUE = 0;

	/**
	 * The '<em><b>STARTTLS IF OFFERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upgrade the connection with STARTTLS when the server offers it; send in plain text otherwise.
	 * <!-- end-model-doc -->
	 * @see #STARTTLS_IF_OFFERED
	 * @model literal="STARTTLS if offered"
	 * @generated
	 * @ordered
	 */
	public static final int STARTTLS_IF_OFFERED_VALUE = 1;

	/**
	 * The '<em><b>TLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connect with TLS from the start (SMTPS, usually port 465).
	 * <!-- end-model-doc -->
	 * @see #TLS
	 * @model literal="TLS (SMTPS)"
	 * @generated
	 * @ordered
	 */
	public static final int TLS_VALUE = 2;

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Send in plain text, for a relay on the same host or a trusted network only.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model literal="None"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Smtp Security</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SmtpSecurity[] VALUES_ARRAY = new SmtpSecurity[] { STARTTLS_REQUIRED, STARTTLS_IF_OFFERED, TLS,
			NONE, };

	/**
	 * A public read-only list of all the '<em><b>Smtp Security</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SmtpSecurity> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Smtp Security</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SmtpSecurity get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SmtpSecurity result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Smtp Security</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SmtpSecurity getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SmtpSecurity result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Smtp Security</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SmtpSecurity get(int value) {
		switch (value) {
		case STARTTLS_REQUIRED_VALUE:
			return STARTTLS_REQUIRED;
		case STARTTLS_IF_OFFERED_VALUE:
			return STARTTLS_IF_OFFERED;
		case TLS_VALUE:
			return TLS;
		case NONE_VALUE:
			return NONE;
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
	private SmtpSecurity(int value, String name, String literal) {
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

} //SmtpSecurity
