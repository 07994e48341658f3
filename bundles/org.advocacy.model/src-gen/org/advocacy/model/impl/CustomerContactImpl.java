/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Audience;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.CustomerContact;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer Contact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.CustomerContactImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerContactImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerContactImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerContactImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerContactImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerContactImpl#getContactPoints <em>Contact Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerContactImpl extends MinimalEObjectImpl.Container implements CustomerContact {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected static final Audience AUDIENCE_EDEFAULT = Audience.MANAGEMENT;

	/**
	 * The cached value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected Audience audience = AUDIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContactPoints() <em>Contact Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContactPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactPoint> contactPoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomerContactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.CUSTOMER_CONTACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_CONTACT__NAME, oldName,
					name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_CONTACT__TITLE, oldTitle,
					title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Audience getAudience() {
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudience(Audience newAudience) {
		Audience oldAudience = audience;
		audience = newAudience == null ? AUDIENCE_EDEFAULT : newAudience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_CONTACT__AUDIENCE,
					oldAudience, audience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_CONTACT__EMAIL, oldEmail,
					email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER_CONTACT__PHONE, oldPhone,
					phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactPoint> getContactPoints() {
		if (contactPoints == null) {
			contactPoints = new EObjectContainmentEList<ContactPoint>(ContactPoint.class, this,
					AdvocacyPackage.CUSTOMER_CONTACT__CONTACT_POINTS);
		}
		return contactPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.CUSTOMER_CONTACT__CONTACT_POINTS:
			return ((InternalEList<?>) getContactPoints()).basicRemove(otherEnd, msgs);
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
		case AdvocacyPackage.CUSTOMER_CONTACT__NAME:
			return getName();
		case AdvocacyPackage.CUSTOMER_CONTACT__TITLE:
			return getTitle();
		case AdvocacyPackage.CUSTOMER_CONTACT__AUDIENCE:
			return getAudience();
		case AdvocacyPackage.CUSTOMER_CONTACT__EMAIL:
			return getEmail();
		case AdvocacyPackage.CUSTOMER_CONTACT__PHONE:
			return getPhone();
		case AdvocacyPackage.CUSTOMER_CONTACT__CONTACT_POINTS:
			return getContactPoints();
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
		case AdvocacyPackage.CUSTOMER_CONTACT__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__TITLE:
			setTitle((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__AUDIENCE:
			setAudience((Audience) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__EMAIL:
			setEmail((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__PHONE:
			setPhone((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__CONTACT_POINTS:
			getContactPoints().clear();
			getContactPoints().addAll((Collection<? extends ContactPoint>) newValue);
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
		case AdvocacyPackage.CUSTOMER_CONTACT__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__TITLE:
			setTitle(TITLE_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__AUDIENCE:
			setAudience(AUDIENCE_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__EMAIL:
			setEmail(EMAIL_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__PHONE:
			setPhone(PHONE_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER_CONTACT__CONTACT_POINTS:
			getContactPoints().clear();
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
		case AdvocacyPackage.CUSTOMER_CONTACT__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.CUSTOMER_CONTACT__TITLE:
			return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
		case AdvocacyPackage.CUSTOMER_CONTACT__AUDIENCE:
			return audience != AUDIENCE_EDEFAULT;
		case AdvocacyPackage.CUSTOMER_CONTACT__EMAIL:
			return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
		case AdvocacyPackage.CUSTOMER_CONTACT__PHONE:
			return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
		case AdvocacyPackage.CUSTOMER_CONTACT__CONTACT_POINTS:
			return contactPoints != null && !contactPoints.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", title: ");
		result.append(title);
		result.append(", audience: ");
		result.append(audience);
		result.append(", email: ");
		result.append(email);
		result.append(", phone: ");
		result.append(phone);
		result.append(')');
		return result.toString();
	}

} //CustomerContactImpl
