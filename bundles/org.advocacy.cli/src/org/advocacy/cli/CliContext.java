// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.PrintStream;
import java.time.Clock;

import org.advocacy.core.persistence.RepositoryStore;

/**
 * What commands work with: where results and problems go, the clock that says what "now" is, and the store that
 * opens and saves repositories.
 *
 * @param out   results
 * @param err   problems and usage
 * @param clock the current time
 * @param store repository persistence
 */
record CliContext(PrintStream out, PrintStream err, Clock clock, RepositoryStore store) {
}
