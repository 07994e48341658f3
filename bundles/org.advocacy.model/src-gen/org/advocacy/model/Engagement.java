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
 * A representation of the model object '<em><b>Engagement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An advocacy engagement: one customer situation from request to return to standard operating procedure.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.Engagement#getKey <em>Key</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getTitle <em>Title</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getLabel <em>Label</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getAdvocate <em>Advocate</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getTeam <em>Team</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getCustomerWords <em>Customer Words</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getReason <em>Reason</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getUrgency <em>Urgency</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getState <em>State</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getBusinessUnit <em>Business Unit</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getProductLine <em>Product Line</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getCriteriaAgreedAt <em>Criteria Agreed At</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getDisengagementCriteria <em>Disengagement Criteria</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getSuccessCriteria <em>Success Criteria</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getStatus <em>Status</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getStatusRationale <em>Status Rationale</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getEffortEntries <em>Effort Entries</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getExpenses <em>Expenses</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getRelatedEngagements <em>Related Engagements</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getEscalations <em>Escalations</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getSituationSummary <em>Situation Summary</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getGetWellPlan <em>Get Well Plan</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getCommunications <em>Communications</em>}</li>
 *   <li>{@link org.advocacy.model.Engagement#getNotifications <em>Notifications</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getEngagement()
 * @model
 * @generated
 */
public interface Engagement extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case number, e.g. ADV-0042.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short title for the situation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case number and title together, as shown in lists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Label()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer the engagement is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Customer()
	 * @model required="true"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Advocate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The advocate who owns the engagement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Advocate</em>' reference.
	 * @see #setAdvocate(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Advocate()
	 * @model
	 * @generated
	 */
	Person getAdvocate();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getAdvocate <em>Advocate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advocate</em>' reference.
	 * @see #getAdvocate()
	 * @generated
	 */
	void setAdvocate(Person value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people working on the engagement with the advocate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Team</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Team()
	 * @model
	 * @generated
	 */
	EList<Person> getTeam();

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.EngagementTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What brought the situation to advocacy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.advocacy.model.EngagementTrigger
	 * @see #setTrigger(EngagementTrigger)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Trigger()
	 * @model
	 * @generated
	 */
	EngagementTrigger getTrigger();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see org.advocacy.model.EngagementTrigger
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(EngagementTrigger value);

	/**
	 * Returns the value of the '<em><b>Customer Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer said, in their own words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Words</em>' attribute.
	 * @see #setCustomerWords(String)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_CustomerWords()
	 * @model
	 * @generated
	 */
	String getCustomerWords();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getCustomerWords <em>Customer Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Words</em>' attribute.
	 * @see #getCustomerWords()
	 * @generated
	 */
	void setCustomerWords(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reason for engagement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' reference.
	 * @see #setReason(EngagementReason)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Reason()
	 * @model
	 * @generated
	 */
	EngagementReason getReason();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getReason <em>Reason</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' reference.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(EngagementReason value);

	/**
	 * Returns the value of the '<em><b>Urgency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.Urgency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the situation is urgent (24x7) or handled in business hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Urgency</em>' attribute.
	 * @see org.advocacy.model.Urgency
	 * @see #setUrgency(Urgency)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Urgency()
	 * @model
	 * @generated
	 */
	Urgency getUrgency();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getUrgency <em>Urgency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Urgency</em>' attribute.
	 * @see org.advocacy.model.Urgency
	 * @see #getUrgency()
	 * @generated
	 */
	void setUrgency(Urgency value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.EngagementState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the engagement is in its life cycle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.advocacy.model.EngagementState
	 * @see #setState(EngagementState)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_State()
	 * @model
	 * @generated
	 */
	EngagementState getState();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.advocacy.model.EngagementState
	 * @see #getState()
	 * @generated
	 */
	void setState(EngagementState value);

	/**
	 * Returns the value of the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the engagement was opened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opened At</em>' attribute.
	 * @see #setOpenedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_OpenedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getOpenedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getOpenedAt <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened At</em>' attribute.
	 * @see #getOpenedAt()
	 * @generated
	 */
	void setOpenedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the engagement was closed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed At</em>' attribute.
	 * @see #setClosedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_ClosedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getClosedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getClosedAt <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed At</em>' attribute.
	 * @see #getClosedAt()
	 * @generated
	 */
	void setClosedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Business Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business unit involved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Unit</em>' reference.
	 * @see #setBusinessUnit(BusinessUnit)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_BusinessUnit()
	 * @model
	 * @generated
	 */
	BusinessUnit getBusinessUnit();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getBusinessUnit <em>Business Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Unit</em>' reference.
	 * @see #getBusinessUnit()
	 * @generated
	 */
	void setBusinessUnit(BusinessUnit value);

	/**
	 * Returns the value of the '<em><b>Product Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The product line involved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Line</em>' reference.
	 * @see #setProductLine(ProductLine)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_ProductLine()
	 * @model
	 * @generated
	 */
	ProductLine getProductLine();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getProductLine <em>Product Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Line</em>' reference.
	 * @see #getProductLine()
	 * @generated
	 */
	void setProductLine(ProductLine value);

	/**
	 * Returns the value of the '<em><b>Criteria Agreed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the disengagement criteria were agreed with the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria Agreed At</em>' attribute.
	 * @see #setCriteriaAgreedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_CriteriaAgreedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getCriteriaAgreedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getCriteriaAgreedAt <em>Criteria Agreed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria Agreed At</em>' attribute.
	 * @see #getCriteriaAgreedAt()
	 * @generated
	 */
	void setCriteriaAgreedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Disengagement Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What must be true for the advocate to disengage, agreed with the customer up front.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disengagement Criteria</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_DisengagementCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getDisengagementCriteria();

	/**
	 * Returns the value of the '<em><b>Success Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the customer will regard as success.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Success Criteria</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_SuccessCriteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getSuccessCriteria();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.StatusColour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The overall status colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #setStatus(StatusColour)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Status()
	 * @model
	 * @generated
	 */
	StatusColour getStatus();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StatusColour value);

	/**
	 * Returns the value of the '<em><b>Status Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the status has its colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Rationale</em>' attribute.
	 * @see #setStatusRationale(String)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_StatusRationale()
	 * @model
	 * @generated
	 */
	String getStatusRationale();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getStatusRationale <em>Status Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Rationale</em>' attribute.
	 * @see #getStatusRationale()
	 * @generated
	 */
	void setStatusRationale(String value);

	/**
	 * Returns the value of the '<em><b>Effort Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.EffortEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time spent on the engagement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effort Entries</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_EffortEntries()
	 * @model containment="true"
	 * @generated
	 */
	EList<EffortEntry> getEffortEntries();

	/**
	 * Returns the value of the '<em><b>Expenses</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Expense}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The money spent on the engagement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expenses</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Expenses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Expense> getExpenses();

	/**
	 * Returns the value of the '<em><b>Related Engagements</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.Engagement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other engagements connected to this one, e.g. an earlier similar incident.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Related Engagements</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_RelatedEngagements()
	 * @model
	 * @generated
	 */
	EList<Engagement> getRelatedEngagements();

	/**
	 * Returns the value of the '<em><b>Escalations</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.Escalation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The escalations started for this engagement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Escalations</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Escalations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Escalation> getEscalations();

	/**
	 * Returns the value of the '<em><b>Situation Summary</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The situation summary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Situation Summary</em>' containment reference.
	 * @see #setSituationSummary(SituationSummary)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_SituationSummary()
	 * @model containment="true"
	 * @generated
	 */
	SituationSummary getSituationSummary();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getSituationSummary <em>Situation Summary</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Situation Summary</em>' containment reference.
	 * @see #getSituationSummary()
	 * @generated
	 */
	void setSituationSummary(SituationSummary value);

	/**
	 * Returns the value of the '<em><b>Get Well Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The get-well plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Get Well Plan</em>' containment reference.
	 * @see #setGetWellPlan(GetWellPlan)
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_GetWellPlan()
	 * @model containment="true"
	 * @generated
	 */
	GetWellPlan getGetWellPlan();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Engagement#getGetWellPlan <em>Get Well Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Get Well Plan</em>' containment reference.
	 * @see #getGetWellPlan()
	 * @generated
	 */
	void setGetWellPlan(GetWellPlan value);

	/**
	 * Returns the value of the '<em><b>Communications</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.CustomerCommunication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The communications to the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Communications</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Communications()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerCommunication> getCommunications();

	/**
	 * Returns the value of the '<em><b>Notifications</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.NotificationRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The log of notifications sent about this engagement: e-mails to the ladder, the advocate and the customer, each with the Message-ID the mail server accepted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notifications</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getEngagement_Notifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<NotificationRecord> getNotifications();

} // Engagement
