// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * What a user may do in a repository. A team store maps its server roles to these and enforces them on the server
 * (the client uses them only to disable what would be refused, with the reason); a file's local user is
 * {@link #OWNER}.
 */
public enum Role {

	/** Reads everything of their teams, changes nothing. */
	READ_ONLY("read-only"),
	/** Runs engagements and keeps customers up to date. */
	ADVOCATE("advocate"),
	/** As an advocate, and also keeps the reference data, the organization and the management reviews. */
	MANAGER("manager"),
	/** As a manager, across every team. */
	DIRECTOR("director"),
	/** The local user of a repository file: every right. */
	OWNER("owner");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/** @return the role's name for a status line, e.g. "read-only" */
	public String label() {
		return label;
	}

	/**
	 * @param kind a kind of document
	 * @return whether this role may create, change and delete documents of that kind
	 */
	public boolean mayWrite(DocumentKind kind) {
		return switch (this) {
		case READ_ONLY -> false;
		case ADVOCATE -> kind == DocumentKind.ENGAGEMENT || kind == DocumentKind.CUSTOMER;
		case MANAGER, DIRECTOR, OWNER -> true;
		};
	}
}
