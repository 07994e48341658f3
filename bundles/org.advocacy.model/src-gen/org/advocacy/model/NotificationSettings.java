/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Notification Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How notifications leave the tool. The mail password is kept outside the repository (secure storage, or the watcher's credentials).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.NotificationSettings#getSmtpHost <em>Smtp Host</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationSettings#getSmtpPort <em>Smtp Port</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationSettings#getSecurity <em>Security</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationSettings#getUsername <em>Username</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationSettings#getFromAddress <em>From Address</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationSettings#getFromName <em>From Name</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getNotificationSettings()
 * @model
 * @generated
 */
public interface NotificationSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Smtp Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mail server (SMTP) that sends the notifications.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smtp Host</em>' attribute.
	 * @see #setSmtpHost(String)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationSettings_SmtpHost()
	 * @model
	 * @generated
	 */
	String getSmtpHost();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationSettings#getSmtpHost <em>Smtp Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smtp Host</em>' attribute.
	 * @see #getSmtpHost()
	 * @generated
	 */
	void setSmtpHost(String value);

	/**
	 * Returns the value of the '<em><b>Smtp Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mail server's port; 0 for the usual port of the security setting (587 with STARTTLS, 465 with TLS, 25 without).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Smtp Port</em>' attribute.
	 * @see #setSmtpPort(int)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationSettings_SmtpPort()
	 * @model
	 * @generated
	 */
	int getSmtpPort();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationSettings#getSmtpPort <em>Smtp Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smtp Port</em>' attribute.
	 * @see #getSmtpPort()
	 * @generated
	 */
	void setSmtpPort(int value);

	/**
	 * Returns the value of the '<em><b>Security</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.SmtpSecurity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the connection to the mail server is secured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security</em>' attribute.
	 * @see org.advocacy.model.SmtpSecurity
	 * @see #setSecurity(SmtpSecurity)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationSettings_Security()
	 * @model
	 * @generated
	 */
	SmtpSecurity getSecurity();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationSettings#getSecurity <em>Security</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security</em>' attribute.
	 * @see org.advocacy.model.SmtpSecurity
	 * @see #getSecurity()
	 * @generated
	 */
	void setSecurity(SmtpSecurity value);

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name to sign in to the mail server with; empty when it needs none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationSettings_Username()
	 * @model
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationSettings#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>From Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The address notifications are sent from, e.g. advocacy@example.com.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Address</em>' attribute.
	 * @see #setFromAddress(String)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationSettings_FromAddress()
	 * @model
	 * @generated
	 */
	String getFromAddress();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationSettings#getFromAddress <em>From Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Address</em>' attribute.
	 * @see #getFromAddress()
	 * @generated
	 */
	void setFromAddress(String value);

	/**
	 * Returns the value of the '<em><b>From Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name shown as the sender, e.g. Customer Advocacy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Name</em>' attribute.
	 * @see #setFromName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationSettings_FromName()
	 * @model
	 * @generated
	 */
	String getFromName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationSettings#getFromName <em>From Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Name</em>' attribute.
	 * @see #getFromName()
	 * @generated
	 */
	void setFromName(String value);

} // NotificationSettings
