// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.RootCauseCommitment;

/**
 * Finds the root-cause commitments made in management reviews whose promised update date has passed while they are
 * neither done nor dropped, for the weekly review agenda and the command line. A promise is kept through its whole
 * promised day; it is overdue from the next day. A pure function of the model and the date or instant passed in.
 */
public final class OverdueCommitments {

	private static final Comparator<OverdueCommitment> MOST_OVERDUE_FIRST = Comparator
			.comparing((OverdueCommitment overdue) -> overdue.commitment().getPromisedUpdateOn())
			.thenComparing(overdue -> overdue.review().getHeldOn(), Comparator.nullsLast(Comparator.naturalOrder()));

	private OverdueCommitments() {
	}

	/**
	 * @param repository the repository
	 * @param now        the instant to decide for; its date is read in the time zone of the organization's default
	 *                   calendar, else UTC
	 * @return the overdue commitments, most overdue first
	 */
	public static List<OverdueCommitment> find(AdvocacyRepository repository, Instant now) {
		return find(repository, LocalDate.ofInstant(now, zoneOf(repository)));
	}

	/**
	 * @param repository the repository
	 * @param today      the current date
	 * @return the commitments promised for an update before {@code today} and not done or dropped, most overdue first
	 */
	public static List<OverdueCommitment> find(AdvocacyRepository repository, LocalDate today) {
		return find(repository.getReviews(), today);
	}

	/**
	 * @param reviews the management reviews
	 * @param today   the current date
	 * @return the commitments promised for an update before {@code today} and not done or dropped, most overdue first
	 */
	public static List<OverdueCommitment> find(List<ManagementReview> reviews, LocalDate today) {
		List<OverdueCommitment> result = new ArrayList<>();
		for (ManagementReview review : reviews) {
			for (RootCauseCommitment commitment : review.getCommitments()) {
				LocalDate promised = commitment.getPromisedUpdateOn();
				CommitmentStatus status = commitment.getStatus();
				if (promised != null && promised.isBefore(today) && status != CommitmentStatus.DONE
						&& status != CommitmentStatus.DROPPED) {
					long days = ChronoUnit.DAYS.between(promised, today);
					result.add(new OverdueCommitment(review, commitment, days, reason(commitment, days)));
				}
			}
		}
		result.sort(MOST_OVERDUE_FIRST);
		return result;
	}

	private static String reason(RootCauseCommitment commitment, long days) {
		String what = commitment.getCommitment() == null || commitment.getCommitment().isBlank() ? "a root-cause fix"
				: "\"" + commitment.getCommitment() + "\"";
		return Engagements.name(commitment.getAccountableManager()) + " promised an update on " + what + " by "
				+ commitment.getPromisedUpdateOn() + "; it is " + days + (days == 1 ? " day" : " days") + " overdue.";
	}

	private static ZoneId zoneOf(AdvocacyRepository repository) {
		BusinessCalendar calendar = repository.getOrganization() == null ? null
				: repository.getOrganization().getDefaultCalendar();
		return calendar == null || calendar.getTimeZone() == null ? ZoneOffset.UTC : calendar.getTimeZone();
	}
}
