/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getAnnualRevenue <em>Annual Revenue</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getCustomerSince <em>Customer Since</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getCustomerUntil <em>Customer Until</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getBusinessUnit <em>Business Unit</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getProductLines <em>Product Lines</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getAccountOwner <em>Account Owner</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#isEscalationRequested <em>Escalation Requested</em>}</li>
 *   <li>{@link org.advocacy.model.impl.CustomerImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomerImpl extends MinimalEObjectImpl.Container implements Customer {
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
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected CustomerSegment segment;

	/**
	 * The default value of the '{@link #getAnnualRevenue() <em>Annual Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRevenue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ANNUAL_REVENUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnualRevenue() <em>Annual Revenue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRevenue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal annualRevenue = ANNUAL_REVENUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerSince() <em>Customer Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSince()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CUSTOMER_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerSince() <em>Customer Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerSince()
	 * @generated
	 * @ordered
	 */
	protected LocalDate customerSince = CUSTOMER_SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCustomerUntil() <em>Customer Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CUSTOMER_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCustomerUntil() <em>Customer Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate customerUntil = CUSTOMER_UNTIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBusinessUnit() <em>Business Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected BusinessUnit businessUnit;

	/**
	 * The cached value of the '{@link #getProductLines() <em>Product Lines</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductLines()
	 * @generated
	 * @ordered
	 */
	protected EList<ProductLine> productLines;

	/**
	 * The cached value of the '{@link #getAccountOwner() <em>Account Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountOwner()
	 * @generated
	 * @ordered
	 */
	protected Person accountOwner;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerContact> contacts;

	/**
	 * The default value of the '{@link #isEscalationRequested() <em>Escalation Requested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEscalationRequested()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ESCALATION_REQUESTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEscalationRequested() <em>Escalation Requested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEscalationRequested()
	 * @generated
	 * @ordered
	 */
	protected boolean escalationRequested = ESCALATION_REQUESTED_EDEFAULT;

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
	protected CustomerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.CUSTOMER;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerSegment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject) segment;
			segment = (CustomerSegment) eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.CUSTOMER__SEGMENT,
							oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerSegment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(CustomerSegment newSegment) {
		CustomerSegment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER__SEGMENT, oldSegment,
					segment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAnnualRevenue() {
		return annualRevenue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualRevenue(BigDecimal newAnnualRevenue) {
		BigDecimal oldAnnualRevenue = annualRevenue;
		annualRevenue = newAnnualRevenue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER__ANNUAL_REVENUE,
					oldAnnualRevenue, annualRevenue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCustomerSince() {
		return customerSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerSince(LocalDate newCustomerSince) {
		LocalDate oldCustomerSince = customerSince;
		customerSince = newCustomerSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER__CUSTOMER_SINCE,
					oldCustomerSince, customerSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCustomerUntil() {
		return customerUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerUntil(LocalDate newCustomerUntil) {
		LocalDate oldCustomerUntil = customerUntil;
		customerUntil = newCustomerUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER__CUSTOMER_UNTIL,
					oldCustomerUntil, customerUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessUnit getBusinessUnit() {
		if (businessUnit != null && businessUnit.eIsProxy()) {
			InternalEObject oldBusinessUnit = (InternalEObject) businessUnit;
			businessUnit = (BusinessUnit) eResolveProxy(oldBusinessUnit);
			if (businessUnit != oldBusinessUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.CUSTOMER__BUSINESS_UNIT,
							oldBusinessUnit, businessUnit));
			}
		}
		return businessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessUnit basicGetBusinessUnit() {
		return businessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessUnit(BusinessUnit newBusinessUnit) {
		BusinessUnit oldBusinessUnit = businessUnit;
		businessUnit = newBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER__BUSINESS_UNIT,
					oldBusinessUnit, businessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProductLine> getProductLines() {
		if (productLines == null) {
			productLines = new EObjectResolvingEList<ProductLine>(ProductLine.class, this,
					AdvocacyPackage.CUSTOMER__PRODUCT_LINES);
		}
		return productLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAccountOwner() {
		if (accountOwner != null && accountOwner.eIsProxy()) {
			InternalEObject oldAccountOwner = (InternalEObject) accountOwner;
			accountOwner = (Person) eResolveProxy(oldAccountOwner);
			if (accountOwner != oldAccountOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AdvocacyPackage.CUSTOMER__ACCOUNT_OWNER,
							oldAccountOwner, accountOwner));
			}
		}
		return accountOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAccountOwner() {
		return accountOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountOwner(Person newAccountOwner) {
		Person oldAccountOwner = accountOwner;
		accountOwner = newAccountOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER__ACCOUNT_OWNER,
					oldAccountOwner, accountOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerContact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<CustomerContact>(CustomerContact.class, this,
					AdvocacyPackage.CUSTOMER__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEscalationRequested() {
		return escalationRequested;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEscalationRequested(boolean newEscalationRequested) {
		boolean oldEscalationRequested = escalationRequested;
		escalationRequested = newEscalationRequested;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER__ESCALATION_REQUESTED,
					oldEscalationRequested, escalationRequested));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.CUSTOMER__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.CUSTOMER__CONTACTS:
			return ((InternalEList<?>) getContacts()).basicRemove(otherEnd, msgs);
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
		case AdvocacyPackage.CUSTOMER__NAME:
			return getName();
		case AdvocacyPackage.CUSTOMER__SEGMENT:
			if (resolve)
				return getSegment();
			return basicGetSegment();
		case AdvocacyPackage.CUSTOMER__ANNUAL_REVENUE:
			return getAnnualRevenue();
		case AdvocacyPackage.CUSTOMER__CUSTOMER_SINCE:
			return getCustomerSince();
		case AdvocacyPackage.CUSTOMER__CUSTOMER_UNTIL:
			return getCustomerUntil();
		case AdvocacyPackage.CUSTOMER__BUSINESS_UNIT:
			if (resolve)
				return getBusinessUnit();
			return basicGetBusinessUnit();
		case AdvocacyPackage.CUSTOMER__PRODUCT_LINES:
			return getProductLines();
		case AdvocacyPackage.CUSTOMER__ACCOUNT_OWNER:
			if (resolve)
				return getAccountOwner();
			return basicGetAccountOwner();
		case AdvocacyPackage.CUSTOMER__CONTACTS:
			return getContacts();
		case AdvocacyPackage.CUSTOMER__ESCALATION_REQUESTED:
			return isEscalationRequested();
		case AdvocacyPackage.CUSTOMER__NOTES:
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
		case AdvocacyPackage.CUSTOMER__NAME:
			setName((String) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__SEGMENT:
			setSegment((CustomerSegment) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__ANNUAL_REVENUE:
			setAnnualRevenue((BigDecimal) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__CUSTOMER_SINCE:
			setCustomerSince((LocalDate) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__CUSTOMER_UNTIL:
			setCustomerUntil((LocalDate) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__BUSINESS_UNIT:
			setBusinessUnit((BusinessUnit) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__PRODUCT_LINES:
			getProductLines().clear();
			getProductLines().addAll((Collection<? extends ProductLine>) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__ACCOUNT_OWNER:
			setAccountOwner((Person) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__CONTACTS:
			getContacts().clear();
			getContacts().addAll((Collection<? extends CustomerContact>) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__ESCALATION_REQUESTED:
			setEscalationRequested((Boolean) newValue);
			return;
		case AdvocacyPackage.CUSTOMER__NOTES:
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
		case AdvocacyPackage.CUSTOMER__NAME:
			setName(NAME_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER__SEGMENT:
			setSegment((CustomerSegment) null);
			return;
		case AdvocacyPackage.CUSTOMER__ANNUAL_REVENUE:
			setAnnualRevenue(ANNUAL_REVENUE_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER__CUSTOMER_SINCE:
			setCustomerSince(CUSTOMER_SINCE_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER__CUSTOMER_UNTIL:
			setCustomerUntil(CUSTOMER_UNTIL_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER__BUSINESS_UNIT:
			setBusinessUnit((BusinessUnit) null);
			return;
		case AdvocacyPackage.CUSTOMER__PRODUCT_LINES:
			getProductLines().clear();
			return;
		case AdvocacyPackage.CUSTOMER__ACCOUNT_OWNER:
			setAccountOwner((Person) null);
			return;
		case AdvocacyPackage.CUSTOMER__CONTACTS:
			getContacts().clear();
			return;
		case AdvocacyPackage.CUSTOMER__ESCALATION_REQUESTED:
			setEscalationRequested(ESCALATION_REQUESTED_EDEFAULT);
			return;
		case AdvocacyPackage.CUSTOMER__NOTES:
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
		case AdvocacyPackage.CUSTOMER__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case AdvocacyPackage.CUSTOMER__SEGMENT:
			return segment != null;
		case AdvocacyPackage.CUSTOMER__ANNUAL_REVENUE:
			return ANNUAL_REVENUE_EDEFAULT == null ? annualRevenue != null
					: !ANNUAL_REVENUE_EDEFAULT.equals(annualRevenue);
		case AdvocacyPackage.CUSTOMER__CUSTOMER_SINCE:
			return CUSTOMER_SINCE_EDEFAULT == null ? customerSince != null
					: !CUSTOMER_SINCE_EDEFAULT.equals(customerSince);
		case AdvocacyPackage.CUSTOMER__CUSTOMER_UNTIL:
			return CUSTOMER_UNTIL_EDEFAULT == null ? customerUntil != null
					: !CUSTOMER_UNTIL_EDEFAULT.equals(customerUntil);
		case AdvocacyPackage.CUSTOMER__BUSINESS_UNIT:
			return businessUnit != null;
		case AdvocacyPackage.CUSTOMER__PRODUCT_LINES:
			return productLines != null && !productLines.isEmpty();
		case AdvocacyPackage.CUSTOMER__ACCOUNT_OWNER:
			return accountOwner != null;
		case AdvocacyPackage.CUSTOMER__CONTACTS:
			return contacts != null && !contacts.isEmpty();
		case AdvocacyPackage.CUSTOMER__ESCALATION_REQUESTED:
			return escalationRequested != ESCALATION_REQUESTED_EDEFAULT;
		case AdvocacyPackage.CUSTOMER__NOTES:
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
		result.append(" (name: ");
		result.append(name);
		result.append(", annualRevenue: ");
		result.append(annualRevenue);
		result.append(", customerSince: ");
		result.append(customerSince);
		result.append(", customerUntil: ");
		result.append(customerUntil);
		result.append(", escalationRequested: ");
		result.append(escalationRequested);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //CustomerImpl
