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
 * A representation of the literals of the enumeration '<em><b>Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How seasoned an advocate a customer segment is entitled to.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getAdvocacyLevel()
 * @model
 * @generated
 */
public enum AdvocacyLevel implements Enumerator {
	/**
	 * The '<em><b>DEDICATED SENIOR ADVOCATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most seasoned advocate, possibly 100% dedicated to the account.
	 * <!-- end-model-doc -->
	 * @see #DEDICATED_SENIOR_ADVOCATE_VALUE
	 * @generated
	 * @ordered
	 */
	DEDICATED_SENIOR_ADVOCATE(0, "DEDICATED_SENIOR_ADVOCATE", "Dedicated senior advocate"),

	/**
	 * The '<em><b>SENIOR ADVOCATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A seasoned advocate shared with other engagements.
	 * <!-- end-model-doc -->
	 * @see #SENIOR_ADVOCATE_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR_ADVOCATE(1, "SENIOR_ADVOCATE", "Senior advocate"),

	/**
	 * The '<em><b>ADVOCATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An experienced advocate.
	 * <!-- end-model-doc -->
	 * @see #ADVOCATE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVOCATE(2, "ADVOCATE", "Advocate"),

	/**
	 * The '<em><b>JUNIOR ADVOCATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A less-seasoned advocate.
	 * <!-- end-model-doc -->
	 * @see #JUNIOR_ADVOCATE_VALUE
	 * @generated
	 * @ordered
	 */
	JUNIOR_ADVOCATE(3, "JUNIOR_ADVOCATE", "Junior advocate"),

	/**
	 * The '<em><b>STANDARD OPERATING PROCEDURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No advocate: the customer is served by standard operating procedures.
	 * <!-- end-model-doc -->
	 * @see #STANDARD_OPERATING_PROCEDURE_VALUE
	 * @generated
	 * @ordered
	 */
	STANDARD_OPERATING_PROCEDURE(4, "STANDARD_OPERATING_PROCEDURE", "Standard operating procedure");

	/**
	 * The '<em><b>DEDICATED SENIOR ADVOCATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most seasoned advocate, possibly 100% dedicated to the account.
	 * <!-- end-model-doc -->
	 * @see #DEDICATED_SENIOR_ADVOCATE
	 * @model literal="Dedicated senior advocate"
	 * @generated
	 * @ordered
	 */
	public static final int DEDICATED_SENIOR_ADVOCATE_VALUE = 0;

	/**
	 * The '<em><b>SENIOR ADVOCATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A seasoned advocate shared with other engagements.
	 * <!-- end-model-doc -->
	 * @see #SENIOR_ADVOCATE
	 * @model literal="Senior advocate"
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_ADVOCATE_VALUE = 1;

	/**
	 * The '<em><b>ADVOCATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An experienced advocate.
	 * <!-- end-model-doc -->
	 * @see #ADVOCATE
	 * @model literal="Advocate"
	 * @generated
	 * @ordered
	 */
	public static final int ADVOCATE_VALUE = 2;

	/**
	 * The '<em><b>JUNIOR ADVOCATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A less-seasoned advocate.
	 * <!-- end-model-doc -->
	 * @see #JUNIOR_ADVOCATE
	 * @model literal="Junior advocate"
	 * @generated
	 * @ordered
	 */
	public static final int JUNIOR_ADVOCATE_VALUE = 3;

	/**
	 * The '<em><b>STANDARD OPERATING PROCEDURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No advocate: the customer is served by standard operating procedures.
	 * <!-- end-model-doc -->
	 * @see #STANDARD_OPERATING_PROCEDURE
	 * @model literal="Standard operating procedure"
	 * @generated
	 * @ordered
	 */
	public static final int STANDARD_OPERATING_PROCEDURE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AdvocacyLevel[] VALUES_ARRAY = new AdvocacyLevel[] { DEDICATED_SENIOR_ADVOCATE,
			SENIOR_ADVOCATE, ADVOCATE, JUNIOR_ADVOCATE, STANDARD_OPERATING_PROCEDURE, };

	/**
	 * A public read-only list of all the '<em><b>Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AdvocacyLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdvocacyLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdvocacyLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdvocacyLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AdvocacyLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AdvocacyLevel get(int value) {
		switch (value) {
		case DEDICATED_SENIOR_ADVOCATE_VALUE:
			return DEDICATED_SENIOR_ADVOCATE;
		case SENIOR_ADVOCATE_VALUE:
			return SENIOR_ADVOCATE;
		case ADVOCATE_VALUE:
			return ADVOCATE;
		case JUNIOR_ADVOCATE_VALUE:
			return JUNIOR_ADVOCATE;
		case STANDARD_OPERATING_PROCEDURE_VALUE:
			return STANDARD_OPERATING_PROCEDURE;
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
	private AdvocacyLevel(int value, String name, String literal) {
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

} //AdvocacyLevel
