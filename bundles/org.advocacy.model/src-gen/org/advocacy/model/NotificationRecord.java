/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Notification Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A notification that left the tool: sent once, recorded only after the mail server accepted it, so that it is never sent again.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.NotificationRecord#getKind <em>Kind</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationRecord#getDedupeKey <em>Dedupe Key</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationRecord#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationRecord#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationRecord#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link org.advocacy.model.NotificationRecord#getAcceptedAt <em>Accepted At</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getNotificationRecord()
 * @model
 * @generated
 */
public interface NotificationRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.NotificationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the notification was about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.advocacy.model.NotificationKind
	 * @see #setKind(NotificationKind)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationRecord_Kind()
	 * @model
	 * @generated
	 */
	NotificationKind getKind();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationRecord#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.advocacy.model.NotificationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NotificationKind value);

	/**
	 * Returns the value of the '<em><b>Dedupe Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What exactly the notification was for (such as one step of one ladder); a notification with the same key is never sent again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dedupe Key</em>' attribute.
	 * @see #setDedupeKey(String)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationRecord_DedupeKey()
	 * @model
	 * @generated
	 */
	String getDedupeKey();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationRecord#getDedupeKey <em>Dedupe Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dedupe Key</em>' attribute.
	 * @see #getDedupeKey()
	 * @generated
	 */
	void setDedupeKey(String value);

	/**
	 * Returns the value of the '<em><b>Recipients</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The addresses it was sent to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recipients</em>' attribute list.
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationRecord_Recipients()
	 * @model
	 * @generated
	 */
	EList<String> getRecipients();

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subject line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationRecord_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationRecord#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Message-ID of the e-mail the mail server accepted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message Id</em>' attribute.
	 * @see #setMessageId(String)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationRecord_MessageId()
	 * @model
	 * @generated
	 */
	String getMessageId();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationRecord#getMessageId <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Id</em>' attribute.
	 * @see #getMessageId()
	 * @generated
	 */
	void setMessageId(String value);

	/**
	 * Returns the value of the '<em><b>Accepted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the mail server accepted it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accepted At</em>' attribute.
	 * @see #setAcceptedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getNotificationRecord_AcceptedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getAcceptedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.NotificationRecord#getAcceptedAt <em>Accepted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accepted At</em>' attribute.
	 * @see #getAcceptedAt()
	 * @generated
	 */
	void setAcceptedAt(Instant value);

} // NotificationRecord
