// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.advocacy.core.persistence.AtomicFiles;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.notify.NotificationLog;
import org.advocacy.notify.calendar.ScheduledMeeting;
import org.advocacy.notify.calendar.ScheduledMeeting.CalendarMessage;

/**
 * {@code invite <file> review|plan [<ADV-key>] [--out F.ics]}: the iCalendar invitation of the weekly management
 * review, or of a get-well plan's status meetings, for calendar programs to import. It is the meeting's current
 * version, with the UID and SEQUENCE the invitations e-mailed by the watcher carry (a cancellation when the meeting
 * is called off), so importing it updates rather than duplicates the meeting.
 */
final class InviteCommand extends NamedCommand {

	InviteCommand() {
		super("invite",
				"invite <file> review|plan [<ADV-key>] [--out F.ics]   the .ics of the review or a plan's status meetings");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of("out"));
		if (parsed.positionalCount() < 2) {
			throw new UsageException("invite: expected the repository file and review, or plan with an engagement key.");
		}
		Path file = parsed.path(0);
		String which = parsed.positional(1);
		if (!List.of("review", "plan").contains(which)) {
			throw new UsageException("invite: the meeting must be review or plan, not '" + which + "'.");
		}
		parsed.expectPositional(which.equals("review") ? 2 : 3,
				which.equals("review") ? "the repository file and review" : "the repository file, plan and an engagement key");
		AdvocacyRepository repository = context.store().loadRepository(file);
		ScheduledMeeting meeting = meeting(repository, which, parsed, file);
		List<String> problems = meeting.invitation().problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", problems));
		}
		CalendarMessage current = meeting.current(new NotificationLog(repository))
				.orElseThrow(() -> new IllegalArgumentException("\"" + meeting.invitation().summary()
						+ "\" is called off and nobody was invited to it: there is no invitation to write."));
		String calendar = meeting.calendar(current, context.clock().instant());
		if (!parsed.has("out")) {
			context.out().print(calendar);
			return OK;
		}
		Path out = Path.of(parsed.option("out", ""));
		AtomicFiles.write(out, stream -> stream.write(calendar.getBytes(StandardCharsets.UTF_8)));
		context.out().println("Wrote " + (current.method() == ScheduledMeeting.Method.CANCEL ? "the cancellation" : "the invitation")
				+ " of \"" + meeting.invitation().summary() + "\" (SEQUENCE " + current.sequence()
				+ (current.alreadySent() ? ", as e-mailed" : ", not e-mailed yet") + ") to " + out.toAbsolutePath());
		return OK;
	}

	private static ScheduledMeeting meeting(AdvocacyRepository repository, String which, Arguments parsed, Path file) {
		if (which.equals("review")) {
			return ScheduledMeeting.ofReview(repository).orElseThrow(() -> new IllegalArgumentException(
					file.toAbsolutePath() + " schedules no management review meeting yet."));
		}
		Optional<ScheduledMeeting> meeting = ScheduledMeeting
				.ofPlan(EngagementLookup.byKey(repository, parsed.positional(2), file));
		return meeting.orElseThrow(() -> new IllegalArgumentException(parsed.positional(2)
				+ " schedules no status meetings: its get-well plan has no meeting schedule."));
	}
}
