// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

import org.advocacy.core.persistence.RepositoryStore;

/**
 * What commands work with: where results and problems go, the clock that says what "now" is, the store that opens
 * and saves repositories, and the process's environment (where the watcher finds its secrets).
 *
 * @param out         results
 * @param err         problems and usage
 * @param clock       the current time
 * @param store       repository persistence
 * @param environment the environment variables
 */
record CliContext(PrintStream out, PrintStream err, Clock clock, RepositoryStore store,
		Map<String, String> environment) {
}
