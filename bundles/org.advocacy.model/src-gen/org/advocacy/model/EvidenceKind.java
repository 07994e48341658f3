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
 * A representation of the literals of the enumeration '<em><b>Evidence Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of source a piece of evidence, or an event in the chronology, comes from.
 * <!-- end-model-doc -->
 * @see org.advocacy.model.AdvocacyPackage#getEvidenceKind()
 * @model
 * @generated
 */
public enum EvidenceKind implements Enumerator {
	/**
	 * The '<em><b>PERFORMANCE REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A performance report.
	 * <!-- end-model-doc -->
	 * @see #PERFORMANCE_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PERFORMANCE_REPORT(0, "PERFORMANCE_REPORT", "Performance report"),

	/**
	 * The '<em><b>INQUIRY HISTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The history of the customer's inquiries.
	 * <!-- end-model-doc -->
	 * @see #INQUIRY_HISTORY_VALUE
	 * @generated
	 * @ordered
	 */
	INQUIRY_HISTORY(1, "INQUIRY_HISTORY", "Inquiry history"),

	/**
	 * The '<em><b>PROBLEM REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A problem report or support ticket.
	 * <!-- end-model-doc -->
	 * @see #PROBLEM_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PROBLEM_REPORT(2, "PROBLEM_REPORT", "Problem report"),

	/**
	 * The '<em><b>INVOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An invoice.
	 * <!-- end-model-doc -->
	 * @see #INVOICE_VALUE
	 * @generated
	 * @ordered
	 */
	INVOICE(3, "INVOICE", "Invoice"),

	/**
	 * The '<em><b>CONTRACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A contract.
	 * <!-- end-model-doc -->
	 * @see #CONTRACT_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRACT(4, "CONTRACT", "Contract"),

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
	EMAIL(5, "EMAIL", "E-mail"),

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
	MEETING(6, "MEETING", "Meeting"),

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An interview with someone involved.
	 * <!-- end-model-doc -->
	 * @see #INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEW(7, "INTERVIEW", "Interview"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other source.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "Other");

	/**
	 * The '<em><b>PERFORMANCE REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A performance report.
	 * <!-- end-model-doc -->
	 * @see #PERFORMANCE_REPORT
	 * @model literal="Performance report"
	 * @generated
	 * @ordered
	 */
	public static final int PERFORMANCE_REPORT_VALUE = 0;

	/**
	 * The '<em><b>INQUIRY HISTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The history of the customer's inquiries.
	 * <!-- end-model-doc -->
	 * @see #INQUIRY_HISTORY
	 * @model literal="Inquiry history"
	 * @generated
	 * @ordered
	 */
	public static final int INQUIRY_HISTORY_VALUE = 1;

	/**
	 * The '<em><b>PROBLEM REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A problem report or support ticket.
	 * <!-- end-model-doc -->
	 * @see #PROBLEM_REPORT
	 * @model literal="Problem report"
	 * @generated
	 * @ordered
	 */
	public static final int PROBLEM_REPORT_VALUE = 2;

	/**
	 * The '<em><b>INVOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An invoice.
	 * <!-- end-model-doc -->
	 * @see #INVOICE
	 * @model literal="Invoice"
	 * @generated
	 * @ordered
	 */
	public static final int INVOICE_VALUE = 3;

	/**
	 * The '<em><b>CONTRACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A contract.
	 * <!-- end-model-doc -->
	 * @see #CONTRACT
	 * @model literal="Contract"
	 * @generated
	 * @ordered
	 */
	public static final int CONTRACT_VALUE = 4;

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
	public static final int EMAIL_VALUE = 5;

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
	public static final int MEETING_VALUE = 6;

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An interview with someone involved.
	 * <!-- end-model-doc -->
	 * @see #INTERVIEW
	 * @model literal="Interview"
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEW_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other source.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model literal="Other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Evidence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvidenceKind[] VALUES_ARRAY = new EvidenceKind[] { PERFORMANCE_REPORT, INQUIRY_HISTORY,
			PROBLEM_REPORT, INVOICE, CONTRACT, EMAIL, MEETING, INTERVIEW, OTHER, };

	/**
	 * A public read-only list of all the '<em><b>Evidence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvidenceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind get(int value) {
		switch (value) {
		case PERFORMANCE_REPORT_VALUE:
			return PERFORMANCE_REPORT;
		case INQUIRY_HISTORY_VALUE:
			return INQUIRY_HISTORY;
		case PROBLEM_REPORT_VALUE:
			return PROBLEM_REPORT;
		case INVOICE_VALUE:
			return INVOICE;
		case CONTRACT_VALUE:
			return CONTRACT;
		case EMAIL_VALUE:
			return EMAIL;
		case MEETING_VALUE:
			return MEETING;
		case INTERVIEW_VALUE:
			return INTERVIEW;
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
	private EvidenceKind(int value, String name, String literal) {
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

} //EvidenceKind
