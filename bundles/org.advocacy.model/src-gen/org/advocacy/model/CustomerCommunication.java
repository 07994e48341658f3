/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Communication</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A communication to the customer, from draft to sent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getSilverLining <em>Silver Lining</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getColour <em>Colour</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#isCustomerRepeatedBack <em>Customer Repeated Back</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getRepeatedBackAt <em>Repeated Back At</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getClarificationNotes <em>Clarification Notes</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getNextUpdateDue <em>Next Update Due</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getState <em>State</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#isEmotionallyCharged <em>Emotionally Charged</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getHoldUntil <em>Hold Until</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication()
 * @model
 * @generated
 */
public interface CustomerCommunication extends PersonalListItem {
	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the communication was drafted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_CreatedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was sent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sent At</em>' attribute.
	 * @see #setSentAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_SentAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getSentAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getSentAt <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sent At</em>' attribute.
	 * @see #getSentAt()
	 * @generated
	 */
	void setSentAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who wrote it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_Author()
	 * @model
	 * @generated
	 */
	Person getAuthor();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Person value);

	/**
	 * Returns the value of the '<em><b>Audiences</b></em>' attribute list.
	 * The list contents are of type {@link org.advocacy.model.Audience}.
	 * The literals are from the enumeration {@link org.advocacy.model.Audience}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kinds of reader it is written for; a draft for a mixed audience combines the sections each of them needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audiences</em>' attribute list.
	 * @see org.advocacy.model.Audience
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_Audiences()
	 * @model
	 * @generated
	 */
	EList<Audience> getAudiences();

	/**
	 * Returns the value of the '<em><b>Recipients</b></em>' reference list.
	 * The list contents are of type {@link org.advocacy.model.CustomerContact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customer contacts it goes to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipients</em>' reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_Recipients()
	 * @model
	 * @generated
	 */
	EList<CustomerContact> getRecipients();

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.CommunicationChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How it reaches the customer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.advocacy.model.CommunicationChannel
	 * @see #setChannel(CommunicationChannel)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_Channel()
	 * @model
	 * @generated
	 */
	CommunicationChannel getChannel();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.advocacy.model.CommunicationChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(CommunicationChannel value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subject line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The body: context first, then the news, then next steps and the expected response.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Silver Lining</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What we are doing right: the progress made, the resources engaged and management's attention, said without making light of the incident.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Silver Lining</em>' attribute.
	 * @see #setSilverLining(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_SilverLining()
	 * @model
	 * @generated
	 */
	String getSilverLining();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getSilverLining <em>Silver Lining</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Silver Lining</em>' attribute.
	 * @see #getSilverLining()
	 * @generated
	 */
	void setSilverLining(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.StatusColour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The engagement's colour when the update was sent, so that a colour worse than at the previous update (a blip) is explained in the context of the overall progress.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #isSetColour()
	 * @see #unsetColour()
	 * @see #setColour(StatusColour)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_Colour()
	 * @model unsettable="true"
	 * @generated
	 */
	StatusColour getColour();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see org.advocacy.model.StatusColour
	 * @see #isSetColour()
	 * @see #unsetColour()
	 * @see #getColour()
	 * @generated
	 */
	void setColour(StatusColour value);

	/**
	 * Unsets the value of the '{@link org.advocacy.model.CustomerCommunication#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetColour()
	 * @see #getColour()
	 * @see #setColour(StatusColour)
	 * @generated
	 */
	void unsetColour();

	/**
	 * Returns whether the value of the '{@link org.advocacy.model.CustomerCommunication#getColour <em>Colour</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Colour</em>' attribute is set.
	 * @see #unsetColour()
	 * @see #getColour()
	 * @see #setColour(StatusColour)
	 * @generated
	 */
	boolean isSetColour();

	/**
	 * Returns the value of the '<em><b>Customer Repeated Back</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the customer repeated back, in their own words, their understanding of what was discussed or agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Repeated Back</em>' attribute.
	 * @see #setCustomerRepeatedBack(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_CustomerRepeatedBack()
	 * @model
	 * @generated
	 */
	boolean isCustomerRepeatedBack();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#isCustomerRepeatedBack <em>Customer Repeated Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Repeated Back</em>' attribute.
	 * @see #isCustomerRepeatedBack()
	 * @generated
	 */
	void setCustomerRepeatedBack(boolean value);

	/**
	 * Returns the value of the '<em><b>Repeated Back At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the customer repeated back their understanding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repeated Back At</em>' attribute.
	 * @see #setRepeatedBackAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_RepeatedBackAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getRepeatedBackAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getRepeatedBackAt <em>Repeated Back At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeated Back At</em>' attribute.
	 * @see #getRepeatedBackAt()
	 * @generated
	 */
	void setRepeatedBackAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Clarification Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The advocate's notes on the what and the why: the questions asked to understand what the customer really needs, and why.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clarification Notes</em>' attribute.
	 * @see #setClarificationNotes(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_ClarificationNotes()
	 * @model
	 * @generated
	 */
	String getClarificationNotes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getClarificationNotes <em>Clarification Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clarification Notes</em>' attribute.
	 * @see #getClarificationNotes()
	 * @generated
	 */
	void setClarificationNotes(String value);

	/**
	 * Returns the value of the '<em><b>Next Update Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the customer should hear from us next.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next Update Due</em>' attribute.
	 * @see #setNextUpdateDue(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_NextUpdateDue()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getNextUpdateDue();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getNextUpdateDue <em>Next Update Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Update Due</em>' attribute.
	 * @see #getNextUpdateDue()
	 * @generated
	 */
	void setNextUpdateDue(Instant value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.CommunicationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the communication is in its life cycle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.advocacy.model.CommunicationState
	 * @see #setState(CommunicationState)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_State()
	 * @model
	 * @generated
	 */
	CommunicationState getState();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.advocacy.model.CommunicationState
	 * @see #getState()
	 * @generated
	 */
	void setState(CommunicationState value);

	/**
	 * Returns the value of the '<em><b>Emotionally Charged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the draft is emotionally charged and should sit before it is sent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotionally Charged</em>' attribute.
	 * @see #setEmotionallyCharged(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_EmotionallyCharged()
	 * @model
	 * @generated
	 */
	boolean isEmotionallyCharged();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#isEmotionallyCharged <em>Emotionally Charged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emotionally Charged</em>' attribute.
	 * @see #isEmotionallyCharged()
	 * @generated
	 */
	void setEmotionallyCharged(boolean value);

	/**
	 * Returns the value of the '<em><b>Hold Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When a held draft may be revisited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hold Until</em>' attribute.
	 * @see #setHoldUntil(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_HoldUntil()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getHoldUntil();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getHoldUntil <em>Hold Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hold Until</em>' attribute.
	 * @see #getHoldUntil()
	 * @generated
	 */
	void setHoldUntil(Instant value);

} // CustomerCommunication
