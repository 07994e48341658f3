/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An engagement on a management review's agenda.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.ReviewItem#getEngagement <em>Engagement</em>}</li>
 *   <li>{@link org.advocacy.model.ReviewItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.advocacy.model.ReviewItem#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.advocacy.model.ReviewItem#isClosureConfirmed <em>Closure Confirmed</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getReviewItem()
 * @model
 * @generated
 */
public interface ReviewItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Engagement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The engagement discussed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engagement</em>' reference.
	 * @see #setEngagement(Engagement)
	 * @see org.advocacy.model.AdvocacyPackage#getReviewItem_Engagement()
	 * @model required="true"
	 * @generated
	 */
	Engagement getEngagement();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ReviewItem#getEngagement <em>Engagement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engagement</em>' reference.
	 * @see #getEngagement()
	 * @generated
	 */
	void setEngagement(Engagement value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.ReviewItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the engagement is on the agenda.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.advocacy.model.ReviewItemKind
	 * @see #setKind(ReviewItemKind)
	 * @see org.advocacy.model.AdvocacyPackage#getReviewItem_Kind()
	 * @model
	 * @generated
	 */
	ReviewItemKind getKind();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ReviewItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.advocacy.model.ReviewItemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReviewItemKind value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes on the discussion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.advocacy.model.AdvocacyPackage#getReviewItem_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ReviewItem#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Closure Confirmed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the review confirmed the engagement as closed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closure Confirmed</em>' attribute.
	 * @see #setClosureConfirmed(boolean)
	 * @see org.advocacy.model.AdvocacyPackage#getReviewItem_ClosureConfirmed()
	 * @model
	 * @generated
	 */
	boolean isClosureConfirmed();

	/**
	 * Sets the value of the '{@link org.advocacy.model.ReviewItem#isClosureConfirmed <em>Closure Confirmed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closure Confirmed</em>' attribute.
	 * @see #isClosureConfirmed()
	 * @generated
	 */
	void setClosureConfirmed(boolean value);

} // ReviewItem
