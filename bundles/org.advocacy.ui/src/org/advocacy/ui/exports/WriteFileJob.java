// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.advocacy.core.persistence.AtomicFiles;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Writes one file the user chose, in the background, with progress and cancellation. What goes into the file was
 * taken from the model, or drawn, on the UI thread before; here the bytes are produced and written. The file is
 * written atomically ({@link AtomicFiles}): a failure or a cancel leaves it as it was. A failure is the job's error
 * result, naming what was written, where, and why; the workbench reports it.
 */
public final class WriteFileJob extends Job {

	/** The family of these jobs, for waiting on them. */
	public static final Object FAMILY = WriteFileJob.class;

	private final String what;
	private final Path file;
	private final AtomicFiles.Content content;

	/**
	 * @param what    what is written, for the progress and the messages, e.g. "the escalation graph as PNG"
	 * @param file    the file to create or replace
	 * @param content produces the bytes, on the job's thread
	 */
	public WriteFileJob(String what, Path file, AtomicFiles.Content content) {
		super("Writing " + what + " to " + file.getFileName());
		this.what = what;
		this.file = file;
		this.content = content;
		setUser(true);
	}

	/**
	 * @param what  what is written
	 * @param file  the PNG file
	 * @param image the picture, drawn on the UI thread
	 * @return a job (not yet scheduled) that encodes the picture as PNG into the file
	 */
	public static WriteFileJob png(String what, Path file, ImageData image) {
		return new WriteFileJob(what, file, out -> {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image };
			loader.save(out, SWT.IMAGE_PNG);
		});
	}

	/**
	 * @param what what is written
	 * @param file the text file
	 * @param text its content, written as UTF-8
	 * @return a job (not yet scheduled) that writes the text into the file
	 */
	public static WriteFileJob text(String what, Path file, String text) {
		return new WriteFileJob(what, file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 1);
		try {
			AtomicFiles.write(file, out -> content.writeTo(new CancelableOutputStream(out, progress)));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return Status.error("Could not write " + what + " to " + file + ": " + WriteFailures.reason(e), e);
		} finally {
			monitor.done();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Stops the writing, and so leaves the file as it was, as soon as the user cancels. */
	private static final class CancelableOutputStream extends FilterOutputStream {

		private final IProgressMonitor monitor;

		CancelableOutputStream(OutputStream out, IProgressMonitor monitor) {
			super(out);
			this.monitor = monitor;
		}

		@Override
		public void write(int b) throws IOException {
			checkCanceled();
			out.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			checkCanceled();
			out.write(bytes, offset, length);
		}

		private void checkCanceled() {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
	}
}
