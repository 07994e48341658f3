/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.NotificationKind;
import org.advocacy.model.NotificationRecord;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Notification Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.NotificationRecordImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationRecordImpl#getDedupeKey <em>Dedupe Key</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationRecordImpl#getRecipients <em>Recipients</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationRecordImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationRecordImpl#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link org.advocacy.model.impl.NotificationRecordImpl#getAcceptedAt <em>Accepted At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NotificationRecordImpl extends MinimalEObjectImpl.Container implements NotificationRecord {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final NotificationKind KIND_EDEFAULT = NotificationKind.LADDER_STEP;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected NotificationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDedupeKey() <em>Dedupe Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDedupeKey()
	 * @generated
	 * @ordered
	 */
	protected static final String DEDUPE_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDedupeKey() <em>Dedupe Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDedupeKey()
	 * @generated
	 * @ordered
	 */
	protected String dedupeKey = DEDUPE_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRecipients() <em>Recipients</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipients()
	 * @generated
	 * @ordered
	 */
	protected EList<String> recipients;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageId() <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageId()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageId() <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageId()
	 * @generated
	 * @ordered
	 */
	protected String messageId = MESSAGE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAcceptedAt() <em>Accepted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ACCEPTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcceptedAt() <em>Accepted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcceptedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant acceptedAt = ACCEPTED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NotificationRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.NOTIFICATION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(NotificationKind newKind) {
		NotificationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_RECORD__KIND, oldKind,
					kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDedupeKey() {
		return dedupeKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDedupeKey(String newDedupeKey) {
		String oldDedupeKey = dedupeKey;
		dedupeKey = newDedupeKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_RECORD__DEDUPE_KEY,
					oldDedupeKey, dedupeKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRecipients() {
		if (recipients == null) {
			recipients = new EDataTypeUniqueEList<String>(String.class, this,
					AdvocacyPackage.NOTIFICATION_RECORD__RECIPIENTS);
		}
		return recipients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_RECORD__SUBJECT,
					oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageId() {
		return messageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageId(String newMessageId) {
		String oldMessageId = messageId;
		messageId = newMessageId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_RECORD__MESSAGE_ID,
					oldMessageId, messageId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcceptedAt(Instant newAcceptedAt) {
		Instant oldAcceptedAt = acceptedAt;
		acceptedAt = newAcceptedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.NOTIFICATION_RECORD__ACCEPTED_AT,
					oldAcceptedAt, acceptedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.NOTIFICATION_RECORD__KIND:
			return getKind();
		case AdvocacyPackage.NOTIFICATION_RECORD__DEDUPE_KEY:
			return getDedupeKey();
		case AdvocacyPackage.NOTIFICATION_RECORD__RECIPIENTS:
			return getRecipients();
		case AdvocacyPackage.NOTIFICATION_RECORD__SUBJECT:
			return getSubject();
		case AdvocacyPackage.NOTIFICATION_RECORD__MESSAGE_ID:
			return getMessageId();
		case AdvocacyPackage.NOTIFICATION_RECORD__ACCEPTED_AT:
			return getAcceptedAt();
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
		case AdvocacyPackage.NOTIFICATION_RECORD__KIND:
			setKind((NotificationKind) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__DEDUPE_KEY:
			setDedupeKey((String) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__RECIPIENTS:
			getRecipients().clear();
			getRecipients().addAll((Collection<? extends String>) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__SUBJECT:
			setSubject((String) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__MESSAGE_ID:
			setMessageId((String) newValue);
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__ACCEPTED_AT:
			setAcceptedAt((Instant) newValue);
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
		case AdvocacyPackage.NOTIFICATION_RECORD__KIND:
			setKind(KIND_EDEFAULT);
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__DEDUPE_KEY:
			setDedupeKey(DEDUPE_KEY_EDEFAULT);
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__RECIPIENTS:
			getRecipients().clear();
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__SUBJECT:
			setSubject(SUBJECT_EDEFAULT);
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__MESSAGE_ID:
			setMessageId(MESSAGE_ID_EDEFAULT);
			return;
		case AdvocacyPackage.NOTIFICATION_RECORD__ACCEPTED_AT:
			setAcceptedAt(ACCEPTED_AT_EDEFAULT);
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
		case AdvocacyPackage.NOTIFICATION_RECORD__KIND:
			return kind != KIND_EDEFAULT;
		case AdvocacyPackage.NOTIFICATION_RECORD__DEDUPE_KEY:
			return DEDUPE_KEY_EDEFAULT == null ? dedupeKey != null : !DEDUPE_KEY_EDEFAULT.equals(dedupeKey);
		case AdvocacyPackage.NOTIFICATION_RECORD__RECIPIENTS:
			return recipients != null && !recipients.isEmpty();
		case AdvocacyPackage.NOTIFICATION_RECORD__SUBJECT:
			return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
		case AdvocacyPackage.NOTIFICATION_RECORD__MESSAGE_ID:
			return MESSAGE_ID_EDEFAULT == null ? messageId != null : !MESSAGE_ID_EDEFAULT.equals(messageId);
		case AdvocacyPackage.NOTIFICATION_RECORD__ACCEPTED_AT:
			return ACCEPTED_AT_EDEFAULT == null ? acceptedAt != null : !ACCEPTED_AT_EDEFAULT.equals(acceptedAt);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", dedupeKey: ");
		result.append(dedupeKey);
		result.append(", recipients: ");
		result.append(recipients);
		result.append(", subject: ");
		result.append(subject);
		result.append(", messageId: ");
		result.append(messageId);
		result.append(", acceptedAt: ");
		result.append(acceptedAt);
		result.append(')');
		return result.toString();
	}

} //NotificationRecordImpl
