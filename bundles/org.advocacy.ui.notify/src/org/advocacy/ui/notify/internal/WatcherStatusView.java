// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.advocacy.notify.watch.FileWatchLocation;
import org.advocacy.notify.watch.QueuedNotification;
import org.advocacy.notify.watch.WatcherStatus;
import org.advocacy.notify.watch.WatcherStatus.State;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.forms.TextColumns;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The escalation watcher's status for the open repository, as the watcher published it last (it runs elsewhere, as a
 * service): whether it sends or stands by, when its last pass ran, what it sent, what waits for another try and why,
 * and what went wrong. Read in the background every half minute and on <i>Refresh</i>; a watcher whose last pass is
 * long ago is called out, since it has probably stopped.
 */
public class WatcherStatusView extends ViewPart {

	/** The view's id. */
	public static final String ID = "org.advocacy.ui.notify.watcherStatus";

	/** How often the status is read again. */
	static final Duration REFRESH = Duration.ofSeconds(30);
	/** A last pass older than this means the watcher has probably stopped. */
	static final Duration STALE = Duration.ofMinutes(10);

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss");

	private final Clock clock = Clock.systemDefaultZone();
	private final Consumer<RepositorySession> sessionListener = session -> Display.getDefault().asyncExec(this::refresh);
	private Label state;
	private Label lastRun;
	private Label summary;
	private Label sent;
	private TableViewer queue;
	private Label problems;
	private StatusReader reader;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 4).applyTo(parent);
		state = row(parent, "State:");
		state.setFont(JFaceResources.getBannerFont());
		lastRun = row(parent, "Last pass:");
		summary = row(parent, "Summary:");
		sent = row(parent, "Sent:");
		Label queueLabel = new Label(parent, SWT.NONE);
		queueLabel.setText("Waiting for another try:");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(queueLabel);
		queue = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		queue.getTable().setHeaderVisible(true);
		queue.getTable().setLinesVisible(true);
		column("What", 140, entry -> entry.kind().getLiteral());
		column("Subject", 260, QueuedNotification::subject);
		column("To", 160, entry -> String.join(", ", entry.recipients()));
		column("Failed", 55, entry -> Integer.toString(entry.attempts()));
		column("Next try", 130, entry -> AT.format(entry.nextAttemptAt().atZone(ZoneId.systemDefault())));
		column("Why", 360, QueuedNotification::reason);
		queue.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 90).applyTo(queue.getTable());
		problems = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(problems);

		Action refresh = new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		};
		refresh.setToolTipText("Read the watcher's status again");
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().addListener(sessionListener);
		reader = new StatusReader(parent.getDisplay());
		refresh();
	}

	/** Reads the status again, in the background. */
	public void refresh() {
		if (reader != null) {
			RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
			reader.read(session == null ? null : new FileWatchLocation(session.getFile(), clock));
		}
	}

	private void show(FileWatchLocation location, Optional<WatcherStatus> status, String problem) {
		if (state.isDisposed()) {
			return;
		}
		Display display = state.getDisplay();
		if (location == null || status.isEmpty()) {
			state.setText(location == null ? "No repository open" : problem != null ? "Status unreadable" : "Not running");
			state.setForeground(problem == null ? null : display.getSystemColor(SWT.COLOR_DARK_RED));
			lastRun.setText("");
			summary.setText(location == null ? "" : problem != null ? problem
					: "No escalation watcher has run on " + location.file().getFileName() + " yet: until one runs, nobody"
							+ " is e-mailed when a ladder step falls due. Start it on a server with \u201Cadvocacy watch "
							+ location.file() + "\u201D (see the README's Notifications section).");
			sent.setText("");
			queue.setInput(List.of());
			problems.setText("");
		} else {
			WatcherStatus shown = status.get();
			Duration age = shown.lastRunAt() == null ? Duration.ZERO : Duration.between(shown.lastRunAt(), clock.instant());
			boolean stale = shown.state() != State.NOT_STARTED && age.compareTo(STALE) > 0;
			state.setText(stateText(shown.state()) + (stale ? " \u2014 but its last pass is " + ago(age)
					+ " old: it has probably stopped" : ""));
			state.setForeground(stale || shown.state() == State.FAILED ? display.getSystemColor(SWT.COLOR_DARK_RED)
					: shown.queue().isEmpty() ? null : display.getSystemColor(SWT.COLOR_DARK_YELLOW));
			lastRun.setText(shown.lastRunAt() == null ? "never"
					: AT.format(shown.lastRunAt().atZone(ZoneId.systemDefault())) + " (" + ago(age) + " ago)");
			summary.setText(shown.summary());
			sent.setText(shown.sentLastRun() + " in the last pass, " + shown.sentTotal() + " since the watcher started");
			queue.setInput(shown.queue());
			problems.setText(shown.problems().isEmpty() ? "" : "Problems: " + String.join(" ", shown.problems()));
			problems.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
		}
		state.getParent().layout(true, true);
	}

	private static String stateText(State state) {
		return switch (state) {
		case NOT_STARTED -> "Starting";
		case SENDING -> "Sending";
		case STANDBY -> "Standing by (another watcher sends)";
		case FAILED -> "Failed";
		};
	}

	private static String ago(Duration age) {
		if (age.toMinutes() < 1) {
			return Math.max(age.toSeconds(), 0) + " s";
		}
		return age.toHours() < 2 ? age.toMinutes() + " min" : age.toDays() < 2 ? age.toHours() + " h" : age.toDays() + " days";
	}

	private Label row(Composite parent, String title) {
		new Label(parent, SWT.NONE).setText(title);
		Label value = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(value);
		return value;
	}

	private void column(String title, int width, Function<QueuedNotification, String> text) {
		TextColumns.add(queue, title, width, text);
	}

	@Override
	public void setFocus() {
		queue.getControl().setFocus();
	}

	@Override
	public void dispose() {
		AdvocacyUiPlugin.getDefault().getRepositoryManager().removeListener(sessionListener);
		if (reader != null) {
			reader.cancel();
			reader = null;
		}
		super.dispose();
	}

	/** @return the state line, for tests */
	Label getState() {
		return state;
	}

	/** @return the summary line, for tests */
	Label getSummary() {
		return summary;
	}

	/** @return the queue, for tests */
	TableViewer getQueue() {
		return queue;
	}

	/** @return the reading job, for tests to wait for */
	Job getReader() {
		return reader;
	}

	/** Reads the status file in the background and again every {@link #REFRESH}, while the view is open. */
	private final class StatusReader extends Job {

		private final Display display;
		private volatile FileWatchLocation location;

		StatusReader(Display display) {
			super("Reading the escalation watcher's status");
			this.display = display;
			setSystem(true);
		}

		void read(FileWatchLocation where) {
			location = where;
			cancel();
			schedule();
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			FileWatchLocation where = location;
			Optional<WatcherStatus> status = Optional.empty();
			String problem = null;
			if (where != null) {
				try {
					status = where.lastStatus();
				} catch (IOException e) {
					problem = e.getMessage();
				}
			}
			Optional<WatcherStatus> read = status;
			String failure = problem;
			if (!display.isDisposed()) {
				display.asyncExec(() -> show(where, read, failure));
			}
			if (!monitor.isCanceled()) {
				schedule(REFRESH.toMillis());
			}
			return Status.OK_STATUS;
		}
	}
}
