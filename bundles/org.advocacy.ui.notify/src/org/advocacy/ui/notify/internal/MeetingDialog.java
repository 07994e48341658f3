// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.advocacy.core.commands.EngagementCommands;
import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.persistence.AtomicFiles;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.Person;
import org.advocacy.notify.NotificationLog;
import org.advocacy.notify.calendar.MeetingMailer;
import org.advocacy.notify.calendar.ScheduledMeeting;
import org.advocacy.notify.calendar.ScheduledMeeting.CalendarMessage;
import org.advocacy.notify.compose.People;
import org.advocacy.notify.mail.Delivery;
import org.advocacy.notify.mail.DeliveryException;
import org.advocacy.notify.mail.InvalidAddressException;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Schedules a recurring meeting — a get-well plan's status meetings, the weekly management review — and invites to
 * it: when (in the meeting's own time zone, so a weekly meeting keeps its local time across daylight-saving changes),
 * how long, how often and until when, where, who runs it and who attends. <i>Send Invitation</i> e-mails the
 * meeting's current version (an update with the next SEQUENCE once it changed, a cancellation once it is called off),
 * <i>Save as .ics…</i> writes it for calendar programs to import. Both first record the schedule as it was edited, as
 * one command; what was sent is logged as another, under the key the escalation watcher uses, so it does not send it
 * again.
 */
final class MeetingDialog extends MailDialog {

	private static final int SAVE_ID = 1025;
	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final String[] REPEATS = { "Once", "Every week", "Every 2 weeks", "Every 3 weeks", "Every 4 weeks" };

	private final MeetingTarget target;
	private Text start;
	private Combo zone;
	private Spinner duration;
	private Combo repeat;
	private Text until;
	private Text location;
	private Combo organizer;
	private CheckboxTableViewer attendees;
	private CheckboxTableViewer customerAttendees;
	private Button cancelled;
	private Label logged;

	/**
	 * @param shell   the parent shell
	 * @param session the repository
	 * @param target  the meeting
	 * @param clock   the clock
	 */
	MeetingDialog(Shell shell, RepositorySession session, MeetingTarget target, Clock clock) {
		super(shell, session, clock);
		this.target = target;
	}

	@Override
	protected String title() {
		return target.title();
	}

	@Override
	protected String actionLabel() {
		return "Send &Invitation";
	}

	@Override
	protected void createContent(Composite area) {
		MeetingSchedule shown = target.schedule() == null ? newSchedule() : target.schedule();
		Composite when = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(8, 6).applyTo(when);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(when);
		ZoneId meetingZone = shown.getTimeZone() == null ? clock().getZone() : shown.getTimeZone();
		start = text(when, "&First meeting:", shown.getFirstStart() == null ? ""
				: START.format(shown.getFirstStart().atZone(meetingZone)), "2026-11-24 09:00");
		label(when, "Time &zone:");
		zone = new Combo(when, SWT.DROP_DOWN);
		zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toArray(String[]::new));
		zone.setText(meetingZone.getId());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(zone);
		label(when, "&Duration (minutes):");
		duration = new Spinner(when, SWT.BORDER);
		duration.setValues(shown.getDurationMinutes() <= 0 ? 30 : shown.getDurationMinutes(), 5, 8 * 60, 0, 5, 15);
		label(when, "&Repeats:");
		repeat = new Combo(when, SWT.READ_ONLY);
		repeat.setItems(REPEATS);
		repeat.select(Math.min(Math.max(shown.getRepeatEveryWeeks(), 0), REPEATS.length - 1));
		until = text(when, "&Until:", shown.getRepeatUntil() == null ? "" : shown.getRepeatUntil().toString(),
				"last day, e.g. 2027-03-31 (empty: until further notice)");
		location = text(when, "&Where:", Objects.toString(shown.getLocation(), ""), "room, dial-in or video link");
		label(when, "&Organizer:");
		organizer = new Combo(when, SWT.READ_ONLY);
		organizer.setItems(target.people().stream().map(MeetingDialog::nameAndEmail).toArray(String[]::new));
		organizer.select(target.people().indexOf(shown.getOrganizer()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(organizer);

		label(area, "&Colleagues invited:");
		attendees = checklist(area, target.people(), MeetingDialog::nameAndEmail, 6);
		attendees.setCheckedElements(shown.getAttendees().toArray());
		if (!target.customerPeople().isEmpty()) {
			label(area, "C&ustomer's people invited:");
			customerAttendees = checklist(area, target.customerPeople(),
					contact -> Objects.toString(contact.getName(), "") + " <" + contact.getEmail() + ">", 3);
			customerAttendees.setCheckedElements(shown.getCustomerAttendees().toArray());
		}
		cancelled = new Button(area, SWT.CHECK);
		cancelled.setText("C&all the meetings off: those invited receive a cancellation");
		cancelled.setSelection(shown.isCancelled());
		logged = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(logged);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, SAVE_ID, "Save as .&ics\u2026", false);
		super.createButtonsForButtonBar(parent);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == SAVE_ID) {
			FileDialog files = new FileDialog(getShell(), SWT.SAVE);
			files.setFilterExtensions(new String[] { "*.ics" });
			files.setFileName(target.title().replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase() + ".ics");
			files.setOverwrite(true);
			String chosen = files.open();
			if (chosen != null) {
				saveAs(Path.of(chosen));
			}
			return;
		}
		super.buttonPressed(buttonId);
	}

	@Override
	protected void contentReady() {
		showLog();
	}

	/** Says what was sent of the meeting so far, from the notification log. */
	private void showLog() {
		Optional<ScheduledMeeting> meeting = target.meeting().get();
		NotificationLog log = new NotificationLog(session().getRepository());
		Optional<CalendarMessage> current = meeting.flatMap(scheduled -> scheduled.current(log));
		logged.setText(current.filter(CalendarMessage::alreadySent)
				.map(sent -> "Sent so far: " + (sent.method() == ScheduledMeeting.Method.CANCEL ? "the cancellation"
						: "the invitation with SEQUENCE " + sent.sequence()) + ". Changes go out as an update.")
				.orElse(current.isPresent() ? "The current version has not been sent yet." : "Nobody has been invited yet."));
		logged.getParent().layout(true);
	}

	@Override
	protected void act() {
		Optional<ScheduledMeeting> applied = apply();
		if (applied.isEmpty() || smtp() == null) {
			return;
		}
		ScheduledMeeting meeting = applied.get();
		Optional<CalendarMessage> current = meeting.current(new NotificationLog(session().getRepository()));
		if (current.isEmpty()) {
			setMessage("The meetings are called off and nobody was invited: there is nothing to send.",
					IMessageProvider.WARNING);
			return;
		}
		CalendarMessage message = current.get();
		MeetingMailer.Composed composed;
		try {
			composed = MeetingMailer.compose(meeting, message, smtp().server().sender(), clock().instant());
		} catch (InvalidAddressException e) {
			setMessage(e.getMessage(), IMessageProvider.ERROR);
			return;
		}
		send(smtp(), composed.mail(), new MailJob.Outcome() {
			@Override
			public void delivered(Delivery delivery) {
				execute(EngagementCommands.apply(session().getEditingDomain(), "Send Meeting Invitation",
						List.of(meeting.logged(MeetingMailer.record(message, composed, delivery)))));
				String what = "\u201C" + composed.subject() + "\u201D (SEQUENCE " + message.sequence() + ")";
				succeeded("Sent " + what + " at " + time(delivery) + " to " + composed.mail().to().size()
						+ " people; the mail server accepted it as " + delivery.messageId() + ".",
						what + " was sent after all, at " + time(delivery) + ", and is logged.");
				showLogIfOpen();
			}

			@Override
			public void failed(DeliveryException problem) {
				failedToSend(problem.getMessage() + " Nothing was logged.");
			}

			@Override
			public void cancelled() {
				cancelledBeforeSending();
			}
		});
	}

	/**
	 * Saves the meeting's current version as an iCalendar file, in the background.
	 *
	 * @param file where to write it
	 * @return the job writing it, or {@code null} when the schedule cannot be saved as it stands
	 */
	Job saveAs(Path file) {
		Optional<ScheduledMeeting> applied = apply();
		if (applied.isEmpty()) {
			return null;
		}
		Optional<CalendarMessage> current = applied.get().current(new NotificationLog(session().getRepository()));
		if (current.isEmpty()) {
			setMessage("The meetings are called off and nobody was invited: there is no invitation to save.",
					IMessageProvider.WARNING);
			return null;
		}
		String calendar = applied.get().calendar(current.get(), clock().instant());
		Job job = Job.create("Saving " + file.getFileName(), monitor -> {
			try {
				AtomicFiles.write(file, out -> out.write(calendar.getBytes(StandardCharsets.UTF_8)));
				return Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error(file + " could not be written: " + e.getMessage(), e);
			}
		});
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				getShell().getDisplay().asyncExec(() -> {
					if (getShell() != null && !getShell().isDisposed()) {
						setMessage(result.isOK() ? "Saved to " + file + " (SEQUENCE " + current.get().sequence() + ")."
								: "Not saved: " + result.getMessage(), result.isOK() ? IMessageProvider.INFORMATION
										: IMessageProvider.ERROR);
					}
				});
			}
		});
		job.schedule();
		return job;
	}

	/**
	 * Records the schedule as edited, as one command, when it differs from the repository's.
	 *
	 * @return the meeting as the repository has it now; empty when the fields have a problem (shown) or the schedule
	 *         cannot become an invitation
	 */
	private Optional<ScheduledMeeting> apply() {
		MeetingSchedule edited;
		try {
			edited = edited();
		} catch (IllegalArgumentException | DateTimeException e) {
			setMessage(e.getMessage(), IMessageProvider.ERROR);
			return Optional.empty();
		}
		Command change = FeatureCommands.applyValues(session().getEditingDomain(), target.changeLabel(), target.owner(),
				target.feature(), edited);
		if (change.canExecute()) {
			execute(change);
		}
		Optional<ScheduledMeeting> meeting = target.meeting().get();
		List<String> problems = meeting.map(scheduled -> scheduled.invitation().problems()).orElse(List.of());
		if (!problems.isEmpty()) {
			setMessage(String.join(" ", problems), IMessageProvider.ERROR);
			return Optional.empty();
		}
		setMessage(null);
		return meeting;
	}

	/** @return the schedule as the fields say, a new object contained nowhere */
	private MeetingSchedule edited() {
		ZoneId meetingZone;
		try {
			meetingZone = ZoneId.of(zone.getText().strip());
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("\u201C" + zone.getText() + "\u201D is not a time zone; choose one such as"
					+ " Europe/Berlin.");
		}
		MeetingSchedule schedule = target.schedule() == null ? AdvocacyFactory.eINSTANCE.createMeetingSchedule()
				: EcoreUtil.copy(target.schedule());
		try {
			schedule.setFirstStart(LocalDateTime.parse(start.getText().strip(), START).atZone(meetingZone).toInstant());
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("The first meeting must be a date and time like 2026-11-24 09:00, not \u201C"
					+ start.getText() + "\u201D.");
		}
		schedule.setTimeZone(meetingZone);
		schedule.setDurationMinutes(duration.getSelection());
		schedule.setRepeatEveryWeeks(repeat.getSelectionIndex());
		try {
			schedule.setRepeatUntil(until.getText().isBlank() ? null : LocalDate.parse(until.getText().strip()));
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("The last day must be a date like 2027-03-31, or empty, not \u201C"
					+ until.getText() + "\u201D.");
		}
		schedule.setLocation(location.getText().isBlank() ? null : location.getText().strip());
		int chosen = organizer.getSelectionIndex();
		schedule.setOrganizer(chosen < 0 ? null : target.people().get(chosen));
		schedule.getAttendees().clear();
		schedule.getAttendees().addAll(checked(attendees, Person.class));
		schedule.getCustomerAttendees().clear();
		if (customerAttendees != null) {
			schedule.getCustomerAttendees().addAll(checked(customerAttendees, CustomerContact.class));
		}
		schedule.setCancelled(cancelled.getSelection());
		return schedule;
	}

	/** @return a first schedule: next Tuesday at 10:00 in the user's zone, 30 minutes, every week */
	private MeetingSchedule newSchedule() {
		MeetingSchedule schedule = AdvocacyFactory.eINSTANCE.createMeetingSchedule();
		schedule.setFirstStart(LocalDate.now(clock()).with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).atTime(10, 0)
				.atZone(clock().getZone()).toInstant().truncatedTo(ChronoUnit.MINUTES));
		schedule.setTimeZone(clock().getZone());
		schedule.setDurationMinutes(30);
		schedule.setRepeatEveryWeeks(1);
		schedule.setOrganizer(target.defaultOrganizer());
		return schedule;
	}

	private void showLogIfOpen() {
		if (logged != null && !logged.isDisposed()) {
			showLog();
		}
	}

	private static <T> List<T> checked(CheckboxTableViewer viewer, Class<T> type) {
		List<T> checked = new ArrayList<>();
		for (Object element : viewer.getCheckedElements()) {
			checked.add(type.cast(element));
		}
		return checked;
	}

	private static <T> CheckboxTableViewer checklist(Composite parent, List<T> elements, Function<T, String> text,
			int rows) {
		CheckboxTableViewer viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return text.apply((T) element);
			}
		});
		viewer.setInput(elements);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, viewer.getTable().getItemHeight() * rows)
				.applyTo(viewer.getTable());
		return viewer;
	}

	private static String nameAndEmail(Person person) {
		return People.name(person) + " <" + People.email(person) + ">";
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Text text(Composite parent, String label, String value, String hint) {
		label(parent, label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** @return the colleagues' checklist, for tests */
	CheckboxTableViewer getAttendees() {
		return attendees;
	}

	/** @return the first meeting's field, for tests */
	Text getStart() {
		return start;
	}

	/** @return the time zone chooser, for tests */
	Combo getZone() {
		return zone;
	}

	/** @return the call-off box, for tests */
	Button getCancelled() {
		return cancelled;
	}
}
