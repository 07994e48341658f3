// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.advocacy.core.logging.LibraryLogging;

/**
 * Watches, while open, what the bundled libraries would print on the console through {@code java.util.logging}:
 * their records that reach the root logger (whose console handler prints to stderr), and console handlers they put
 * on loggers of their own (as openhtmltopdf does unless told otherwise).
 */
public final class ConsoleWatch implements AutoCloseable {

	private final Logger root = Logger.getLogger("");
	private final List<LogRecord> records = new CopyOnWriteArrayList<>();
	private final Handler recorder = new Handler() {

		@Override
		public void publish(LogRecord logRecord) {
			if (isLibrary(logRecord.getLoggerName())) {
				records.add(logRecord);
			}
		}

		@Override
		public void flush() {
			// nothing buffered
		}

		@Override
		public void close() {
			// nothing held
		}
	};

	/** Starts watching. */
	public ConsoleWatch() {
		root.addHandler(recorder);
	}

	/** @return "logger: message" of every library record that reached the console, and every library console */
	public List<String> printed() {
		List<String> printed = new ArrayList<>();
		records.forEach(logRecord -> printed.add(logRecord.getLoggerName() + ": " + logRecord.getMessage()));
		for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
			Logger logger = LogManager.getLogManager().getLogger(name);
			if (logger != null && isLibrary(name)) {
				for (Handler handler : logger.getHandlers()) {
					if (handler instanceof ConsoleHandler) {
						printed.add(name + " prints to the console itself");
					}
				}
			}
		}
		return printed;
	}

	@Override
	public void close() {
		root.removeHandler(recorder);
	}

	private static boolean isLibrary(String loggerName) {
		return loggerName != null && LibraryLogging.libraries().stream().anyMatch(loggerName::startsWith);
	}
}
