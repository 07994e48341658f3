// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import static org.advocacy.ui.plan.ProjectFileImportTest.startTheLog4jApiOnAnotherThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.advocacy.core.exports.HtmlToPdf;
import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The bundled libraries' logging in the running product. The Log4j API always has its provider, the bridge to
 * {@code java.util.logging} (fragment {@code org.advocacy.log4j.jul}), so no thread ever waits for one, whichever
 * thread started the Log4j API bundle; a PDF therefore renders on any thread although commons-logging (PDFBox's
 * logging) goes through the Log4j API, with no system property choosing another route; and the libraries' warnings
 * go to the error log, never to the console.
 */
class BundledLibrariesLoggingTest {

	private static final Duration GENEROUS = Duration.ofSeconds(60);

	@Test
	void theLog4jApiFindsItsProviderAndReleasesItsStartUpLockWhicheverThreadStartedIt() throws Exception {
		startTheLog4jApiOnAnotherThread();

		assertTimeoutPreemptively(GENEROUS, () -> {
			assertEquals("org.apache.logging.log4j.tojul.JULLoggerContextFactory",
					LogManager.getFactory().getClass().getName());
			Lock startUp = startUpLock();
			assertTrue(startUp.tryLock(), "no thread keeps the Log4j API's start-up lock");
			startUp.unlock();
		}, "a new thread got a Log4j API logger factory");
	}

	@Test
	void aPdfRendersOnAnyThreadThroughTheLog4jApiWithNoSystemPropertyChoosingAnotherRoute() throws Exception {
		assertNull(System.getProperty("org.apache.commons.logging.LogFactory"),
				"nothing chooses commons-logging's factory any more");
		startTheLog4jApiOnAnotherThread();

		byte[] pdf = assertTimeoutPreemptively(GENEROUS, () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			HtmlToPdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>Executive status</h1>"
					+ "<p>Rendered on a thread that did not start the Log4j API.</p></body></html>", out);
			return out.toByteArray();
		}, "the PDF rendered; it used to wait for ever in PDFBox's first logger");

		assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
		assertEquals("org.apache.commons.logging.impl.Log4jApiLogFactory", LogFactory.getFactory().getClass().getName(),
				"PDFBox's logging goes through the Log4j API, the route that used to hang");
	}

	@Test
	void libraryWarningsGoToTheErrorLogAndNothingToTheConsole() throws Exception {
		List<IStatus> errorLog = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> errorLog.add(status);
		RecordingHandler console = new RecordingHandler();
		Logger root = Logger.getLogger("");
		Platform.addLogListener(listener);
		root.addHandler(console);
		try {
			startTheLog4jApiOnAnotherThread();
			assertTimeoutPreemptively(GENEROUS, () -> {
				org.apache.logging.log4j.Logger poi = LogManager.getLogger("org.apache.poi.probe.OleReader");
				poi.info("read 3 streams");
				poi.warn("stream 2 is truncated");
			});
			LogFactory.getLog("org.apache.pdfbox.probe.PageWriter").warn("an annotation was dropped");
			LogFactory.getLog("org.apache.pdfbox.pdmodel.font.PDType1Font")
					.warn("Using fallback font LiberationSans for base font Helvetica");
		} finally {
			root.removeHandler(console);
			Platform.removeLogListener(listener);
		}

		List<String> logged = errorLog.stream().map(IStatus::getMessage).toList();
		assertTrue(logged.contains("org.apache.poi.probe.OleReader: stream 2 is truncated"), logged.toString());
		assertTrue(logged.contains("org.apache.pdfbox.probe.PageWriter: an annotation was dropped"), logged.toString());
		assertFalse(logged.stream().anyMatch(message -> message.contains("read 3 streams")), "no information");
		assertFalse(logged.stream().anyMatch(message -> message.contains("fallback font")),
				"PDFBox's expected font substitution is no warning");
		assertEquals(List.of(), console.records.stream().map(LogRecord::getLoggerName).toList(),
				"nothing reached the console");
	}

	/** @return the lock the Log4j API's activator takes until it has found a provider (package-private there) */
	private static Lock startUpLock() throws ReflectiveOperationException {
		Field field = Platform.getBundle("org.apache.logging.log4j.api")
				.loadClass("org.apache.logging.log4j.util.ProviderUtil").getDeclaredField("STARTUP_LOCK");
		field.setAccessible(true);
		return (Lock) field.get(null);
	}

	/** Records what reaches the root logger, whose console handler prints to stderr. */
	private static final class RecordingHandler extends Handler {

		final List<LogRecord> records = new CopyOnWriteArrayList<>();

		@Override
		public void publish(LogRecord logRecord) {
			if (logRecord.getLoggerName() != null && !logRecord.getLoggerName().startsWith("org.eclipse")) {
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
	}
}
