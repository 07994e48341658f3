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
 * A representation of the literals of the enumeration '<em><b>Area Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of subject-matter or support area.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getAreaKind()
 * @model
 * @generated
 */
public enum AreaKind implements Enumerator {
	/**
	 * The '<em><b>SALES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sales.
	 * <!-- end-model-doc -->
	 * @see #SALES_VALUE
	 * @generated
	 * @ordered
	 */
	SALES(0, "SALES", "Sales"),

	/**
	 * The '<em><b>ENGINEERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engineering.
	 * <!-- end-model-doc -->
	 * @see #ENGINEERING_VALUE
	 * @generated
	 * @ordered
	 */
	ENGINEERING(1, "ENGINEERING", "Engineering"),

	/**
	 * The '<em><b>PRODUCT MANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product management.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_MANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT_MANAGEMENT(2, "PRODUCT_MANAGEMENT", "Product management"),

	/**
	 * The '<em><b>LEGAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legal.
	 * <!-- end-model-doc -->
	 * @see #LEGAL_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL(3, "LEGAL", "Legal"),

	/**
	 * The '<em><b>TECHNICAL SUPPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Technical support.
	 * <!-- end-model-doc -->
	 * @see #TECHNICAL_SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL_SUPPORT(4, "TECHNICAL_SUPPORT", "Technical support"),

	/**
	 * The '<em><b>FINANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finance.
	 * <!-- end-model-doc -->
	 * @see #FINANCE_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCE(5, "FINANCE", "Finance"),

	/**
	 * The '<em><b>PROFESSIONAL SERVICES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Professional services.
	 * <!-- end-model-doc -->
	 * @see #PROFESSIONAL_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSIONAL_SERVICES(6, "PROFESSIONAL_SERVICES", "Professional services"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other area.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "Other");

	/**
	 * The '<em><b>SALES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sales.
	 * <!-- end-model-doc -->
	 * @see #SALES
	 * @model literal="Sales"
	 * @generated
	 * @ordered
	 */
	public static final int SALES_VALUE = 0;

	/**
	 * The '<em><b>ENGINEERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Engineering.
	 * <!-- end-model-doc -->
	 * @see #ENGINEERING
	 * @model literal="Engineering"
	 * @generated
	 * @ordered
	 */
	public static final int ENGINEERING_VALUE = 1;

	/**
	 * The '<em><b>PRODUCT MANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Product management.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_MANAGEMENT
	 * @model literal="Product management"
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_MANAGEMENT_VALUE = 2;

	/**
	 * The '<em><b>LEGAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legal.
	 * <!-- end-model-doc -->
	 * @see #LEGAL
	 * @model literal="Legal"
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_VALUE = 3;

	/**
	 * The '<em><b>TECHNICAL SUPPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Technical support.
	 * <!-- end-model-doc -->
	 * @see #TECHNICAL_SUPPORT
	 * @model literal="Technical support"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_SUPPORT_VALUE = 4;

	/**
	 * The '<em><b>FINANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finance.
	 * <!-- end-model-doc -->
	 * @see #FINANCE
	 * @model literal="Finance"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCE_VALUE = 5;

	/**
	 * The '<em><b>PROFESSIONAL SERVICES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Professional services.
	 * <!-- end-model-doc -->
	 * @see #PROFESSIONAL_SERVICES
	 * @model literal="Professional services"
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSIONAL_SERVICES_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other area.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model literal="Other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Area Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AreaKind[] VALUES_ARRAY = new AreaKind[] { SALES, ENGINEERING, PRODUCT_MANAGEMENT, LEGAL,
			TECHNICAL_SUPPORT, FINANCE, PROFESSIONAL_SERVICES, OTHER, };

	/**
	 * A public read-only list of all the '<em><b>Area Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AreaKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Area Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaKind get(int value) {
		switch (value) {
		case SALES_VALUE:
			return SALES;
		case ENGINEERING_VALUE:
			return ENGINEERING;
		case PRODUCT_MANAGEMENT_VALUE:
			return PRODUCT_MANAGEMENT;
		case LEGAL_VALUE:
			return LEGAL;
		case TECHNICAL_SUPPORT_VALUE:
			return TECHNICAL_SUPPORT;
		case FINANCE_VALUE:
			return FINANCE;
		case PROFESSIONAL_SERVICES_VALUE:
			return PROFESSIONAL_SERVICES;
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
	private AreaKind(int value, String name, String literal) {
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

} //AreaKind
