// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.logging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import com.openhtmltopdf.util.XRLog;

/**
 * The one logging set-up of the libraries the product bundles. Every one of them ends up in
 * {@code java.util.logging}: POI and MPXJ log through the Log4j API, and so does PDFBox through commons-logging, which
 * binds to the Log4j API; the Log4j API's provider is the bridge to {@code java.util.logging} (the fragment
 * {@code org.advocacy.log4j.jul}, which the core requires and which also keeps the Log4j API from ever waiting for a
 * provider); openhtmltopdf is told here to log to plain {@code java.util.logging} instead of adding a console handler
 * of its own; JAXB logs there directly.
 * <p>
 * Here the libraries' loggers are cut off from the root logger's console handler, so their chatter never reaches the
 * command line's stderr, and get one destination: the workbench sends their warnings and errors to its error log
 * ({@link #sendTo(Handler)}), the command line discards them ({@link #discard()}): a command reports its own
 * failures. Either call may be repeated; the last one counts.
 */
public final class LibraryLogging {

	/** The {@code java.util.logging} names (package prefixes) under which the bundled libraries log. */
	public static final List<String> LIBRARIES = List.of("org.apache.pdfbox", "org.apache.fontbox", "org.apache.xmpbox",
			"com.openhtmltopdf", "de.rototor.pdfbox", "org.apache.poi", "org.mpxj", "net.sf.mpxj",
			"org.apache.commons", "org.glassfish.jaxb", "jakarta.xml.bind", "com.sun.istack");

	/** @return the {@code java.util.logging} names (package prefixes) under which the bundled libraries log */
	public static List<String> libraries() {
		return LIBRARIES;
	}

	/**
	 * PDFBox warns at every PDF which installed font stands in for each PDF standard font. The reports use only the
	 * standard fonts, on purpose and without embedding them, so the substitution is expected, not a problem.
	 */
	static final String FONT_SUBSTITUTION = "org.apache.pdfbox.pdmodel.font";

	/** Held here because {@code java.util.logging} forgets the settings of a logger nobody references. */
	private static final List<Logger> CONFIGURED = new ArrayList<>();

	private LibraryLogging() {
	}

	/**
	 * Sends the libraries' warnings and errors to one handler and nowhere else.
	 *
	 * @param handler receives every warning and error of the bundled libraries
	 */
	public static synchronized void sendTo(Handler handler) {
		configure(Level.WARNING, handler);
	}

	/** Discards everything the libraries log, so that stdout and stderr carry only what the product says. */
	public static synchronized void discard() {
		configure(Level.OFF, null);
	}

	private static void configure(Level level, Handler handler) {
		XRLog.setLoggerImpl(new JulXrLogger());
		undoWhatTheLibrariesConfigured();
		CONFIGURED.clear();
		for (String name : LIBRARIES) {
			Logger logger = Logger.getLogger(name);
			removeHandlers(logger);
			if (handler != null) {
				logger.addHandler(handler);
			}
			logger.setUseParentHandlers(false);
			logger.setLevel(level);
			CONFIGURED.add(logger);
		}
		Logger fonts = Logger.getLogger(FONT_SUBSTITUTION);
		fonts.setLevel(level == Level.OFF ? Level.OFF : Level.SEVERE);
		CONFIGURED.add(fonts);
	}

	/**
	 * Gives the libraries' own loggers back to their library's logger: a library that logged before this set-up may
	 * have given them levels and console handlers of their own (openhtmltopdf's default logger does).
	 */
	private static void undoWhatTheLibrariesConfigured() {
		LogManager manager = LogManager.getLogManager();
		for (String name : Collections.list(manager.getLoggerNames())) {
			Logger logger = manager.getLogger(name);
			if (logger != null && LIBRARIES.stream().anyMatch(library -> name.startsWith(library + "."))) {
				removeHandlers(logger);
				logger.setUseParentHandlers(true);
				logger.setLevel(null);
			}
		}
	}

	private static void removeHandlers(Logger logger) {
		for (Handler handler : logger.getHandlers()) {
			logger.removeHandler(handler);
		}
	}
}
