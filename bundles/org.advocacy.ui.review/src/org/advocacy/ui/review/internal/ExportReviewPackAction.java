// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Exports the review pack ({@link ReviewPack}) as HTML or PDF, chosen by the file name; with HTML, the charts of
 * the Review Metrics view (when it is open) are saved beside it as PNG images.
 */
public final class ExportReviewPackAction extends Action {

	private final IWorkbenchPage page;
	private final Supplier<RepositorySession> session;
	private final Clock clock;

	/**
	 * @param page    the page whose Review Metrics view provides the chart images
	 * @param session the session to export
	 * @param clock   the clock "now" is read from
	 */
	public ExportReviewPackAction(IWorkbenchPage page, Supplier<RepositorySession> session, Clock clock) {
		super("Export Review Pack...");
		setToolTipText("Export the agenda, metrics, commitments and the open engagements' status as HTML or PDF");
		this.page = page;
		this.session = session;
		this.clock = clock;
	}

	@Override
	public void run() {
		RepositorySession current = session.get();
		if (current == null) {
			return;
		}
		FileDialog dialog = new FileDialog(page.getWorkbenchWindow().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.html", "*.pdf" });
		dialog.setFilterNames(new String[] { "HTML page (*.html)", "PDF document (*.pdf)" });
		dialog.setFileName("review-pack.html");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			List<Path> written = export(current, Path.of(chosen));
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Review Pack",
					"Wrote " + written.stream().map(Path::toString).reduce((a, b) -> a + "\n" + b).orElse(""));
		} catch (IOException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Review Pack",
					"The review pack could not be written to " + chosen + ": " + e.getMessage());
		}
	}

	/**
	 * Renders the PDF off the UI thread: the PDF library initializes its logging on first use, which must not block
	 * the workbench (inside the UI thread it was seen to wait for ever).
	 */
	private void writePdfInBackground(ReviewPack pack, Path file) {
		String html = pack.toHtml();
		org.eclipse.swt.widgets.Display display = page.getWorkbenchWindow().getShell().getDisplay();
		Thread writer = new Thread(() -> {
			String problem = null;
			try (OutputStream out = Files.newOutputStream(file)) {
				org.advocacy.core.exports.HtmlToPdf.render(html, out);
			} catch (IOException | RuntimeException e) {
				problem = e.getMessage();
			}
			String failed = problem;
			display.asyncExec(() -> {
				if (failed != null && !display.isDisposed()) {
					MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Review Pack",
							"The review pack could not be written to " + file + ": " + failed);
				}
			});
		}, "Review pack PDF");
		writer.setDaemon(true);
		writer.start();
	}

	/**
	 * Writes the pack to a file: PDF (rendered in the background) when the name ends in ".pdf", else HTML plus the
	 * chart images.
	 *
	 * @param current the session
	 * @param file    the file to write
	 * @return the files written
	 * @throws IOException when writing fails
	 */
	public List<Path> export(RepositorySession current, Path file) throws IOException {
		ReviewPack pack = new ReviewPack(current.getRepository(), clock.instant());
		List<Path> written = new ArrayList<>();
		if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
			writePdfInBackground(pack, file);
			written.add(file);
			return written;
		}
		Files.writeString(file, pack.toHtml(), StandardCharsets.UTF_8);
		written.add(file);
		if (page.findView(ReviewMetricsView.ID) instanceof ReviewMetricsView metrics) {
			written.addAll(metrics.saveChartImages(file));
		}
		return written;
	}
}
