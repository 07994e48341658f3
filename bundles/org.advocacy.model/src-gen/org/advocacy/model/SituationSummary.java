/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Situation Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The situation summary: what happened, why, and what we will do about it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.SituationSummary#getExecutiveSummary <em>Executive Summary</em>}</li>
 *   <li>{@link org.advocacy.model.SituationSummary#getState <em>State</em>}</li>
 *   <li>{@link org.advocacy.model.SituationSummary#getReviewedAt <em>Reviewed At</em>}</li>
 *   <li>{@link org.advocacy.model.SituationSummary#getReviewedBy <em>Reviewed By</em>}</li>
 *   <li>{@link org.advocacy.model.SituationSummary#getChronology <em>Chronology</em>}</li>
 *   <li>{@link org.advocacy.model.SituationSummary#getRootCauses <em>Root Causes</em>}</li>
 *   <li>{@link org.advocacy.model.SituationSummary#getContributingFactors <em>Contributing Factors</em>}</li>
 *   <li>{@link org.advocacy.model.SituationSummary#getActionItems <em>Action Items</em>}</li>
 *   <li>{@link org.advocacy.model.SituationSummary#getRecommendations <em>Recommendations</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary()
 * @model
 * @generated
 */
public interface SituationSummary extends EObject {
	/**
	 * Returns the value of the '<em><b>Executive Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The situation in a few sentences, for management.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Executive Summary</em>' attribute.
	 * @see #setExecutiveSummary(String)
	 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary_ExecutiveSummary()
	 * @model
	 * @generated
	 */
	String getExecutiveSummary();

	/**
	 * Sets the value of the '{@link org.advocacy.model.SituationSummary#getExecutiveSummary <em>Executive Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Executive Summary</em>' attribute.
	 * @see #getExecutiveSummary()
	 * @generated
	 */
	void setExecutiveSummary(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.SummaryState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the summary is a draft or has been reviewed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.advocacy.model.SummaryState
	 * @see #setState(SummaryState)
	 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary_State()
	 * @model
	 * @generated
	 */
	SummaryState getState();

	/**
	 * Sets the value of the '{@link org.advocacy.model.SituationSummary#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.advocacy.model.SummaryState
	 * @see #getState()
	 * @generated
	 */
	void setState(SummaryState value);

	/**
	 * Returns the value of the '<em><b>Reviewed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the summary was reviewed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewed At</em>' attribute.
	 * @see #setReviewedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary_ReviewedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getReviewedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.SituationSummary#getReviewedAt <em>Reviewed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed At</em>' attribute.
	 * @see #getReviewedAt()
	 * @generated
	 */
	void setReviewedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Reviewed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who reviewed the summary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewed By</em>' reference.
	 * @see #setReviewedBy(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary_ReviewedBy()
	 * @model
	 * @generated
	 */
	Person getReviewedBy();

	/**
	 * Sets the value of the '{@link org.advocacy.model.SituationSummary#getReviewedBy <em>Reviewed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed By</em>' reference.
	 * @see #getReviewedBy()
	 * @generated
	 */
	void setReviewedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Chronology</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ChronologyEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The timeline of events up to the point of dissatisfaction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chronology</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary_Chronology()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChronologyEvent> getChronology();

	/**
	 * Returns the value of the '<em><b>Root Causes</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.RootCause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root causes found so far.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Causes</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary_RootCauses()
	 * @model containment="true"
	 * @generated
	 */
	EList<RootCause> getRootCauses();

	/**
	 * Returns the value of the '<em><b>Contributing Factors</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ContributingFactor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What did not cause the situation but made it worse.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contributing Factors</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary_ContributingFactors()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContributingFactor> getContributingFactors();

	/**
	 * Returns the value of the '<em><b>Action Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ActionItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The action plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action Items</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary_ActionItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionItem> getActionItems();

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Recommendation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The recommendations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendations</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getSituationSummary_Recommendations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recommendation> getRecommendations();

} // SituationSummary
