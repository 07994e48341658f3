// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.advocacy.core.persistence.AtomicFiles;
import org.advocacy.core.review.ChartImage;
import org.advocacy.core.review.Dimension;
import org.advocacy.core.review.ReviewPack;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Exports the review pack ({@link ReviewPack}) into a folder as HTML and PDF, both with the agenda, the metric
 * charts, the commitments and every open engagement's one-page status. On the UI thread it only reads the model
 * into the page and draws the charts ({@link ChartImages}); writing the files (each atomically) and rendering the
 * PDF run in a background job with progress and cancellation, since rendering takes seconds.
 */
public final class ExportReviewPackAction extends Action {

	private static final String PLUGIN_ID = "org.advocacy.ui.review";

	private final Supplier<Shell> shell;
	private final Supplier<RepositorySession> session;
	private final Clock clock;

	/**
	 * @param shell   the shell to parent the folder dialog and the messages
	 * @param session the session to export
	 * @param clock   the clock "now" is read from
	 */
	public ExportReviewPackAction(Supplier<Shell> shell, Supplier<RepositorySession> session, Clock clock) {
		super("Export Review Pack...");
		setToolTipText("Export the agenda, the metric charts, the commitments and every open engagement's status "
				+ "as HTML and PDF into a folder");
		this.shell = shell;
		this.session = session;
		this.clock = clock;
	}

	@Override
	public void run() {
		RepositorySession current = session.get();
		if (current == null) {
			return;
		}
		DirectoryDialog dialog = new DirectoryDialog(shell.get());
		dialog.setText("Export Review Pack");
		dialog.setMessage("Choose the folder for the review pack (HTML and PDF).");
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Job job = export(current, Path.of(chosen));
		Display display = shell.get().getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> report(event.getResult()));
			}
		});
	}

	/** Says where the pack went; the workbench itself reports a job that failed, with its reason. */
	private void report(IStatus result) {
		Shell parent = shell.get();
		if (result.isOK() && !parent.isDisposed()) {
			MessageDialog.openInformation(parent, "Review Pack", result.getMessage());
		}
	}

	/**
	 * Prepares the pack on the calling (UI) thread and schedules the job that writes
	 * {@code review-pack-<date>.html} and {@code .pdf} into the folder.
	 *
	 * @param current the session
	 * @param folder  an existing folder
	 * @return the scheduled job; its result says which files were written, or why not
	 */
	public Job export(RepositorySession current, Path folder) {
		ZoneId zone = clock.getZone();
		ReviewPack pack = new ReviewPack(current.getRepository(), clock.instant(), zone);
		List<ChartImage> charts = ChartImages.draw(Display.getCurrent(),
				MetricsCharts.all(pack.metrics(), Dimension.SEGMENT));
		String html = pack.toHtml(charts);
		String name = "review-pack-" + LocalDate.ofInstant(clock.instant(), zone);
		Path page = folder.resolve(name + ".html");
		Path pdf = folder.resolve(name + ".pdf");
		Job job = Job.create("Exporting the review pack to " + folder, monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 2);
			try {
				progress.split(1);
				AtomicFiles.write(page, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
				progress.split(1);
				AtomicFiles.write(pdf, out -> ReviewPack.toPdf(html, out));
				return new Status(IStatus.OK, PLUGIN_ID, "Wrote the review pack to\n" + page + "\n" + pdf);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException | RuntimeException e) {
				return new Status(IStatus.ERROR, PLUGIN_ID,
						"The review pack could not be written to " + folder + ": " + e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}
}
