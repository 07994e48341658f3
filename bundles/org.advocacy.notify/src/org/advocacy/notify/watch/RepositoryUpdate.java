// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.watch;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.notify.mail.Delivery;

/**
 * What a delivered notification changes in the repository: its record in the notification log and, for a ladder
 * step, the attempt that starts the next wait. It finds the objects it changes by their identities in the
 * repository it is given, which may be a fresher copy than the one the notification was computed from.
 */
@FunctionalInterface
public interface RepositoryUpdate {

	/**
	 * @param current  the repository as it is now
	 * @param delivery what the mail server accepted
	 * @throws IllegalStateException if an object the update needs was deleted meanwhile
	 */
	void apply(AdvocacyRepository current, Delivery delivery);
}
