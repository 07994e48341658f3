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
 * A representation of the literals of the enumeration '<em><b>Escalation Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A rung of the who-to-call ladder, from the first person to call up to the vice president.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getEscalationLevel()
 * @model
 * @generated
 */
public enum EscalationLevel implements Enumerator {
	/**
	 * The '<em><b>PRIMARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The primary point of contact; called first.
	 * <!-- end-model-doc -->
	 * @see #PRIMARY_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY(0, "PRIMARY", "Primary"),

	/**
	 * The '<em><b>BACKUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The backup, called when the primary does not respond.
	 * <!-- end-model-doc -->
	 * @see #BACKUP_VALUE
	 * @generated
	 * @ordered
	 */
	BACKUP(1, "BACKUP", "Backup"),

	/**
	 * The '<em><b>MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The manager of the area.
	 * <!-- end-model-doc -->
	 * @see #MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGER(2, "MANAGER", "Manager"),

	/**
	 * The '<em><b>DIRECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The director of the area.
	 * <!-- end-model-doc -->
	 * @see #DIRECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECTOR(3, "DIRECTOR", "Director"),

	/**
	 * The '<em><b>VICE PRESIDENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The vice president of the area; the top of the ladder.
	 * <!-- end-model-doc -->
	 * @see #VICE_PRESIDENT_VALUE
	 * @generated
	 * @ordered
	 */
	VICE_PRESIDENT(4, "VICE_PRESIDENT", "Vice president");

	/**
	 * The '<em><b>PRIMARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The primary point of contact; called first.
	 * <!-- end-model-doc -->
	 * @see #PRIMARY
	 * @model literal="Primary"
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_VALUE = 0;

	/**
	 * The '<em><b>BACKUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The backup, called when the primary does not respond.
	 * <!-- end-model-doc -->
	 * @see #BACKUP
	 * @model literal="Backup"
	 * @generated
	 * @ordered
	 */
	public static final int BACKUP_VALUE = 1;

	/**
	 * The '<em><b>MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The manager of the area.
	 * <!-- end-model-doc -->
	 * @see #MANAGER
	 * @model literal="Manager"
	 * @generated
	 * @ordered
	 */
	public static final int MANAGER_VALUE = 2;

	/**
	 * The '<em><b>DIRECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The director of the area.
	 * <!-- end-model-doc -->
	 * @see #DIRECTOR
	 * @model literal="Director"
	 * @generated
	 * @ordered
	 */
	public static final int DIRECTOR_VALUE = 3;

	/**
	 * The '<em><b>VICE PRESIDENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The vice president of the area; the top of the ladder.
	 * <!-- end-model-doc -->
	 * @see #VICE_PRESIDENT
	 * @model literal="Vice president"
	 * @generated
	 * @ordered
	 */
	public static final int VICE_PRESIDENT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Escalation Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EscalationLevel[] VALUES_ARRAY = new EscalationLevel[] { PRIMARY, BACKUP, MANAGER, DIRECTOR,
			VICE_PRESIDENT, };

	/**
	 * A public read-only list of all the '<em><b>Escalation Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EscalationLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Escalation Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EscalationLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Escalation Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EscalationLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Escalation Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EscalationLevel get(int value) {
		switch (value) {
		case PRIMARY_VALUE:
			return PRIMARY;
		case BACKUP_VALUE:
			return BACKUP;
		case MANAGER_VALUE:
			return MANAGER;
		case DIRECTOR_VALUE:
			return DIRECTOR;
		case VICE_PRESIDENT_VALUE:
			return VICE_PRESIDENT;
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
	private EscalationLevel(int value, String name, String literal) {
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

} //EscalationLevel
