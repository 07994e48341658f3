/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.DryRun;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.CustomerMeetingImpl#getAgenda <em>Agenda</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerMeetingImpl#isSeniorManagementAttends <em>Senior Management Attends</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerMeetingImpl#getCustomerAttendees <em>Customer Attendees</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerMeetingImpl#getDryRun <em>Dry Run</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerMeetingImpl extends MeetingImpl implements CustomerMeeting {
	/**
	 * The default value of the '{@link #getAgenda() <em>Agenda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgenda()
	 * @generated
	 * @ordered
	 */
	protected static final String AGENDA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgenda() <em>Agenda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgenda()
	 * @generated
	 * @ordered
	 */
	protected String agenda = AGENDA_EDEFAULT;

	/**
	 * The default value of the '{@link #isSeniorManagementAttends() <em>Senior Management Attends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSeniorManagementAttends()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SENIOR_MANAGEMENT_ATTENDS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSeniorManagementAttends() <em>Senior Management Attends</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSeniorManagementAttends()
	 * @generated
	 * @ordered
	 */
	protected boolean seniorManagementAttends = SENIOR_MANAGEMENT_ATTENDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomerAttendees() <em>Customer Attendees</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerContact> customerAttendees;

	/**
	 * The cached value of the '{@link #getDryRun() <em>Dry Run</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDryRun()
	 * @generated
	 * @ordered
	 */
	protected DryRun dryRun;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerMeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.CUSTOMER_MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgenda() {
		return agenda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgenda(String newAgenda) {
		String oldAgenda = agenda;
		agenda = newAgenda;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_MEETING__AGENDA, oldAgenda,
					agenda));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSeniorManagementAttends() {
		return seniorManagementAttends;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeniorManagementAttends(boolean newSeniorManagementAttends) {
		boolean oldSeniorManagementAttends = seniorManagementAttends;
		seniorManagementAttends = newSeniorManagementAttends;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.CUSTOMER_MEETING__SENIOR_MANAGEMENT_ATTENDS, oldSeniorManagementAttends,
					seniorManagementAttends));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerContact> getCustomerAttendees() {
		if (customerAttendees == null) {
			customerAttendees = new EObjectResolvingEList<CustomerContact>(CustomerContact.class, this,
					AdvocacyPackage.CUSTOMER_MEETING__CUSTOMER_ATTENDEES);
		}
		return customerAttendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DryRun getDryRun() {
		return dryRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDryRun(DryRun newDryRun, NotificationChain msgs) {
		DryRun oldDryRun = dryRun;
		dryRun = newDryRun;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					AdvocacyPackage.CUSTOMER_MEETING__DRY_RUN, oldDryRun, newDryRun);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDryRun(DryRun newDryRun) {
		if (newDryRun != dryRun) {
			NotificationChain msgs = null;
			if (dryRun != null)
				msgs = ((InternalEObject) dryRun).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.CUSTOMER_MEETING__DRY_RUN, null, msgs);
			if (newDryRun != null)
				msgs = ((InternalEObject) newDryRun).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - AdvocacyPackage.CUSTOMER_MEETING__DRY_RUN, null, msgs);
			msgs = basicSetDryRun(newDryRun, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_MEETING__DRY_RUN, newDryRun,
					newDryRun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.CUSTOMER_MEETING__DRY_RUN:
			return basicSetDryRun(null, msgs);
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
		case AdvocacyPackage.CUSTOMER_MEETING__AGENDA:
			return getAgenda();
		case AdvocacyPackage.CUSTOMER_MEETING__SENIOR_MANAGEMENT_ATTENDS:
			return isSeniorManagementAttends();
		case AdvocacyPackage.CUSTOMER_MEETING__CUSTOMER_ATTENDEES:
			return getCustomerAttendees();
		case AdvocacyPackage.CUSTOMER_MEETING__DRY_RUN:
			return getDryRun();
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
		case AdvocacyPackage.CUSTOMER_MEETING__AGENDA:
			setAgenda((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_MEETING__SENIOR_MANAGEMENT_ATTENDS:
			setSeniorManagementAttends((Boolean) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_MEETING__CUSTOMER_ATTENDEES:
			getCustomerAttendees().clear();
			getCustomerAttendees().addAll((Collection<? extends CustomerContact>) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_MEETING__DRY_RUN:
			setDryRun((DryRun) newValue);
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
		case AdvocacyPackage.CUSTOMER_MEETING__AGENDA:
			setAgenda(AGENDA_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_MEETING__SENIOR_MANAGEMENT_ATTENDS:
			setSeniorManagementAttends(SENIOR_MANAGEMENT_ATTENDS_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_MEETING__CUSTOMER_ATTENDEES:
			getCustomerAttendees().clear();
			return;
		case AdvocacyPackage.CUSTOMER_MEETING__DRY_RUN:
			setDryRun((DryRun) null);
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
		case AdvocacyPackage.CUSTOMER_MEETING__AGENDA:
			return AGENDA_EDEFAULT == null ? agenda != null : !AGENDA_EDEFAULT.equals(agenda);
		case AdvocacyPackage.CUSTOMER_MEETING__SENIOR_MANAGEMENT_ATTENDS:
			return seniorManagementAttends != SENIOR_MANAGEMENT_ATTENDS_EDEFAULT;
		case AdvocacyPackage.CUSTOMER_MEETING__CUSTOMER_ATTENDEES:
			return customerAttendees != null && !customerAttendees.isEmpty();
		case AdvocacyPackage.CUSTOMER_MEETING__DRY_RUN:
			return dryRun != null;
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
		result.append(" (agenda: ");
		result.append(agenda);
		result.append(", seniorManagementAttends: ");
		result.append(seniorManagementAttends);
		result.append(')');
		return result.toString();
	}

} //CustomerMeetingImpl
