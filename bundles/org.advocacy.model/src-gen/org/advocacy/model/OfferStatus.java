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
 * A representation of the literals of the enumeration '<em><b>Offer Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where an offer of a service or feature stands.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getOfferStatus()
 * @model
 * @generated
 */
public enum OfferStatus implements Enumerator {
	/**
	 * The '<em><b>OFFERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offered; the customer has not decided yet.
	 * <!-- end-model-doc -->
	 * @see #OFFERED_VALUE
	 * @generated
	 * @ordered
	 */
	OFFERED(0, "OFFERED", "Offered"),

	/**
	 * The '<em><b>TRIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In its free trial.
	 * <!-- end-model-doc -->
	 * @see #TRIAL_VALUE
	 * @generated
	 * @ordered
	 */
	TRIAL(1, "TRIAL", "Trial"),

	/**
	 * The '<em><b>BOUGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer bought it.
	 * <!-- end-model-doc -->
	 * @see #BOUGHT_VALUE
	 * @generated
	 * @ordered
	 */
	BOUGHT(2, "BOUGHT", "Bought"),

	/**
	 * The '<em><b>SWITCHED OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trial ended without a purchase and the service was switched off.
	 * <!-- end-model-doc -->
	 * @see #SWITCHED_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	SWITCHED_OFF(3, "SWITCHED_OFF", "Switched off"),

	/**
	 * The '<em><b>DECLINED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer declined the offer.
	 * <!-- end-model-doc -->
	 * @see #DECLINED_VALUE
	 * @generated
	 * @ordered
	 */
	DECLINED(4, "DECLINED", "Declined");

	/**
	 * The '<em><b>OFFERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offered; the customer has not decided yet.
	 * <!-- end-model-doc -->
	 * @see #OFFERED
	 * @model literal="Offered"
	 * @generated
	 * @ordered
	 */
	public static final int OFFERED_VALUE = 0;

	/**
	 * The '<em><b>TRIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In its free trial.
	 * <!-- end-model-doc -->
	 * @see #TRIAL
	 * @model literal="Trial"
	 * @generated
	 * @ordered
	 */
	public static final int TRIAL_VALUE = 1;

	/**
	 * The '<em><b>BOUGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer bought it.
	 * <!-- end-model-doc -->
	 * @see #BOUGHT
	 * @model literal="Bought"
	 * @generated
	 * @ordered
	 */
	public static final int BOUGHT_VALUE = 2;

	/**
	 * The '<em><b>SWITCHED OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trial ended without a purchase and the service was switched off.
	 * <!-- end-model-doc -->
	 * @see #SWITCHED_OFF
	 * @model literal="Switched off"
	 * @generated
	 * @ordered
	 */
	public static final int SWITCHED_OFF_VALUE = 3;

	/**
	 * The '<em><b>DECLINED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer declined the offer.
	 * <!-- end-model-doc -->
	 * @see #DECLINED
	 * @model literal="Declined"
	 * @generated
	 * @ordered
	 */
	public static final int DECLINED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Offer Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OfferStatus[] VALUES_ARRAY = new OfferStatus[] { OFFERED, TRIAL, BOUGHT, SWITCHED_OFF,
			DECLINED, };

	/**
	 * A public read-only list of all the '<em><b>Offer Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OfferStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Offer Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OfferStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OfferStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Offer Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OfferStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OfferStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Offer Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OfferStatus get(int value) {
		switch (value) {
		case OFFERED_VALUE:
			return OFFERED;
		case TRIAL_VALUE:
			return TRIAL;
		case BOUGHT_VALUE:
			return BOUGHT;
		case SWITCHED_OFF_VALUE:
			return SWITCHED_OFF;
		case DECLINED_VALUE:
			return DECLINED;
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
	private OfferStatus(int value, String name, String literal) {
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

} //OfferStatus
