/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Person;
import org.advocacy.model.StatusColour;
import org.advocacy.model.StatusMeeting;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Status Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.StatusMeetingImpl#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.advocacy.model.impl.StatusMeetingImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.impl.StatusMeetingImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.advocacy.model.impl.StatusMeetingImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatusMeetingImpl extends MinimalEObjectImpl.Container implements StatusMeeting {
	/**
	 * The default value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected static final Instant HELD_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected Instant heldOn = HELD_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> attendees;

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
	protected StatusMeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.STATUS_MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getHeldOn() {
		return heldOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldOn(Instant newHeldOn) {
		Instant oldHeldOn = heldOn;
		heldOn = newHeldOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.STATUS_MEETING__HELD_ON, oldHeldOn,
					heldOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectResolvingEList<Person>(Person.class, this,
					AdvocacyPackage.STATUS_MEETING__ATTENDEES);
		}
		return attendees;
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
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.STATUS_MEETING__COLOUR, oldColour,
					colour));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.STATUS_MEETING__NOTES, oldNotes,
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
		case AdvocacyPackage.STATUS_MEETING__HELD_ON:
			return getHeldOn();
		case AdvocacyPackage.STATUS_MEETING__ATTENDEES:
			return getAttendees();
		case AdvocacyPackage.STATUS_MEETING__COLOUR:
			return getColour();
		case AdvocacyPackage.STATUS_MEETING__NOTES:
			return getNotes();
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
		case AdvocacyPackage.STATUS_MEETING__HELD_ON:
			setHeldOn((Instant) newValue);
			return;
		case AdvocacyPackage.STATUS_MEETING__ATTENDEES:
			getAttendees().clear();
			getAttendees().addAll((Collection<? extends Person>) newValue);
			return;
		case AdvocacyPackage.STATUS_MEETING__COLOUR:
			setColour((StatusColour) newValue);
			return;
		case AdvocacyPackage.STATUS_MEETING__NOTES:
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
		case AdvocacyPackage.STATUS_MEETING__HELD_ON:
			setHeldOn(HELD_ON_EDEFAULT);
			return;
		case AdvocacyPackage.STATUS_MEETING__ATTENDEES:
			getAttendees().clear();
			return;
		case AdvocacyPackage.STATUS_MEETING__COLOUR:
			setColour(COLOUR_EDEFAULT);
			return;
		case AdvocacyPackage.STATUS_MEETING__NOTES:
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
		case AdvocacyPackage.STATUS_MEETING__HELD_ON:
			return HELD_ON_EDEFAULT == null ? heldOn != null : !HELD_ON_EDEFAULT.equals(heldOn);
		case AdvocacyPackage.STATUS_MEETING__ATTENDEES:
			return attendees != null && !attendees.isEmpty();
		case AdvocacyPackage.STATUS_MEETING__COLOUR:
			return colour != COLOUR_EDEFAULT;
		case AdvocacyPackage.STATUS_MEETING__NOTES:
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
		result.append(" (heldOn: ");
		result.append(heldOn);
		result.append(", colour: ");
		result.append(colour);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //StatusMeetingImpl
