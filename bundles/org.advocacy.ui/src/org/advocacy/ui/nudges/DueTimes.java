// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.nudges;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.escalation.EngagementReminders;
import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;

/**
 * What the escalation engine says is due, at one instant, for every open engagement of a repository: the next
 * customer update and the next escalation step (the soonest due of its active ladders). Computed once per minute
 * and read by the Engagements view's columns, so that painting a row never runs the engine.
 *
 * @param at       the instant evaluated
 * @param updates  the update cadence of each open engagement
 * @param steps    the soonest-due active ladder of each open engagement that has one
 * @param dueNow   what needs the advocate now: escalation steps due or exhausted, then overdue updates and held
 *                 drafts ready to revise, then customer meetings less than a day away without a dry-run and free
 *                 trials near their switch-off date ({@link EngagementReminders})
 */
public record DueTimes(Instant at, Map<Engagement, UpdateStatus> updates, Map<Engagement, LadderStatus> steps,
		List<Nudge> dueNow) {

	/** Nothing due: no repository open. */
	public static final DueTimes NONE = new DueTimes(Instant.EPOCH, Map.of(), Map.of(), List.of());

	/**
	 * Something that needs the advocate now.
	 *
	 * @param engagement the engagement
	 * @param key        identifies the occurrence (engagement, kind and due time), so it is announced once
	 * @param text       one line a support manager understands
	 */
	public record Nudge(Engagement engagement, String key, String text) {
	}

	/**
	 * Runs the engine.
	 *
	 * @param repository the repository
	 * @param now        the instant to decide for
	 * @return what is due
	 */
	public static DueTimes evaluate(AdvocacyRepository repository, Instant now) {
		return evaluate(repository, now, new EscalationLadder());
	}

	/**
	 * Runs the engine with the given escalation ladder (its warning thresholds).
	 *
	 * @param repository the repository
	 * @param now        the instant to decide for
	 * @param engine     the escalation engine
	 * @return what is due
	 */
	public static DueTimes evaluate(AdvocacyRepository repository, Instant now, EscalationLadder engine) {
		Map<Engagement, UpdateStatus> updates = new HashMap<>();
		List<Nudge> due = new ArrayList<>();
		Map<Engagement, LadderStatus> steps = new HashMap<>();
		for (LadderStatus ladder : engine.activeLadders(repository, now)) {
			steps.putIfAbsent(ladder.engagement(), ladder);
			if (ladder.isDue()) {
				due.add(new Nudge(ladder.engagement(), "step:" + ladder.engagement().getKey() + ":"
						+ ladder.escalation().hashCode() + ":" + ladder.state() + ":" + ladder.dueAt(),
						ladder.engagement().getKey() + ": " + ladder.reason()));
			}
		}
		for (UpdateStatus update : new CustomerUpdates().openEngagements(repository, now)) {
			updates.put(update.engagement(), update);
			if (update.isOverdue() || !update.readyDrafts().isEmpty()) {
				due.add(new Nudge(update.engagement(), "update:" + update.engagement().getKey() + ":"
						+ update.nextDueAt() + ":" + update.readyDrafts().size(),
						update.engagement().getKey() + ": " + update.reason()));
			}
		}
		for (EngagementReminders.Reminder reminder : new EngagementReminders().due(repository, now)) {
			due.add(new Nudge(reminder.engagement(), reminder.kind() + ":" + reminder.engagement().getKey() + ":"
					+ reminder.subject().hashCode() + ":" + reminder.dueAt(), reminder.reason()));
		}
		return new DueTimes(now, Collections.unmodifiableMap(updates), Collections.unmodifiableMap(steps),
				List.copyOf(due));
	}
}
