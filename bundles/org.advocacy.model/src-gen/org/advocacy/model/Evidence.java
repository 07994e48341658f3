/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of evidence brought to the response meeting, as a link or as a file kept beside the repository.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.Evidence#getKind <em>Kind</em>}</li>
 *   <li>{@link org.advocacy.model.Evidence#getDescription <em>Description</em>}</li>
 *   <li>{@link org.advocacy.model.Evidence#getLink <em>Link</em>}</li>
 *   <li>{@link org.advocacy.model.Evidence#getFile <em>File</em>}</li>
 *   <li>{@link org.advocacy.model.Evidence#getBroughtBy <em>Brought By</em>}</li>
 * </ul>
 *
 * @see org.advocacy.model.AdvocacyPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.advocacy.model.EvidenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of evidence it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.advocacy.model.EvidenceKind
	 * @see #setKind(EvidenceKind)
	 * @see org.advocacy.model.AdvocacyPackage#getEvidence_Kind()
	 * @model
	 * @generated
	 */
	EvidenceKind getKind();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Evidence#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.advocacy.model.EvidenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvidenceKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the evidence is and what it shows.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.advocacy.model.AdvocacyPackage#getEvidence_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Evidence#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the evidence can be found, as a web address (URI), e.g. a report in the ticketing system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link</em>' attribute.
	 * @see #setLink(String)
	 * @see org.advocacy.model.AdvocacyPackage#getEvidence_Link()
	 * @model
	 * @generated
	 */
	String getLink();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Evidence#getLink <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' attribute.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(String value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A copy kept beside the repository, as a path relative to the repository's folder, e.g. evidence/ADV-0042/invoice-march.pdf.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.advocacy.model.AdvocacyPackage#getEvidence_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Evidence#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Brought By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who brings the evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brought By</em>' reference.
	 * @see #setBroughtBy(Person)
	 * @see org.advocacy.model.AdvocacyPackage#getEvidence_BroughtBy()
	 * @model
	 * @generated
	 */
	Person getBroughtBy();

	/**
	 * Sets the value of the '{@link org.advocacy.model.Evidence#getBroughtBy <em>Brought By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brought By</em>' reference.
	 * @see #getBroughtBy()
	 * @generated
	 */
	void setBroughtBy(Person value);

} // Evidence
