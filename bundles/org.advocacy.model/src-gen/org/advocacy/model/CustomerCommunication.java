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
 *   <li>{@link org.advocacy.model.CustomerCommunication#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerCommunication#getSummary <em>Summary</em>}</li>
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
public interface CustomerCommunication extends EObject {
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
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.Audience}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of reader it is written for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see org.advocacy.model.Audience
	 * @see #setAudience(Audience)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerCommunication_Audience()
	 * @model
	 * @generated
	 */
	Audience getAudience();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerCommunication#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see org.advocacy.model.Audience
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(Audience value);

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
