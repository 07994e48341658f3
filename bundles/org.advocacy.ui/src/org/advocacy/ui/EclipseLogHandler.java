// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Writes {@code java.util.logging} warnings and errors to the Eclipse error log, each entry naming the logger (the
 * library's class) it came from; less severe records are dropped. The workbench gives it the bundled libraries'
 * records ({@link org.advocacy.core.logging.LibraryLogging}).
 */
final class EclipseLogHandler extends Handler {

	private final ILog log;

	/** @param log the error log entries go to */
	EclipseLogHandler(ILog log) {
		this.log = log;
		setLevel(Level.WARNING);
		setFormatter(new SimpleFormatter());
	}

	@Override
	public void publish(LogRecord logRecord) {
		if (!isLoggable(logRecord)) {
			return;
		}
		int severity = logRecord.getLevel().intValue() >= Level.SEVERE.intValue() ? IStatus.ERROR : IStatus.WARNING;
		log.log(new Status(severity, AdvocacyUiPlugin.PLUGIN_ID,
				logRecord.getLoggerName() + ": " + getFormatter().formatMessage(logRecord), logRecord.getThrown()));
	}

	@Override
	public void flush() {
		// Every entry is written as it comes.
	}

	@Override
	public void close() {
		// The error log belongs to the platform.
	}
}
