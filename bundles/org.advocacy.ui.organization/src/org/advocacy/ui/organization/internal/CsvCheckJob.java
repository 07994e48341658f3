// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.advocacy.core.imports.CsvImport;
import org.advocacy.core.imports.CsvImporter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Reads and checks a CSV file to import with the engine's importer, off the UI thread; changes nothing. The
 * outcome — the engine's problems or its one command, and the first lines of the file for the preview — goes to a
 * consumer, which must switch to the UI thread itself.
 */
final class CsvCheckJob extends Job {

	/** How many lines of the file the preview shows. */
	static final int PREVIEW_LINES = 200;

	/**
	 * What the check found.
	 *
	 * @param file     the file checked
	 * @param preview  its first lines, as text (may be cut short)
	 * @param prepared the engine's outcome, or {@code null} when the file could not be read
	 * @param failure  why the file could not be read, or {@code null}
	 */
	record Outcome(Path file, List<String> preview, CsvImport prepared, IOException failure) {
	}

	private final CsvImporter<?, ?> importer;
	private final Path file;
	private final Consumer<Outcome> done;

	/**
	 * @param importer the engine's importer for the open repository
	 * @param file     the CSV file
	 * @param done     receives the outcome, on the job's thread
	 */
	CsvCheckJob(CsvImporter<?, ?> importer, Path file, Consumer<Outcome> done) {
		super("Checking " + file.getFileName());
		this.importer = importer;
		this.file = file;
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), 2);
		try {
			List<String> preview = preview(file);
			monitor.worked(1);
			CsvImport prepared = importer.prepare(file);
			monitor.worked(1);
			done.accept(new Outcome(file, preview, prepared, null));
		} catch (IOException e) {
			done.accept(new Outcome(file, List.of(), null, e));
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	/** @return the first lines; bytes that are not UTF-8 read as replacement characters (the check names them) */
	private static List<String> preview(Path file) throws IOException {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
			return reader.lines().limit(PREVIEW_LINES).toList();
		}
	}
}
