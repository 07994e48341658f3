// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.util.Locale;

import org.advocacy.core.repository.DocumentKind;
import org.eclipse.emf.ecore.EObject;

/** How the team repository's tables name and place the kinds of document. */
public final class Kinds {

	private Kinds() {
	}

	/** @return the name the database uses, such as {@code engagement} */
	public static String databaseName(DocumentKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param name the database's name of a kind
	 * @return the kind
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static DocumentKind ofDatabaseName(String name) {
		return DocumentKind.valueOf(name.toUpperCase(Locale.ROOT));
	}

	/** @return whether documents of this kind belong to one team (engagements, reviews) rather than to all */
	public static boolean belongsToTeam(DocumentKind kind) {
		return kind == DocumentKind.ENGAGEMENT || kind == DocumentKind.REVIEW;
	}

	/** @return the kind of document the object is the root of, or {@code null} when it cannot be one */
	public static DocumentKind ofRoot(EObject root) {
		for (DocumentKind kind : DocumentKind.values()) {
			if (kind.rootClass() == root.eClass()) {
				return kind;
			}
		}
		return null;
	}
}
