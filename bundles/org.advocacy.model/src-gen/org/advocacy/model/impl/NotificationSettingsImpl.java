/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.NotificationSettings;
import org.advocacy.model.SmtpSecurity;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Notification Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.NotificationSettingsImpl#getSmtpHost <em>Smtp Host</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationSettingsImpl#getSmtpPort <em>Smtp Port</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationSettingsImpl#getSecurity <em>Security</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationSettingsImpl#getUsername <em>Username</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationSettingsImpl#getFromAddress <em>From Address</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationSettingsImpl#getFromName <em>From Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NotificationSettingsImpl extends MinimalEObjectImpl.Container implements NotificationSettings {
	/**
	 * The default value of the '{@link #getSmtpHost() <em>Smtp Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpHost()
	 * @generated
	 * @ordered
	 */
	protected static final String SMTP_HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmtpHost() <em>Smtp Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpHost()
	 * @generated
	 * @ordered
	 */
	protected String smtpHost = SMTP_HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmtpPort() <em>Smtp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpPort()
	 * @generated
	 * @ordered
	 */
	protected static final int SMTP_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSmtpPort() <em>Smtp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmtpPort()
	 * @generated
	 * @ordered
	 */
	protected int smtpPort = SMTP_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurity() <em>Security</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurity()
	 * @generated
	 * @ordered
	 */
	protected static final SmtpSecurity SECURITY_EDEFAULT = SmtpSecurity.STARTTLS_REQUIRED;

	/**
	 * The cached value of the '{@link #getSecurity() <em>Security</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurity()
	 * @generated
	 * @ordered
	 */
	protected SmtpSecurity security = SECURITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected static final String USERNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected String username = USERNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromAddress() <em>From Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromAddress() <em>From Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromAddress()
	 * @generated
	 * @ordered
	 */
	protected String fromAddress = FROM_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFromName() <em>From Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromName()
	 * @generated
	 * @ordered
	 */
	protected static final String FROM_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFromName() <em>From Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromName()
	 * @generated
	 * @ordered
	 */
	protected String fromName = FROM_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NotificationSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.NOTIFICATION_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmtpHost() {
		return smtpHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmtpHost(String newSmtpHost) {
		String oldSmtpHost = smtpHost;
		smtpHost = newSmtpHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_HOST,
					oldSmtpHost, smtpHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSmtpPort() {
		return smtpPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmtpPort(int newSmtpPort) {
		int oldSmtpPort = smtpPort;
		smtpPort = newSmtpPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_PORT,
					oldSmtpPort, smtpPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmtpSecurity getSecurity() {
		return security;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurity(SmtpSecurity newSecurity) {
		SmtpSecurity oldSecurity = security;
		security = newSecurity == null ? SECURITY_EDEFAULT : newSecurity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_SETTINGS__SECURITY,
					oldSecurity, security));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsername(String newUsername) {
		String oldUsername = username;
		username = newUsername;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_SETTINGS__USERNAME,
					oldUsername, username));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFromAddress() {
		return fromAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromAddress(String newFromAddress) {
		String oldFromAddress = fromAddress;
		fromAddress = newFromAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_ADDRESS,
					oldFromAddress, fromAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFromName() {
		return fromName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromName(String newFromName) {
		String oldFromName = fromName;
		fromName = newFromName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_NAME,
					oldFromName, fromName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_HOST:
			return getSmtpHost();
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_PORT:
			return getSmtpPort();
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SECURITY:
			return getSecurity();
		case AdvocacyPackage.NOTIFICATION_SETTINGS__USERNAME:
			return getUsername();
		case AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_ADDRESS:
			return getFromAddress();
		case AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_NAME:
			return getFromName();
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
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_HOST:
			setSmtpHost((String) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_PORT:
			setSmtpPort((Integer) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SECURITY:
			setSecurity((SmtpSecurity) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__USERNAME:
			setUsername((String) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_ADDRESS:
			setFromAddress((String) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_NAME:
			setFromName((String) newValue);
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
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_HOST:
			setSmtpHost(SMTP_HOST_EDEFAULT);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_PORT:
			setSmtpPort(SMTP_PORT_EDEFAULT);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SECURITY:
			setSecurity(SECURITY_EDEFAULT);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__USERNAME:
			setUsername(USERNAME_EDEFAULT);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_ADDRESS:
			setFromAddress(FROM_ADDRESS_EDEFAULT);
			return;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_NAME:
			setFromName(FROM_NAME_EDEFAULT);
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
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_HOST:
			return SMTP_HOST_EDEFAULT == null ? smtpHost != null : !SMTP_HOST_EDEFAULT.equals(smtpHost);
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SMTP_PORT:
			return smtpPort != SMTP_PORT_EDEFAULT;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__SECURITY:
			return security != SECURITY_EDEFAULT;
		case AdvocacyPackage.NOTIFICATION_SETTINGS__USERNAME:
			return USERNAME_EDEFAULT == null ? username != null : !USERNAME_EDEFAULT.equals(username);
		case AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_ADDRESS:
			return FROM_ADDRESS_EDEFAULT == null ? fromAddress != null : !FROM_ADDRESS_EDEFAULT.equals(fromAddress);
		case AdvocacyPackage.NOTIFICATION_SETTINGS__FROM_NAME:
			return FROM_NAME_EDEFAULT == null ? fromName != null : !FROM_NAME_EDEFAULT.equals(fromName);
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
		result.append(" (smtpHost: ");
		result.append(smtpHost);
		result.append(", smtpPort: ");
		result.append(smtpPort);
		result.append(", security: ");
		result.append(security);
		result.append(", username: ");
		result.append(username);
		result.append(", fromAddress: ");
		result.append(fromAddress);
		result.append(", fromName: ");
		result.append(fromName);
		result.append(')');
		return result.toString();
	}

} //NotificationSettingsImpl
