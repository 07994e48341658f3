// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.time.LocalDate;
import java.util.Optional;

import org.advocacy.model.Person;

/**
 * What management commits to when the advocate asks for a root-cause improvement: who is accountable, what will be
 * fixed, and the day they will update the management review on it (whitepaper, "Internal management review").
 *
 * @param accountableManager the manager accountable for the improvement, a person of the organization
 * @param commitment         what will be fixed, in the manager's words
 * @param promisedUpdateOn   the day the manager will update the group
 */
public record CommitmentTerms(Person accountableManager, String commitment, LocalDate promisedUpdateOn) {

	/**
	 * @param requestedOn the day the commitment is asked for (or was, when it is edited)
	 * @return why the terms cannot be a commitment, in words the advocate reads; empty when they can
	 */
	public Optional<String> problem(LocalDate requestedOn) {
		if (accountableManager == null) {
			return Optional.of("Choose the manager accountable for the fix.");
		}
		if (commitment == null || commitment.isBlank()) {
			return Optional.of("Say what will be fixed.");
		}
		if (promisedUpdateOn == null) {
			return Optional.of("Give the day " + name() + " will update the management review.");
		}
		if (requestedOn != null && promisedUpdateOn.isBefore(requestedOn)) {
			return Optional.of("The promised update on " + promisedUpdateOn + " is before the commitment was asked for ("
					+ requestedOn + ").");
		}
		return Optional.empty();
	}

	private String name() {
		return accountableManager.getName() == null || accountableManager.getName().isBlank() ? "the manager"
				: accountableManager.getName();
	}
}
