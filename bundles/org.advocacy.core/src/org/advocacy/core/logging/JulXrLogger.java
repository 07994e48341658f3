// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.logging;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * openhtmltopdf's logging, to plain {@code java.util.logging} loggers of the same names. Its default logger instead
 * reconfigures those loggers on first use: level INFO, no parent handlers, a console handler of its own, which
 * would print "Using fast-mode renderer" to stderr at every PDF whatever {@link LibraryLogging} decided.
 */
final class JulXrLogger implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		Logger.getLogger(where).log(level, message);
	}

	@Override
	public void log(String where, Level level, String message, Throwable problem) {
		Logger.getLogger(where).log(level, message, problem);
	}

	@Override
	public void setLevel(String logger, Level level) {
		Logger.getLogger(logger).setLevel(level);
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
	}
}
