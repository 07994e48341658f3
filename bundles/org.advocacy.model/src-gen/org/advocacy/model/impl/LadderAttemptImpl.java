/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Person;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ladder Attempt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.LadderAttemptImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.advocacy.model.impl.LadderAttemptImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.advocacy.model.impl.LadderAttemptImpl#getSubstituteFor <em>Substitute For</em>}</li>
 *   <li>{@link org.advocacy.model.impl.LadderAttemptImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.advocacy.model.impl.LadderAttemptImpl#getContactedAt <em>Contacted At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.LadderAttemptImpl#getRespondedAt <em>Responded At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.LadderAttemptImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.advocacy.model.impl.LadderAttemptImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LadderAttemptImpl extends MinimalEObjectImpl.Container implements LadderAttempt {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final EscalationLevel LEVEL_EDEFAULT = EscalationLevel.PRIMARY;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected EscalationLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The cached value of the '{@link #getSubstituteFor() <em>Substitute For</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubstituteFor()
	 * @generated
	 * @ordered
	 */
	protected Person substituteFor;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final ContactChannel CHANNEL_EDEFAULT = ContactChannel.PHONE;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected ContactChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getContactedAt() <em>Contacted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CONTACTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContactedAt() <em>Contacted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant contactedAt = CONTACTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRespondedAt() <em>Responded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RESPONDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespondedAt() <em>Responded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant respondedAt = RESPONDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final AttemptOutcome OUTCOME_EDEFAULT = AttemptOutcome.PENDING;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected AttemptOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LadderAttemptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.LADDER_ATTEMPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EscalationLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(EscalationLevel newLevel) {
		EscalationLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.LADDER_ATTEMPT__LEVEL, oldLevel,
					level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject) person;
			person = (Person) eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.LADDER_ATTEMPT__PERSON,
							oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.LADDER_ATTEMPT__PERSON, oldPerson,
					person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getSubstituteFor() {
		if (substituteFor != null && substituteFor.eIsProxy()) {
			InternalEObject oldSubstituteFor = (InternalEObject) substituteFor;
			substituteFor = (Person) eResolveProxy(oldSubstituteFor);
			if (substituteFor != oldSubstituteFor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE,
							AdvocacyPackage.LADDER_ATTEMPT__SUBSTITUTE_FOR, oldSubstituteFor, substituteFor));
			}
		}
		return substituteFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetSubstituteFor() {
		return substituteFor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubstituteFor(Person newSubstituteFor) {
		Person oldSubstituteFor = substituteFor;
		substituteFor = newSubstituteFor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.LADDER_ATTEMPT__SUBSTITUTE_FOR,
					oldSubstituteFor, substituteFor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(ContactChannel newChannel) {
		ContactChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.LADDER_ATTEMPT__CHANNEL, oldChannel,
					channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getContactedAt() {
		return contactedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContactedAt(Instant newContactedAt) {
		Instant oldContactedAt = contactedAt;
		contactedAt = newContactedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.LADDER_ATTEMPT__CONTACTED_AT,
					oldContactedAt, contactedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRespondedAt() {
		return respondedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondedAt(Instant newRespondedAt) {
		Instant oldRespondedAt = respondedAt;
		respondedAt = newRespondedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.LADDER_ATTEMPT__RESPONDED_AT,
					oldRespondedAt, respondedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttemptOutcome getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(AttemptOutcome newOutcome) {
		AttemptOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.LADDER_ATTEMPT__OUTCOME, oldOutcome,
					outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.LADDER_ATTEMPT__NOTES, oldNotes,
					notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.LADDER_ATTEMPT__LEVEL:
			return getLevel();
		case AdvocacyPackage.LADDER_ATTEMPT__PERSON:
			if (resolve)
				return getPerson();
			return basicGetPerson();
		case AdvocacyPackage.LADDER_ATTEMPT__SUBSTITUTE_FOR:
			if (resolve)
				return getSubstituteFor();
			return basicGetSubstituteFor();
		case AdvocacyPackage.LADDER_ATTEMPT__CHANNEL:
			return getChannel();
		case AdvocacyPackage.LADDER_ATTEMPT__CONTACTED_AT:
			return getContactedAt();
		case AdvocacyPackage.LADDER_ATTEMPT__RESPONDED_AT:
			return getRespondedAt();
		case AdvocacyPackage.LADDER_ATTEMPT__OUTCOME:
			return getOutcome();
		case AdvocacyPackage.LADDER_ATTEMPT__NOTES:
			return getNotes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case AdvocacyPackage.LADDER_ATTEMPT__LEVEL:
			setLevel((EscalationLevel) newValue);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__PERSON:
			setPerson((Person) newValue);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__SUBSTITUTE_FOR:
			setSubstituteFor((Person) newValue);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__CHANNEL:
			setChannel((ContactChannel) newValue);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__CONTACTED_AT:
			setContactedAt((Instant) newValue);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__RESPONDED_AT:
			setRespondedAt((Instant) newValue);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__OUTCOME:
			setOutcome((AttemptOutcome) newValue);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__NOTES:
			setNotes((String) newValue);
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
		case AdvocacyPackage.LADDER_ATTEMPT__LEVEL:
			setLevel(LEVEL_EDEFAULT);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__PERSON:
			setPerson((Person) null);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__SUBSTITUTE_FOR:
			setSubstituteFor((Person) null);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__CHANNEL:
			setChannel(CHANNEL_EDEFAULT);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__CONTACTED_AT:
			setContactedAt(CONTACTED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__RESPONDED_AT:
			setRespondedAt(RESPONDED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__OUTCOME:
			setOutcome(OUTCOME_EDEFAULT);
			return;
		case AdvocacyPackage.LADDER_ATTEMPT__NOTES:
			setNotes(NOTES_EDEFAULT);
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
		case AdvocacyPackage.LADDER_ATTEMPT__LEVEL:
			return level != LEVEL_EDEFAULT;
		case AdvocacyPackage.LADDER_ATTEMPT__PERSON:
			return person != null;
		case AdvocacyPackage.LADDER_ATTEMPT__SUBSTITUTE_FOR:
			return substituteFor != null;
		case AdvocacyPackage.LADDER_ATTEMPT__CHANNEL:
			return channel != CHANNEL_EDEFAULT;
		case AdvocacyPackage.LADDER_ATTEMPT__CONTACTED_AT:
			return CONTACTED_AT_EDEFAULT == null ? contactedAt != null : !CONTACTED_AT_EDEFAULT.equals(contactedAt);
		case AdvocacyPackage.LADDER_ATTEMPT__RESPONDED_AT:
			return RESPONDED_AT_EDEFAULT == null ? respondedAt != null : !RESPONDED_AT_EDEFAULT.equals(respondedAt);
		case AdvocacyPackage.LADDER_ATTEMPT__OUTCOME:
			return outcome != OUTCOME_EDEFAULT;
		case AdvocacyPackage.LADDER_ATTEMPT__NOTES:
			return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (level: ");
		result.append(level);
		result.append(", channel: ");
		result.append(channel);
		result.append(", contactedAt: ");
		result.append(contactedAt);
		result.append(", respondedAt: ");
		result.append(respondedAt);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //LadderAttemptImpl
