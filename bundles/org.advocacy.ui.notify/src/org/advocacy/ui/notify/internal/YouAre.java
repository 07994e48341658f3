// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.util.Objects;
import java.util.Optional;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Person;
import org.advocacy.notify.compose.People;
import org.eclipse.core.runtime.Platform;

/**
 * Who the user of this workbench is: the person chosen as <i>You are</i> in the Customer Advocacy preferences, found in
 * a repository's organization by name. Mail defaults (a test message's recipient, a new meeting's organizer) start
 * from them.
 */
final class YouAre {

	private static final String PREFERENCES = "org.advocacy.ui";
	private static final String YOU_ARE = "youAre";

	private YouAre() {
	}

	/** @return the person, when the preference names one of the repository's people */
	static Optional<Person> in(AdvocacyRepository repository) {
		String name = Platform.getPreferencesService().getString(PREFERENCES, YOU_ARE, "", null);
		if (name.isBlank() || repository.getOrganization() == null) {
			return Optional.empty();
		}
		return repository.getOrganization().getPeople().stream().filter(person -> Objects.equals(name, person.getName()))
				.findFirst();
	}

	/** @return the person's e-mail address, when they have one */
	static Optional<String> email(AdvocacyRepository repository) {
		return in(repository).map(People::email);
	}
}
