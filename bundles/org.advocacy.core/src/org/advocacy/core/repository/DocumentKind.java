// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__CUSTOMERS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ENGAGEMENTS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ORGANIZATION;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEWS;

import java.util.List;

import org.advocacy.model.AdvocacyPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The units a repository is stored, versioned, locked and merged in. A working model has one
 * {@link org.advocacy.model.AdvocacyRepository} root, exactly like a file; each document is a part of it:
 * <ul>
 * <li>{@link #CATALOG}: the root object itself, restricted to the repository's name and its reference data
 * (segments with their service targets, default targets, reasons, business units, product lines);</li>
 * <li>{@link #ORGANIZATION}: the {@code organization} subtree (areas and ladders, people, calendars);</li>
 * <li>{@link #CUSTOMER}, {@link #ENGAGEMENT}, {@link #REVIEW}: one element of the root's {@code customers},
 * {@code engagements} or {@code reviews} with everything it contains.</li>
 * </ul>
 * Everything else a document points to (an engagement's customer, advocate or reason, a review item's
 * engagement) is a reference to another document, by UUID.
 */
public enum DocumentKind {

	/** The repository's name and reference data, stored under the UUID of the repository root. */
	CATALOG(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY, null),
	/** The organization: functional areas with their who-to-call ladders, people, business calendars. */
	ORGANIZATION(AdvocacyPackage.Literals.ORGANIZATION, ADVOCACY_REPOSITORY__ORGANIZATION),
	/** One customer with its contacts. */
	CUSTOMER(AdvocacyPackage.Literals.CUSTOMER, ADVOCACY_REPOSITORY__CUSTOMERS),
	/** One engagement with everything it contains (summary, plan, escalations, communications, effort). */
	ENGAGEMENT(AdvocacyPackage.Literals.ENGAGEMENT, ADVOCACY_REPOSITORY__ENGAGEMENTS),
	/** One management review with its items and root-cause commitments. */
	REVIEW(AdvocacyPackage.Literals.MANAGEMENT_REVIEW, ADVOCACY_REPOSITORY__REVIEWS);

	/**
	 * The features of the repository root that belong to the {@link #CATALOG} document: every feature of the root
	 * but the containments holding the other documents (name, reference data, the repository's rules, notification
	 * settings and log, the review schedule), so that a feature added to the root is stored with the catalog.
	 */
	public static final List<EStructuralFeature> CATALOG_FEATURES = AdvocacyPackage.Literals.ADVOCACY_REPOSITORY
			.getEAllStructuralFeatures().stream()
			.filter(feature -> !List.of(ADVOCACY_REPOSITORY__ORGANIZATION, ADVOCACY_REPOSITORY__CUSTOMERS,
					ADVOCACY_REPOSITORY__ENGAGEMENTS, ADVOCACY_REPOSITORY__REVIEWS).contains(feature))
			.toList();

	private final EClass rootClass;
	private final EReference slot;

	DocumentKind(EClass rootClass, EReference slot) {
		this.rootClass = rootClass;
		this.slot = slot;
	}

	/** @return the class of the document's root object */
	public EClass rootClass() {
		return rootClass;
	}

	/**
	 * @return the containment of the repository root that holds documents of this kind, or {@code null} for the
	 *         catalog, which is the root itself
	 */
	public EReference slot() {
		return slot;
	}

	/** @return whether there is one document of this kind per repository (catalog, organization) */
	public boolean isSingleton() {
		return slot == null || !slot.isMany();
	}

	/**
	 * @param feature a feature of the document's root object
	 * @return whether the feature's value is part of this document (for the catalog only its own features are;
	 *         for other kinds every feature of the root is)
	 */
	public boolean owns(EStructuralFeature feature) {
		return this != CATALOG || CATALOG_FEATURES.contains(feature);
	}

	/** @return the kind whose documents are held in a containment of the repository root, or {@code null} */
	public static DocumentKind heldIn(EStructuralFeature rootFeature) {
		for (DocumentKind kind : values()) {
			if (kind.slot == rootFeature) {
				return kind;
			}
		}
		return CATALOG_FEATURES.contains(rootFeature) ? CATALOG : null;
	}
}
