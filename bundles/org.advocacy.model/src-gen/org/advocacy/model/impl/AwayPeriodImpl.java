/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.Person;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Away Period</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.AwayPeriodImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AwayPeriodImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AwayPeriodImpl#getAlternate <em>Alternate</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AwayPeriodImpl#isAlternateConfirmed <em>Alternate Confirmed</em>}</li>
 *   <li>{@link org.advocacy.model.impl.AwayPeriodImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AwayPeriodImpl extends MinimalEObjectImpl.Container implements AwayPeriod {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Instant START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Instant start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Instant END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Instant end = END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAlternate() <em>Alternate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlternate()
	 * @generated
	 * @ordered
	 */
	protected Person alternate;

	/**
	 * The default value of the '{@link #isAlternateConfirmed() <em>Alternate Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlternateConfirmed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALTERNATE_CONFIRMED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAlternateConfirmed() <em>Alternate Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlternateConfirmed()
	 * @generated
	 * @ordered
	 */
	protected boolean alternateConfirmed = ALTERNATE_CONFIRMED_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AwayPeriodImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.AWAY_PERIOD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Instant newStart) {
		Instant oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.AWAY_PERIOD__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Instant newEnd) {
		Instant oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.AWAY_PERIOD__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAlternate() {
		if (alternate != null && alternate.eIsProxy()) {
			InternalEObject oldAlternate = (InternalEObject) alternate;
			alternate = (Person) eResolveProxy(oldAlternate);
			if (alternate != oldAlternate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.AWAY_PERIOD__ALTERNATE,
							oldAlternate, alternate));
			}
		}
		return alternate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAlternate() {
		return alternate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlternate(Person newAlternate) {
		Person oldAlternate = alternate;
		alternate = newAlternate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.AWAY_PERIOD__ALTERNATE, oldAlternate,
					alternate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAlternateConfirmed() {
		return alternateConfirmed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlternateConfirmed(boolean newAlternateConfirmed) {
		boolean oldAlternateConfirmed = alternateConfirmed;
		alternateConfirmed = newAlternateConfirmed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.AWAY_PERIOD__ALTERNATE_CONFIRMED,
					oldAlternateConfirmed, alternateConfirmed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.AWAY_PERIOD__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.AWAY_PERIOD__START:
			return getStart();
		case AdvocacyPackage.AWAY_PERIOD__END:
			return getEnd();
		case AdvocacyPackage.AWAY_PERIOD__ALTERNATE:
			if (resolve)
				return getAlternate();
			return basicGetAlternate();
		case AdvocacyPackage.AWAY_PERIOD__ALTERNATE_CONFIRMED:
			return isAlternateConfirmed();
		case AdvocacyPackage.AWAY_PERIOD__NOTE:
			return getNote();
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
		case AdvocacyPackage.AWAY_PERIOD__START:
			setStart((Instant) newValue);
			return;
		case AdvocacyPackage.AWAY_PERIOD__END:
			setEnd((Instant) newValue);
			return;
		case AdvocacyPackage.AWAY_PERIOD__ALTERNATE:
			setAlternate((Person) newValue);
			return;
		case AdvocacyPackage.AWAY_PERIOD__ALTERNATE_CONFIRMED:
			setAlternateConfirmed((Boolean) newValue);
			return;
		case AdvocacyPackage.AWAY_PERIOD__NOTE:
			setNote((String) newValue);
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
		case AdvocacyPackage.AWAY_PERIOD__START:
			setStart(START_EDEFAULT);
			return;
		case AdvocacyPackage.AWAY_PERIOD__END:
			setEnd(END_EDEFAULT);
			return;
		case AdvocacyPackage.AWAY_PERIOD__ALTERNATE:
			setAlternate((Person) null);
			return;
		case AdvocacyPackage.AWAY_PERIOD__ALTERNATE_CONFIRMED:
			setAlternateConfirmed(ALTERNATE_CONFIRMED_EDEFAULT);
			return;
		case AdvocacyPackage.AWAY_PERIOD__NOTE:
			setNote(NOTE_EDEFAULT);
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
		case AdvocacyPackage.AWAY_PERIOD__START:
			return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
		case AdvocacyPackage.AWAY_PERIOD__END:
			return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
		case AdvocacyPackage.AWAY_PERIOD__ALTERNATE:
			return alternate != null;
		case AdvocacyPackage.AWAY_PERIOD__ALTERNATE_CONFIRMED:
			return alternateConfirmed != ALTERNATE_CONFIRMED_EDEFAULT;
		case AdvocacyPackage.AWAY_PERIOD__NOTE:
			return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", alternateConfirmed: ");
		result.append(alternateConfirmed);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //AwayPeriodImpl
