// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.advocacy.core.exports.HtmlToPdf;
import org.advocacy.tests.harness.ConsoleWatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one logging set-up of the bundled libraries, with the real libraries: a PDF of a page that asks for a style
 * sheet (refused, so openhtmltopdf warns) makes PDFBox, FontBox and openhtmltopdf log.
 */
class LibraryLoggingTest {

	private static final String PAGE_ASKING_FOR_A_FILE = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
			+ "<link rel=\"stylesheet\" href=\"file:///etc/advocacy-refused.css\"/></head>"
			+ "<body><h1>Status</h1><p>Every PDF standard font: <b>bold</b> <i>italic</i> <tt>fixed</tt></p></body></html>";

	private final Recorder destination = new Recorder();

	@AfterEach
	void discardAgain() {
		LibraryLogging.discard();
	}

	@Test
	void theWorkbenchGetsTheLibrariesWarningsAndNothingElseReachesTheConsole() throws IOException {
		LibraryLogging.sendTo(destination);

		List<String> printed;
		try (ConsoleWatch console = new ConsoleWatch()) {
			renderPdf();
			printed = console.printed();
		}

		assertEquals(List.of(), printed);
		assertTrue(destination.messages().stream().anyMatch(message -> message.startsWith("com.openhtmltopdf.load")
				&& message.contains("advocacy-refused.css")), "openhtmltopdf's warning: " + destination.messages());
		assertTrue(destination.records.stream().allMatch(logRecord -> logRecord.getLevel().intValue() >= Level.WARNING
				.intValue()), "no information or debugging: " + destination.messages());
		assertTrue(destination.messages().stream().noneMatch(message -> message.contains("fallback font")),
				"PDFBox's expected font substitution is no warning: " + destination.messages());
	}

	@Test
	void theCommandLineDiscardsEverythingTheLibrariesLog() throws IOException {
		LibraryLogging.discard();

		List<String> printed;
		try (ConsoleWatch console = new ConsoleWatch()) {
			renderPdf();
			printed = console.printed();
		}

		assertEquals(List.of(), printed);
	}

	@Test
	void theLastChoiceCounts() throws IOException {
		LibraryLogging.sendTo(destination);
		LibraryLogging.discard();

		renderPdf();

		assertEquals(List.of(), destination.messages());
	}

	private static void renderPdf() throws IOException {
		HtmlToPdf.render(PAGE_ASKING_FOR_A_FILE, new ByteArrayOutputStream());
	}

	/** A destination that keeps what it gets. */
	private static final class Recorder extends Handler {

		final List<LogRecord> records = new CopyOnWriteArrayList<>();

		@Override
		public void publish(LogRecord logRecord) {
			records.add(logRecord);
		}

		List<String> messages() {
			return records.stream().map(logRecord -> logRecord.getLoggerName() + ": " + logRecord.getMessage()).toList();
		}

		@Override
		public void flush() {
			// nothing buffered
		}

		@Override
		public void close() {
			// nothing held
		}
	}
}
