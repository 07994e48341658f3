/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A criterion agreed with the customer, e.g. for disengagement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.Criterion#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.Criterion#isMet <em>Met</em>}</li>
 *   <li>{@link org.advocacy.model.Criterion#getMetAt <em>Met At</em>}</li>
 *   <li>{@link org.advocacy.model.Criterion#isCustomerConfirmed <em>Customer Confirmed</em>}</li>
 *   <li>{@link org.advocacy.model.Criterion#getConfirmedAt <em>Confirmed At</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What must be true.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.advocacy.model.AdvocacyPackage#getCriterion_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Criterion#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Met</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether we believe the criterion is met.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Met</em>' attribute.
	 * @see #setMet(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getCriterion_Met()
	 * @model
	 * @generated
	 */
	boolean isMet();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Criterion#isMet <em>Met</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Met</em>' attribute.
	 * @see #isMet()
	 * @generated
	 */
	void setMet(boolean value);

	/**
	 * Returns the value of the '<em><b>Met At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the criterion was met.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Met At</em>' attribute.
	 * @see #setMetAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getCriterion_MetAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getMetAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Criterion#getMetAt <em>Met At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Met At</em>' attribute.
	 * @see #getMetAt()
	 * @generated
	 */
	void setMetAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Customer Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the customer has confirmed that the criterion is met.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Confirmed</em>' attribute.
	 * @see #setCustomerConfirmed(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getCriterion_CustomerConfirmed()
	 * @model
	 * @generated
	 */
	boolean isCustomerConfirmed();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Criterion#isCustomerConfirmed <em>Customer Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Confirmed</em>' attribute.
	 * @see #isCustomerConfirmed()
	 * @generated
	 */
	void setCustomerConfirmed(boolean value);

	/**
	 * Returns the value of the '<em><b>Confirmed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the customer confirmed it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmed At</em>' attribute.
	 * @see #setConfirmedAt(Instant)
	 * @see org.advocacy.model.AdvocacyPackage#getCriterion_ConfirmedAt()
	 * @model dataType="org.advocacy.model.Instant"
	 * @generated
	 */
	Instant getConfirmedAt();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Criterion#getConfirmedAt <em>Confirmed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confirmed At</em>' attribute.
	 * @see #getConfirmedAt()
	 * @generated
	 */
	void setConfirmedAt(Instant value);

} // Criterion
