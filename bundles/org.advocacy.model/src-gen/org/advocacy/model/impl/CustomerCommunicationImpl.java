/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Audience;
import org.advocacy.model.CommunicationChannel;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Person;
import org.advocacy.model.StatusColour;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer Communication</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getAudiences <em>Audiences</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getSilverLining <em>Silver Lining</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#isCustomerRepeatedBack <em>Customer Repeated Back</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getRepeatedBackAt <em>Repeated Back At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getClarificationNotes <em>Clarification Notes</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getNextUpdateDue <em>Next Update Due</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getState <em>State</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#isEmotionallyCharged <em>Emotionally Charged</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerCommunicationImpl#getHoldUntil <em>Hold Until</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerCommunicationImpl extends PersonalListItemImpl implements CustomerCommunication {
	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SENT_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected Instant sentAt = SENT_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Person author;

	/**
	 * The cached value of the '{@link #getAudiences() <em>Audiences</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudiences()
	 * @generated
	 * @ordered
	 */
	protected EList<Audience> audiences;

	/**
	 * The cached value of the '{@link #getRecipients() <em>Recipients</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipients()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerContact> recipients;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final CommunicationChannel CHANNEL_EDEFAULT = CommunicationChannel.EMAIL;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected CommunicationChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSilverLining() <em>Silver Lining</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSilverLining()
	 * @generated
	 * @ordered
	 */
	protected static final String SILVER_LINING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSilverLining() <em>Silver Lining</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSilverLining()
	 * @generated
	 * @ordered
	 */
	protected String silverLining = SILVER_LINING_EDEFAULT;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final StatusColour COLOUR_EDEFAULT = StatusColour.GREEN;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected StatusColour colour = COLOUR_EDEFAULT;

	/**
	 * This is true if the Colour attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean colourESet;

	/**
	 * The default value of the '{@link #isCustomerRepeatedBack() <em>Customer Repeated Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomerRepeatedBack()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CUSTOMER_REPEATED_BACK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCustomerRepeatedBack() <em>Customer Repeated Back</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomerRepeatedBack()
	 * @generated
	 * @ordered
	 */
	protected boolean customerRepeatedBack = CUSTOMER_REPEATED_BACK_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepeatedBackAt() <em>Repeated Back At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatedBackAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REPEATED_BACK_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRepeatedBackAt() <em>Repeated Back At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatedBackAt()
	 * @generated
	 * @ordered
	 */
	protected Instant repeatedBackAt = REPEATED_BACK_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClarificationNotes() <em>Clarification Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClarificationNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String CLARIFICATION_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClarificationNotes() <em>Clarification Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClarificationNotes()
	 * @generated
	 * @ordered
	 */
	protected String clarificationNotes = CLARIFICATION_NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextUpdateDue() <em>Next Update Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextUpdateDue()
	 * @generated
	 * @ordered
	 */
	protected static final Instant NEXT_UPDATE_DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextUpdateDue() <em>Next Update Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextUpdateDue()
	 * @generated
	 * @ordered
	 */
	protected Instant nextUpdateDue = NEXT_UPDATE_DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final CommunicationState STATE_EDEFAULT = CommunicationState.DRAFT;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected CommunicationState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isEmotionallyCharged() <em>Emotionally Charged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEmotionallyCharged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EMOTIONALLY_CHARGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEmotionallyCharged() <em>Emotionally Charged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEmotionallyCharged()
	 * @generated
	 * @ordered
	 */
	protected boolean emotionallyCharged = EMOTIONALLY_CHARGED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoldUntil() <em>Hold Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoldUntil()
	 * @generated
	 * @ordered
	 */
	protected static final Instant HOLD_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHoldUntil() <em>Hold Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoldUntil()
	 * @generated
	 * @ordered
	 */
	protected Instant holdUntil = HOLD_UNTIL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerCommunicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__CREATED_AT,
					oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSentAt() {
		return sentAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSentAt(Instant newSentAt) {
		Instant oldSentAt = sentAt;
		sentAt = newSentAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__SENT_AT,
					oldSentAt, sentAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAuthor() {
		if (author != null && author.eIsProxy()) {
			InternalEObject oldAuthor = (InternalEObject) author;
			author = (Person) eResolveProxy(oldAuthor);
			if (author != oldAuthor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE,
							AdvocacyPackage.CUSTOMER_COMMUNICATION__AUTHOR, oldAuthor, author));
			}
		}
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Person newAuthor) {
		Person oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__AUTHOR,
					oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Audience> getAudiences() {
		if (audiences == null) {
			audiences = new EDataTypeUniqueEList<Audience>(Audience.class, this,
					AdvocacyPackage.CUSTOMER_COMMUNICATION__AUDIENCES);
		}
		return audiences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerContact> getRecipients() {
		if (recipients == null) {
			recipients = new EObjectResolvingEList<CustomerContact>(CustomerContact.class, this,
					AdvocacyPackage.CUSTOMER_COMMUNICATION__RECIPIENTS);
		}
		return recipients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunicationChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(CommunicationChannel newChannel) {
		CommunicationChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__CHANNEL,
					oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__SUBJECT,
					oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__SUMMARY,
					oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSilverLining() {
		return silverLining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSilverLining(String newSilverLining) {
		String oldSilverLining = silverLining;
		silverLining = newSilverLining;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__SILVER_LINING,
					oldSilverLining, silverLining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusColour getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(StatusColour newColour) {
		StatusColour oldColour = colour;
		colour = newColour == null ? COLOUR_EDEFAULT : newColour;
		boolean oldColourESet = colourESet;
		colourESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__COLOUR,
					oldColour, colour, !oldColourESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetColour() {
		StatusColour oldColour = colour;
		boolean oldColourESet = colourESet;
		colour = COLOUR_EDEFAULT;
		colourESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AdvocacyPackage.CUSTOMER_COMMUNICATION__COLOUR,
					oldColour, COLOUR_EDEFAULT, oldColourESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetColour() {
		return colourESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCustomerRepeatedBack() {
		return customerRepeatedBack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerRepeatedBack(boolean newCustomerRepeatedBack) {
		boolean oldCustomerRepeatedBack = customerRepeatedBack;
		customerRepeatedBack = newCustomerRepeatedBack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.CUSTOMER_COMMUNICATION__CUSTOMER_REPEATED_BACK, oldCustomerRepeatedBack,
					customerRepeatedBack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRepeatedBackAt() {
		return repeatedBackAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeatedBackAt(Instant newRepeatedBackAt) {
		Instant oldRepeatedBackAt = repeatedBackAt;
		repeatedBackAt = newRepeatedBackAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.CUSTOMER_COMMUNICATION__REPEATED_BACK_AT, oldRepeatedBackAt, repeatedBackAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClarificationNotes() {
		return clarificationNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClarificationNotes(String newClarificationNotes) {
		String oldClarificationNotes = clarificationNotes;
		clarificationNotes = newClarificationNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.CUSTOMER_COMMUNICATION__CLARIFICATION_NOTES, oldClarificationNotes,
					clarificationNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getNextUpdateDue() {
		return nextUpdateDue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextUpdateDue(Instant newNextUpdateDue) {
		Instant oldNextUpdateDue = nextUpdateDue;
		nextUpdateDue = newNextUpdateDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE, oldNextUpdateDue, nextUpdateDue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunicationState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(CommunicationState newState) {
		CommunicationState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__STATE,
					oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEmotionallyCharged() {
		return emotionallyCharged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmotionallyCharged(boolean newEmotionallyCharged) {
		boolean oldEmotionallyCharged = emotionallyCharged;
		emotionallyCharged = newEmotionallyCharged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED, oldEmotionallyCharged,
					emotionallyCharged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getHoldUntil() {
		return holdUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoldUntil(Instant newHoldUntil) {
		Instant oldHoldUntil = holdUntil;
		holdUntil = newHoldUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_COMMUNICATION__HOLD_UNTIL,
					oldHoldUntil, holdUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CREATED_AT:
			return getCreatedAt();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SENT_AT:
			return getSentAt();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__AUTHOR:
			if (resolve)
				return getAuthor();
			return basicGetAuthor();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__AUDIENCES:
			return getAudiences();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__RECIPIENTS:
			return getRecipients();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CHANNEL:
			return getChannel();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUBJECT:
			return getSubject();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUMMARY:
			return getSummary();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SILVER_LINING:
			return getSilverLining();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__COLOUR:
			return getColour();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CUSTOMER_REPEATED_BACK:
			return isCustomerRepeatedBack();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__REPEATED_BACK_AT:
			return getRepeatedBackAt();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CLARIFICATION_NOTES:
			return getClarificationNotes();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE:
			return getNextUpdateDue();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__STATE:
			return getState();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED:
			return isEmotionallyCharged();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__HOLD_UNTIL:
			return getHoldUntil();
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
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CREATED_AT:
			setCreatedAt((Instant) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SENT_AT:
			setSentAt((Instant) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__AUTHOR:
			setAuthor((Person) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__AUDIENCES:
			getAudiences().clear();
			getAudiences().addAll((Collection<? extends Audience>) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__RECIPIENTS:
			getRecipients().clear();
			getRecipients().addAll((Collection<? extends CustomerContact>) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CHANNEL:
			setChannel((CommunicationChannel) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUBJECT:
			setSubject((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUMMARY:
			setSummary((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SILVER_LINING:
			setSilverLining((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__COLOUR:
			setColour((StatusColour) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CUSTOMER_REPEATED_BACK:
			setCustomerRepeatedBack((Boolean) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__REPEATED_BACK_AT:
			setRepeatedBackAt((Instant) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CLARIFICATION_NOTES:
			setClarificationNotes((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE:
			setNextUpdateDue((Instant) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__STATE:
			setState((CommunicationState) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED:
			setEmotionallyCharged((Boolean) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__HOLD_UNTIL:
			setHoldUntil((Instant) newValue);
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
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CREATED_AT:
			setCreatedAt(CREATED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SENT_AT:
			setSentAt(SENT_AT_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__AUTHOR:
			setAuthor((Person) null);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__AUDIENCES:
			getAudiences().clear();
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__RECIPIENTS:
			getRecipients().clear();
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CHANNEL:
			setChannel(CHANNEL_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUBJECT:
			setSubject(SUBJECT_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUMMARY:
			setSummary(SUMMARY_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SILVER_LINING:
			setSilverLining(SILVER_LINING_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__COLOUR:
			unsetColour();
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CUSTOMER_REPEATED_BACK:
			setCustomerRepeatedBack(CUSTOMER_REPEATED_BACK_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__REPEATED_BACK_AT:
			setRepeatedBackAt(REPEATED_BACK_AT_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CLARIFICATION_NOTES:
			setClarificationNotes(CLARIFICATION_NOTES_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE:
			setNextUpdateDue(NEXT_UPDATE_DUE_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__STATE:
			setState(STATE_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED:
			setEmotionallyCharged(EMOTIONALLY_CHARGED_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__HOLD_UNTIL:
			setHoldUntil(HOLD_UNTIL_EDEFAULT);
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
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CREATED_AT:
			return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SENT_AT:
			return SENT_AT_EDEFAULT == null ? sentAt != null : !SENT_AT_EDEFAULT.equals(sentAt);
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__AUTHOR:
			return author != null;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__AUDIENCES:
			return audiences != null && !audiences.isEmpty();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__RECIPIENTS:
			return recipients != null && !recipients.isEmpty();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CHANNEL:
			return channel != CHANNEL_EDEFAULT;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUBJECT:
			return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUMMARY:
			return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SILVER_LINING:
			return SILVER_LINING_EDEFAULT == null ? silverLining != null : !SILVER_LINING_EDEFAULT.equals(silverLining);
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__COLOUR:
			return isSetColour();
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CUSTOMER_REPEATED_BACK:
			return customerRepeatedBack != CUSTOMER_REPEATED_BACK_EDEFAULT;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__REPEATED_BACK_AT:
			return REPEATED_BACK_AT_EDEFAULT == null ? repeatedBackAt != null
					: !REPEATED_BACK_AT_EDEFAULT.equals(repeatedBackAt);
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CLARIFICATION_NOTES:
			return CLARIFICATION_NOTES_EDEFAULT == null ? clarificationNotes != null
					: !CLARIFICATION_NOTES_EDEFAULT.equals(clarificationNotes);
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE:
			return NEXT_UPDATE_DUE_EDEFAULT == null ? nextUpdateDue != null
					: !NEXT_UPDATE_DUE_EDEFAULT.equals(nextUpdateDue);
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__STATE:
			return state != STATE_EDEFAULT;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED:
			return emotionallyCharged != EMOTIONALLY_CHARGED_EDEFAULT;
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__HOLD_UNTIL:
			return HOLD_UNTIL_EDEFAULT == null ? holdUntil != null : !HOLD_UNTIL_EDEFAULT.equals(holdUntil);
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
		result.append(" (createdAt: ");
		result.append(createdAt);
		result.append(", sentAt: ");
		result.append(sentAt);
		result.append(", audiences: ");
		result.append(audiences);
		result.append(", channel: ");
		result.append(channel);
		result.append(", subject: ");
		result.append(subject);
		result.append(", summary: ");
		result.append(summary);
		result.append(", silverLining: ");
		result.append(silverLining);
		result.append(", colour: ");
		if (colourESet)
			result.append(colour);
		else
			result.append("<unset>");
		result.append(", customerRepeatedBack: ");
		result.append(customerRepeatedBack);
		result.append(", repeatedBackAt: ");
		result.append(repeatedBackAt);
		result.append(", clarificationNotes: ");
		result.append(clarificationNotes);
		result.append(", nextUpdateDue: ");
		result.append(nextUpdateDue);
		result.append(", state: ");
		result.append(state);
		result.append(", emotionallyCharged: ");
		result.append(emotionallyCharged);
		result.append(", holdUntil: ");
		result.append(holdUntil);
		result.append(')');
		return result.toString();
	}

} //CustomerCommunicationImpl
