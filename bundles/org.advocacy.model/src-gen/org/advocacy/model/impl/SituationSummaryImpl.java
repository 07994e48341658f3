/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.advocacy.model.ActionItem;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.ContributingFactor;
import org.advocacy.model.Person;
import org.advocacy.model.Recommendation;
import org.advocacy.model.RootCause;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Situation Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.SituationSummaryImpl#getExecutiveSummary <em>Executive Summary</em>}</li>
 *   <li>{@link org.advocacy.model.impl.SituationSummaryImpl#getState <em>State</em>}</li>
 *   <li>{@link org.advocacy.model.impl.SituationSummaryImpl#getReviewedAt <em>Reviewed At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.SituationSummaryImpl#getReviewedBy <em>Reviewed By</em>}</li>
 *   <li>{@link org.advocacy.model.impl.SituationSummaryImpl#getChronology <em>Chronology</em>}</li>
 *   <li>{@link org.advocacy.model.impl.SituationSummaryImpl#getRootCauses <em>Root Causes</em>}</li>
 *   <li>{@link org.advocacy.model.impl.SituationSummaryImpl#getContributingFactors <em>Contributing Factors</em>}</li>
 *   <li>{@link org.advocacy.model.impl.SituationSummaryImpl#getActionItems <em>Action Items</em>}</li>
 *   <li>{@link org.advocacy.model.impl.SituationSummaryImpl#getRecommendations <em>Recommendations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SituationSummaryImpl extends MinimalEObjectImpl.Container implements SituationSummary {
	/**
	 * The default value of the '{@link #getExecutiveSummary() <em>Executive Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutiveSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String EXECUTIVE_SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExecutiveSummary() <em>Executive Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutiveSummary()
	 * @generated
	 * @ordered
	 */
	protected String executiveSummary = EXECUTIVE_SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final SummaryState STATE_EDEFAULT = SummaryState.DRAFT;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected SummaryState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewedAt() <em>Reviewed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REVIEWED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedAt() <em>Reviewed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant reviewedAt = REVIEWED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviewedBy() <em>Reviewed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedBy()
	 * @generated
	 * @ordered
	 */
	protected Person reviewedBy;

	/**
	 * The cached value of the '{@link #getChronology() <em>Chronology</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChronology()
	 * @generated
	 * @ordered
	 */
	protected EList<ChronologyEvent> chronology;

	/**
	 * The cached value of the '{@link #getRootCauses() <em>Root Causes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootCauses()
	 * @generated
	 * @ordered
	 */
	protected EList<RootCause> rootCauses;

	/**
	 * The cached value of the '{@link #getContributingFactors() <em>Contributing Factors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributingFactors()
	 * @generated
	 * @ordered
	 */
	protected EList<ContributingFactor> contributingFactors;

	/**
	 * The cached value of the '{@link #getActionItems() <em>Action Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionItem> actionItems;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> recommendations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SituationSummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.SITUATION_SUMMARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExecutiveSummary() {
		return executiveSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecutiveSummary(String newExecutiveSummary) {
		String oldExecutiveSummary = executiveSummary;
		executiveSummary = newExecutiveSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.SITUATION_SUMMARY__EXECUTIVE_SUMMARY,
					oldExecutiveSummary, executiveSummary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SummaryState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(SummaryState newState) {
		SummaryState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.SITUATION_SUMMARY__STATE, oldState,
					state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getReviewedAt() {
		return reviewedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedAt(Instant newReviewedAt) {
		Instant oldReviewedAt = reviewedAt;
		reviewedAt = newReviewedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_AT,
					oldReviewedAt, reviewedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getReviewedBy() {
		if (reviewedBy != null && reviewedBy.eIsProxy()) {
			InternalEObject oldReviewedBy = (InternalEObject) reviewedBy;
			reviewedBy = (Person) eResolveProxy(oldReviewedBy);
			if (reviewedBy != oldReviewedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE,
							AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_BY, oldReviewedBy, reviewedBy));
			}
		}
		return reviewedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetReviewedBy() {
		return reviewedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedBy(Person newReviewedBy) {
		Person oldReviewedBy = reviewedBy;
		reviewedBy = newReviewedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_BY,
					oldReviewedBy, reviewedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChronologyEvent> getChronology() {
		if (chronology == null) {
			chronology = new EObjectContainmentEList<ChronologyEvent>(ChronologyEvent.class, this,
					AdvocacyPackage.SITUATION_SUMMARY__CHRONOLOGY);
		}
		return chronology;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RootCause> getRootCauses() {
		if (rootCauses == null) {
			rootCauses = new EObjectContainmentEList<RootCause>(RootCause.class, this,
					AdvocacyPackage.SITUATION_SUMMARY__ROOT_CAUSES);
		}
		return rootCauses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContributingFactor> getContributingFactors() {
		if (contributingFactors == null) {
			contributingFactors = new EObjectContainmentEList<ContributingFactor>(ContributingFactor.class, this,
					AdvocacyPackage.SITUATION_SUMMARY__CONTRIBUTING_FACTORS);
		}
		return contributingFactors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionItem> getActionItems() {
		if (actionItems == null) {
			actionItems = new EObjectContainmentEList<ActionItem>(ActionItem.class, this,
					AdvocacyPackage.SITUATION_SUMMARY__ACTION_ITEMS);
		}
		return actionItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getRecommendations() {
		if (recommendations == null) {
			recommendations = new EObjectContainmentEList<Recommendation>(Recommendation.class, this,
					AdvocacyPackage.SITUATION_SUMMARY__RECOMMENDATIONS);
		}
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.SITUATION_SUMMARY__CHRONOLOGY:
			return ((InternalEList<?>) getChronology()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.SITUATION_SUMMARY__ROOT_CAUSES:
			return ((InternalEList<?>) getRootCauses()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.SITUATION_SUMMARY__CONTRIBUTING_FACTORS:
			return ((InternalEList<?>) getContributingFactors()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.SITUATION_SUMMARY__ACTION_ITEMS:
			return ((InternalEList<?>) getActionItems()).basicRemove(otherEnd, msgs);
		case AdvocacyPackage.SITUATION_SUMMARY__RECOMMENDATIONS:
			return ((InternalEList<?>) getRecommendations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.SITUATION_SUMMARY__EXECUTIVE_SUMMARY:
			return getExecutiveSummary();
		case AdvocacyPackage.SITUATION_SUMMARY__STATE:
			return getState();
		case AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_AT:
			return getReviewedAt();
		case AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_BY:
			if (resolve)
				return getReviewedBy();
			return basicGetReviewedBy();
		case AdvocacyPackage.SITUATION_SUMMARY__CHRONOLOGY:
			return getChronology();
		case AdvocacyPackage.SITUATION_SUMMARY__ROOT_CAUSES:
			return getRootCauses();
		case AdvocacyPackage.SITUATION_SUMMARY__CONTRIBUTING_FACTORS:
			return getContributingFactors();
		case AdvocacyPackage.SITUATION_SUMMARY__ACTION_ITEMS:
			return getActionItems();
		case AdvocacyPackage.SITUATION_SUMMARY__RECOMMENDATIONS:
			return getRecommendations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case AdvocacyPackage.SITUATION_SUMMARY__EXECUTIVE_SUMMARY:
			setExecutiveSummary((String) newValue);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__STATE:
			setState((SummaryState) newValue);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_AT:
			setReviewedAt((Instant) newValue);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_BY:
			setReviewedBy((Person) newValue);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__CHRONOLOGY:
			getChronology().clear();
			getChronology().addAll((Collection<? extends ChronologyEvent>) newValue);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__ROOT_CAUSES:
			getRootCauses().clear();
			getRootCauses().addAll((Collection<? extends RootCause>) newValue);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__CONTRIBUTING_FACTORS:
			getContributingFactors().clear();
			getContributingFactors().addAll((Collection<? extends ContributingFactor>) newValue);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__ACTION_ITEMS:
			getActionItems().clear();
			getActionItems().addAll((Collection<? extends ActionItem>) newValue);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__RECOMMENDATIONS:
			getRecommendations().clear();
			getRecommendations().addAll((Collection<? extends Recommendation>) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.SITUATION_SUMMARY__EXECUTIVE_SUMMARY:
			setExecutiveSummary(EXECUTIVE_SUMMARY_EDEFAULT);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__STATE:
			setState(STATE_EDEFAULT);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_AT:
			setReviewedAt(REVIEWED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_BY:
			setReviewedBy((Person) null);
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__CHRONOLOGY:
			getChronology().clear();
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__ROOT_CAUSES:
			getRootCauses().clear();
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__CONTRIBUTING_FACTORS:
			getContributingFactors().clear();
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__ACTION_ITEMS:
			getActionItems().clear();
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__RECOMMENDATIONS:
			getRecommendations().clear();
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.SITUATION_SUMMARY__EXECUTIVE_SUMMARY:
			return EXECUTIVE_SUMMARY_EDEFAULT == null ? executiveSummary != null
					: !EXECUTIVE_SUMMARY_EDEFAULT.equals(executiveSummary);
		case AdvocacyPackage.SITUATION_SUMMARY__STATE:
			return state != STATE_EDEFAULT;
		case AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_AT:
			return REVIEWED_AT_EDEFAULT == null ? reviewedAt != null : !REVIEWED_AT_EDEFAULT.equals(reviewedAt);
		case AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_BY:
			return reviewedBy != null;
		case AdvocacyPackage.SITUATION_SUMMARY__CHRONOLOGY:
			return chronology != null && !chronology.isEmpty();
		case AdvocacyPackage.SITUATION_SUMMARY__ROOT_CAUSES:
			return rootCauses != null && !rootCauses.isEmpty();
		case AdvocacyPackage.SITUATION_SUMMARY__CONTRIBUTING_FACTORS:
			return contributingFactors != null && !contributingFactors.isEmpty();
		case AdvocacyPackage.SITUATION_SUMMARY__ACTION_ITEMS:
			return actionItems != null && !actionItems.isEmpty();
		case AdvocacyPackage.SITUATION_SUMMARY__RECOMMENDATIONS:
			return recommendations != null && !recommendations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (executiveSummary: ");
		result.append(executiveSummary);
		result.append(", state: ");
		result.append(state);
		result.append(", reviewedAt: ");
		result.append(reviewedAt);
		result.append(')');
		return result.toString();
	}

} //SituationSummaryImpl
