/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of customers that receives the same level of advocacy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.CustomerSegment#getName <em>Name</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerSegment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerSegment#getAdvocacyLevel <em>Advocacy Level</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerSegment#getOffering <em>Offering</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerSegment#getDrivers <em>Drivers</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerSegment#getWhoMayEngage <em>Who May Engage</em>}</li>
 *   <li>{@link org.advocacy.model.CustomerSegment#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getCustomerSegment()
 * @model
 * @generated
 */
public interface CustomerSegment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the segment, e.g. Strategic accounts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerSegment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerSegment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What sets this segment apart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerSegment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerSegment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Advocacy Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.AdvocacyLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How seasoned an advocate customers in this segment get.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Advocacy Level</em>' attribute.
	 * @see org.advocacy.model.AdvocacyLevel
	 * @see #setAdvocacyLevel(AdvocacyLevel)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerSegment_AdvocacyLevel()
	 * @model
	 * @generated
	 */
	AdvocacyLevel getAdvocacyLevel();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerSegment#getAdvocacyLevel <em>Advocacy Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advocacy Level</em>' attribute.
	 * @see org.advocacy.model.AdvocacyLevel
	 * @see #getAdvocacyLevel()
	 * @generated
	 */
	void setAdvocacyLevel(AdvocacyLevel value);

	/**
	 * Returns the value of the '<em><b>Offering</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.AdvocacyOffering}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether advocacy is offered to all customers in the segment or only when warranted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offering</em>' attribute.
	 * @see org.advocacy.model.AdvocacyOffering
	 * @see #setOffering(AdvocacyOffering)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerSegment_Offering()
	 * @model
	 * @generated
	 */
	AdvocacyOffering getOffering();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerSegment#getOffering <em>Offering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offering</em>' attribute.
	 * @see org.advocacy.model.AdvocacyOffering
	 * @see #getOffering()
	 * @generated
	 */
	void setOffering(AdvocacyOffering value);

	/**
	 * Returns the value of the '<em><b>Drivers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What puts a customer in this segment, e.g. revenue over $10M or name recognition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drivers</em>' attribute.
	 * @see #setDrivers(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerSegment_Drivers()
	 * @model
	 * @generated
	 */
	String getDrivers();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerSegment#getDrivers <em>Drivers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drivers</em>' attribute.
	 * @see #getDrivers()
	 * @generated
	 */
	void setDrivers(String value);

	/**
	 * Returns the value of the '<em><b>Who May Engage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who may engage an advocate for customers in this segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Who May Engage</em>' attribute.
	 * @see #setWhoMayEngage(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerSegment_WhoMayEngage()
	 * @model
	 * @generated
	 */
	String getWhoMayEngage();

	/**
	 * Sets the value of the '{@link org.advocacy.model.CustomerSegment#getWhoMayEngage <em>Who May Engage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Who May Engage</em>' attribute.
	 * @see #getWhoMayEngage()
	 * @generated
	 */
	void setWhoMayEngage(String value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.advocacy.model.ServiceTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service targets for this segment, per urgency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.advocacy.model.AdvocacyPackage#getCustomerSegment_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServiceTarget> getTargets();

} // CustomerSegment
