// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * How to open a repository.
 *
 * @param client      the program, recorded in a team repository's history, e.g. "advocacy cli 1.0"
 * @param clock       the clock of save times and header due times
 * @param credentials asked for a server's credentials with the location and, after a refused attempt, the
 *                    server's reason (else {@code null}); answers empty to give up. Files never ask.
 */
public record OpenOptions(String client, Clock clock,
		BiFunction<ServerLocation, String, Optional<Credentials>> credentials) {

	/** @throws NullPointerException if a part is missing */
	public OpenOptions {
		Objects.requireNonNull(client, "client");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(credentials, "credentials");
	}

	/**
	 * @param client the program
	 * @return options with the system clock that never supply credentials (the server's other methods, such as
	 *         {@code ~/.pgpass}, still apply)
	 */
	public static OpenOptions of(String client) {
		return new OpenOptions(client, Clock.systemDefaultZone(), (location, problem) -> Optional.empty());
	}

	/** @return these options with another clock */
	public OpenOptions withClock(Clock newClock) {
		return new OpenOptions(client, newClock, credentials);
	}
}
