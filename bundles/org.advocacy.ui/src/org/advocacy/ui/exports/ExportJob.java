// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.persistence.AtomicFiles;
import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Writes the files of an export in the background, one engagement after the other with progress and cancellation.
 * Each file's content is taken from the model on the UI thread (so the model is never read while the user edits
 * it) and written here; a file is written to a temporary file next to it first and then moved into place, so a
 * failed export never leaves half a file. Failures are reported per file, naming the engagement, the file and
 * the reason; the other files are still written.
 */
public final class ExportJob extends Job {

	/** The job family of exports, for waiting on them. */
	public static final Object FAMILY = ExportJob.class;

	/**
	 * One file to write.
	 *
	 * @param engagement the engagement exported
	 * @param file       where its export goes
	 */
	public record Item(Engagement engagement, Path file) {
	}

	private final EngagementExport export;
	private final ExportFormat format;
	private final ExportOptions options;
	private final List<Item> items;
	private final Display display;

	/**
	 * @param export  what is exported
	 * @param format  in which format
	 * @param options the further choices
	 * @param items   the files to write
	 * @param display the display whose thread may read the model
	 */
	public ExportJob(EngagementExport export, ExportFormat format, ExportOptions options, List<Item> items,
			Display display) {
		super("Exporting " + export.title() + (items.size() == 1 ? "" : " of " + items.size() + " engagements"));
		this.export = export;
		this.format = format;
		this.options = options;
		this.items = List.copyOf(items);
		this.display = display;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), items.size());
		List<IStatus> failures = new ArrayList<>();
		for (Item item : items) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(item.file().getFileName().toString());
			try {
				write(item);
			} catch (IOException | RuntimeException e) {
				failures.add(Status.error(export.title() + " of " + item.engagement().getKey() + " was not written to "
						+ item.file() + ": " + WriteFailures.reason(e), e));
			}
			progress.worked(1);
		}
		if (failures.isEmpty()) {
			return Status.OK_STATUS;
		}
		return new MultiStatus(AdvocacyUiPlugin.PLUGIN_ID, 0, failures.toArray(IStatus[]::new),
				failures.size() + " of " + items.size() + " files of the " + export.title() + " export were not written.",
				null);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	private void write(Item item) throws IOException {
		ExportContent[] content = new ExportContent[1];
		IOException[] failure = new IOException[1];
		display.syncExec(() -> {
			try {
				content[0] = format.content().prepare(item.engagement(), options);
			} catch (IOException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			throw failure[0];
		}
		AtomicFiles.write(item.file(), content[0]::writeTo);
	}
}
