/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Point</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.ContactPointImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ContactPointImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ContactPointImpl#isAvailable24x7 <em>Available24x7</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactPointImpl extends MinimalEObjectImpl.Container implements ContactPoint {
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
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isAvailable24x7() <em>Available24x7</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAvailable24x7()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AVAILABLE24X7_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAvailable24x7() <em>Available24x7</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAvailable24x7()
	 * @generated
	 * @ordered
	 */
	protected boolean available24x7 = AVAILABLE24X7_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactPointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.CONTACT_POINT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CONTACT_POINT__CHANNEL, oldChannel,
					channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CONTACT_POINT__ADDRESS, oldAddress,
					address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAvailable24x7() {
		return available24x7;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailable24x7(boolean newAvailable24x7) {
		boolean oldAvailable24x7 = available24x7;
		available24x7 = newAvailable24x7;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CONTACT_POINT__AVAILABLE24X7,
					oldAvailable24x7, available24x7));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.CONTACT_POINT__CHANNEL:
			return getChannel();
		case AdvocacyPackage.CONTACT_POINT__ADDRESS:
			return getAddress();
		case AdvocacyPackage.CONTACT_POINT__AVAILABLE24X7:
			return isAvailable24x7();
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
		case AdvocacyPackage.CONTACT_POINT__CHANNEL:
			setChannel((ContactChannel) newValue);
			return;
		case AdvocacyPackage.CONTACT_POINT__ADDRESS:
			setAddress((String) newValue);
			return;
		case AdvocacyPackage.CONTACT_POINT__AVAILABLE24X7:
			setAvailable24x7((Boolean) newValue);
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
		case AdvocacyPackage.CONTACT_POINT__CHANNEL:
			setChannel(CHANNEL_EDEFAULT);
			return;
		case AdvocacyPackage.CONTACT_POINT__ADDRESS:
			setAddress(ADDRESS_EDEFAULT);
			return;
		case AdvocacyPackage.CONTACT_POINT__AVAILABLE24X7:
			setAvailable24x7(AVAILABLE24X7_EDEFAULT);
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
		case AdvocacyPackage.CONTACT_POINT__CHANNEL:
			return channel != CHANNEL_EDEFAULT;
		case AdvocacyPackage.CONTACT_POINT__ADDRESS:
			return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
		case AdvocacyPackage.CONTACT_POINT__AVAILABLE24X7:
			return available24x7 != AVAILABLE24X7_EDEFAULT;
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
		result.append(" (channel: ");
		result.append(channel);
		result.append(", address: ");
		result.append(address);
		result.append(", available24x7: ");
		result.append(available24x7);
		result.append(')');
		return result.toString();
	}

} //ContactPointImpl
