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
 * A representation of the literals of the enumeration '<em><b>Stakeholder Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The part a stakeholder plays in a get-well plan.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getStakeholderRole()
 * @model
 * @generated
 */
public enum StakeholderRole implements Enumerator {
	/**
	 * The '<em><b>SPONSOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sponsors the plan and receives the executive status.
	 * <!-- end-model-doc -->
	 * @see #SPONSOR_VALUE
	 * @generated
	 * @ordered
	 */
	SPONSOR(0, "SPONSOR", "Sponsor"),

	/**
	 * The '<em><b>BUSINESS OWNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owns the business outcome.
	 * <!-- end-model-doc -->
	 * @see #BUSINESS_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_OWNER(1, "BUSINESS_OWNER", "Business owner"),

	/**
	 * The '<em><b>PARTICIPANT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Does the work.
	 * <!-- end-model-doc -->
	 * @see #PARTICIPANT_VALUE
	 * @generated
	 * @ordered
	 */
	PARTICIPANT(2, "PARTICIPANT", "Participant"),

	/**
	 * The '<em><b>SUBJECT MATTER EXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contributes expertise.
	 * <!-- end-model-doc -->
	 * @see #SUBJECT_MATTER_EXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	SUBJECT_MATTER_EXPERT(3, "SUBJECT_MATTER_EXPERT", "Subject-matter expert"),

	/**
	 * The '<em><b>CUSTOMER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Represents the customer.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER(4, "CUSTOMER", "Customer"),

	/**
	 * The '<em><b>CHAMPION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Promotes the plan.
	 * <!-- end-model-doc -->
	 * @see #CHAMPION_VALUE
	 * @generated
	 * @ordered
	 */
	CHAMPION(5, "CHAMPION", "Champion");

	/**
	 * The '<em><b>SPONSOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sponsors the plan and receives the executive status.
	 * <!-- end-model-doc -->
	 * @see #SPONSOR
	 * @model literal="Sponsor"
	 * @generated
	 * @ordered
	 */
	public static final int SPONSOR_VALUE = 0;

	/**
	 * The '<em><b>BUSINESS OWNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owns the business outcome.
	 * <!-- end-model-doc -->
	 * @see #BUSINESS_OWNER
	 * @model literal="Business owner"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_OWNER_VALUE = 1;

	/**
	 * The '<em><b>PARTICIPANT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Does the work.
	 * <!-- end-model-doc -->
	 * @see #PARTICIPANT
	 * @model literal="Participant"
	 * @generated
	 * @ordered
	 */
	public static final int PARTICIPANT_VALUE = 2;

	/**
	 * The '<em><b>SUBJECT MATTER EXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contributes expertise.
	 * <!-- end-model-doc -->
	 * @see #SUBJECT_MATTER_EXPERT
	 * @model literal="Subject-matter expert"
	 * @generated
	 * @ordered
	 */
	public static final int SUBJECT_MATTER_EXPERT_VALUE = 3;

	/**
	 * The '<em><b>CUSTOMER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Represents the customer.
	 * <!-- end-model-doc -->
	 * @see #CUSTOMER
	 * @model literal="Customer"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_VALUE = 4;

	/**
	 * The '<em><b>CHAMPION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Promotes the plan.
	 * <!-- end-model-doc -->
	 * @see #CHAMPION
	 * @model literal="Champion"
	 * @generated
	 * @ordered
	 */
	public static final int CHAMPION_VALUE = 5;

	/**
	 * An array of all the '<em><b>Stakeholder Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StakeholderRole[] VALUES_ARRAY = new StakeholderRole[] { SPONSOR, BUSINESS_OWNER, PARTICIPANT,
			SUBJECT_MATTER_EXPERT, CUSTOMER, CHAMPION, };

	/**
	 * A public read-only list of all the '<em><b>Stakeholder Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StakeholderRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stakeholder Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StakeholderRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StakeholderRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stakeholder Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StakeholderRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StakeholderRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stakeholder Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StakeholderRole get(int value) {
		switch (value) {
		case SPONSOR_VALUE:
			return SPONSOR;
		case BUSINESS_OWNER_VALUE:
			return BUSINESS_OWNER;
		case PARTICIPANT_VALUE:
			return PARTICIPANT;
		case SUBJECT_MATTER_EXPERT_VALUE:
			return SUBJECT_MATTER_EXPERT;
		case CUSTOMER_VALUE:
			return CUSTOMER;
		case CHAMPION_VALUE:
			return CHAMPION;
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
	private StakeholderRole(int value, String name, String literal) {
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

} //StakeholderRole
