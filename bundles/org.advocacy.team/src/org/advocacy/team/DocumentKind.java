// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__BUSINESS_UNITS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__CUSTOMERS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__DEFAULT_TARGETS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ENGAGEMENTS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NAME;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ORGANIZATION;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__PRODUCT_LINES;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REASONS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEWS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__SEGMENTS;

import java.util.List;
import java.util.Locale;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Organization;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The kinds of document a team repository stores. A repository file splits into one catalog (the repository's
 * name, segments, targets, reasons, business units and product lines), one organization, and one document per
 * customer, engagement and management review; each document's id is its root object's UUID in the file.
 * Engagements and reviews belong to a team; the other kinds are shared by every team.
 */
public enum DocumentKind {
	/** The repository's reference data; its root is an {@link AdvocacyRepository} without the other documents. */
	CATALOG(null),
	/** The {@link Organization}: areas, people, calendars, ladders. */
	ORGANIZATION(ADVOCACY_REPOSITORY__ORGANIZATION),
	/** One {@link Customer}. */
	CUSTOMER(ADVOCACY_REPOSITORY__CUSTOMERS),
	/** One {@link Engagement} with everything it contains. */
	ENGAGEMENT(ADVOCACY_REPOSITORY__ENGAGEMENTS),
	/** One {@link ManagementReview}. */
	REVIEW(ADVOCACY_REPOSITORY__REVIEWS);

	/** The features of the repository root that belong to the {@link #CATALOG} document. */
	public static final List<EStructuralFeature> CATALOG_FEATURES = List.of(ADVOCACY_REPOSITORY__NAME,
			ADVOCACY_REPOSITORY__SEGMENTS, ADVOCACY_REPOSITORY__DEFAULT_TARGETS, ADVOCACY_REPOSITORY__REASONS,
			ADVOCACY_REPOSITORY__BUSINESS_UNITS, ADVOCACY_REPOSITORY__PRODUCT_LINES);

	private final EReference slot;

	DocumentKind(EReference slot) {
		this.slot = slot;
	}

	/** @return the containment of the repository root holding documents of this kind; {@code null} for the catalog */
	public EReference slot() {
		return slot;
	}

	/** @return the kind whose documents a feature of the repository root holds, or {@code null} */
	public static DocumentKind heldIn(EStructuralFeature rootFeature) {
		for (DocumentKind kind : values()) {
			if (kind.slot == rootFeature) {
				return kind;
			}
		}
		return CATALOG_FEATURES.contains(rootFeature) ? CATALOG : null;
	}

	/** @return the name the database uses, such as {@code engagement} */
	public String databaseName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return whether documents of this kind belong to a team rather than being shared by all teams */
	public boolean belongsToTeam() {
		return this == ENGAGEMENT || this == REVIEW;
	}

	/**
	 * @param name the database's name of a kind
	 * @return the kind
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static DocumentKind ofDatabaseName(String name) {
		return valueOf(name.toUpperCase(Locale.ROOT));
	}

	/**
	 * @param root a document's root object
	 * @return the kind of document it is the root of
	 * @throws IllegalArgumentException when the object cannot be a document's root
	 */
	public static DocumentKind of(EObject root) {
		if (root instanceof Engagement) {
			return ENGAGEMENT;
		}
		if (root instanceof Customer) {
			return CUSTOMER;
		}
		if (root instanceof ManagementReview) {
			return REVIEW;
		}
		if (root instanceof Organization) {
			return ORGANIZATION;
		}
		if (root instanceof AdvocacyRepository) {
			return CATALOG;
		}
		throw new IllegalArgumentException("a " + root.eClass().getName() + " is not stored as a document of its own");
	}
}
