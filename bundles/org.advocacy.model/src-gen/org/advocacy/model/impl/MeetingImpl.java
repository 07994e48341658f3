/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Meeting;
import org.advocacy.model.Person;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.MeetingImpl#getPlannedAt <em>Planned At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingImpl#getHeldAt <em>Held At</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingImpl#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.advocacy.model.impl.MeetingImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class MeetingImpl extends MinimalEObjectImpl.Container implements Meeting {
	/**
	 * The default value of the '{@link #getPlannedAt() <em>Planned At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PLANNED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedAt() <em>Planned At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant plannedAt = PLANNED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeldAt() <em>Held At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant HELD_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeldAt() <em>Held At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldAt()
	 * @generated
	 * @ordered
	 */
	protected Instant heldAt = HELD_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Person> participants;

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
	protected MeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPlannedAt() {
		return plannedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedAt(Instant newPlannedAt) {
		Instant oldPlannedAt = plannedAt;
		plannedAt = newPlannedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING__PLANNED_AT, oldPlannedAt,
					plannedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getHeldAt() {
		return heldAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldAt(Instant newHeldAt) {
		Instant oldHeldAt = heldAt;
		heldAt = newHeldAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING__HELD_AT, oldHeldAt, heldAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING__LOCATION, oldLocation,
					location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Person> getParticipants() {
		if (participants == null) {
			participants = new EObjectResolvingEList<Person>(Person.class, this, AdvocacyPackage.MEETING__PARTICIPANTS);
		}
		return participants;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.MEETING__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.MEETING__PLANNED_AT:
			return getPlannedAt();
		case AdvocacyPackage.MEETING__HELD_AT:
			return getHeldAt();
		case AdvocacyPackage.MEETING__LOCATION:
			return getLocation();
		case AdvocacyPackage.MEETING__PARTICIPANTS:
			return getParticipants();
		case AdvocacyPackage.MEETING__NOTES:
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
		case AdvocacyPackage.MEETING__PLANNED_AT:
			setPlannedAt((Instant) newValue);
			return;
		case AdvocacyPackage.MEETING__HELD_AT:
			setHeldAt((Instant) newValue);
			return;
		case AdvocacyPackage.MEETING__LOCATION:
			setLocation((String) newValue);
			return;
		case AdvocacyPackage.MEETING__PARTICIPANTS:
			getParticipants().clear();
			getParticipants().addAll((Collection<? extends Person>) newValue);
			return;
		case AdvocacyPackage.MEETING__NOTES:
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
		case AdvocacyPackage.MEETING__PLANNED_AT:
			setPlannedAt(PLANNED_AT_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING__HELD_AT:
			setHeldAt(HELD_AT_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING__LOCATION:
			setLocation(LOCATION_EDEFAULT);
			return;
		case AdvocacyPackage.MEETING__PARTICIPANTS:
			getParticipants().clear();
			return;
		case AdvocacyPackage.MEETING__NOTES:
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
		case AdvocacyPackage.MEETING__PLANNED_AT:
			return PLANNED_AT_EDEFAULT == null ? plannedAt != null : !PLANNED_AT_EDEFAULT.equals(plannedAt);
		case AdvocacyPackage.MEETING__HELD_AT:
			return HELD_AT_EDEFAULT == null ? heldAt != null : !HELD_AT_EDEFAULT.equals(heldAt);
		case AdvocacyPackage.MEETING__LOCATION:
			return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
		case AdvocacyPackage.MEETING__PARTICIPANTS:
			return participants != null && !participants.isEmpty();
		case AdvocacyPackage.MEETING__NOTES:
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
		result.append(" (plannedAt: ");
		result.append(plannedAt);
		result.append(", heldAt: ");
		result.append(heldAt);
		result.append(", location: ");
		result.append(location);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //MeetingImpl
