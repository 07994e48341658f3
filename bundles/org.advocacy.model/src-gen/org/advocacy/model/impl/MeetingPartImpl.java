/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.MeetingPart;
import org.advocacy.model.Person;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting Part</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.MeetingPartImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingPartImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingPartImpl#isRehearsed <em>Rehearsed</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingPartImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingPartImpl extends MinimalEObjectImpl.Container implements MeetingPart {
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
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #isRehearsed() <em>Rehearsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRehearsed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REHEARSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRehearsed() <em>Rehearsed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRehearsed()
	 * @generated
	 * @ordered
	 */
	protected boolean rehearsed = REHEARSED_EDEFAULT;

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
	protected MeetingPartImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.MEETING_PART;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.MEETING_PART__PERSON,
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_PART__PERSON, oldPerson,
					person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_PART__TOPIC, oldTopic,
					topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRehearsed() {
		return rehearsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRehearsed(boolean newRehearsed) {
		boolean oldRehearsed = rehearsed;
		rehearsed = newRehearsed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_PART__REHEARSED, oldRehearsed,
					rehearsed));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING_PART__NOTES, oldNotes,
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
		case AdvocacyPackage.MEETING_PART__PERSON:
			if (resolve)
				return getPerson();
			return basicGetPerson();
		case AdvocacyPackage.MEETING_PART__TOPIC:
			return getTopic();
		case AdvocacyPackage.MEETING_PART__REHEARSED:
			return isRehearsed();
		case AdvocacyPackage.MEETING_PART__NOTES:
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
		case AdvocacyPackage.MEETING_PART__PERSON:
			setPerson((Person) newValue);
			return;
		case AdvocacyPackage.MEETING_PART__TOPIC:
			setTopic((String) newValue);
			return;
		case AdvocacyPackage.MEETING_PART__REHEARSED:
			setRehearsed((Boolean) newValue);
			return;
		case AdvocacyPackage.MEETING_PART__NOTES:
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
		case AdvocacyPackage.MEETING_PART__PERSON:
			setPerson((Person) null);
			return;
		case AdvocacyPackage.MEETING_PART__TOPIC:
			setTopic(TOPIC_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING_PART__REHEARSED:
			setRehearsed(REHEARSED_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING_PART__NOTES:
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
		case AdvocacyPackage.MEETING_PART__PERSON:
			return person != null;
		case AdvocacyPackage.MEETING_PART__TOPIC:
			return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
		case AdvocacyPackage.MEETING_PART__REHEARSED:
			return rehearsed != REHEARSED_EDEFAULT;
		case AdvocacyPackage.MEETING_PART__NOTES:
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
		result.append(" (topic: ");
		result.append(topic);
		result.append(", rehearsed: ");
		result.append(rehearsed);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //MeetingPartImpl
