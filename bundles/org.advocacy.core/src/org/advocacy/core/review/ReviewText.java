// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.eclipse.emf.ecore.EObject;

/**
 * How the management review (its views, its pack, the command line) writes ages, instants, people and
 * root-cause commitments, in the words a support manager uses.
 */
public final class ReviewText {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT);

	private ReviewText() {
	}

	/** @return e.g. "12 d", or "5 h" under a day */
	public static String age(Duration age) {
		return age.toDays() > 0 ? age.toDays() + " d" : Math.max(0, age.toHours()) + " h";
	}

	/**
	 * @param instant an instant, or {@code null}
	 * @param zone    the reader's time zone
	 * @return the instant in that zone, e.g. "Nov 20, 2026, 2:30 PM"; empty for {@code null}
	 */
	public static String when(Instant instant, ZoneId zone) {
		return instant == null ? "" : WHEN.format(instant.atZone(zone));
	}

	/** @return the person's name; empty for nobody */
	public static String name(Person person) {
		return person == null || person.getName() == null ? "" : person.getName();
	}

	/** @return "ADV-1001 Title" */
	public static String engagement(Engagement engagement) {
		return engagement.getKey() + "  " + (engagement.getTitle() == null ? "" : engagement.getTitle());
	}

	/**
	 * @param commitment a root-cause commitment
	 * @return its status, with the reason when it was dropped: "In progress", "Dropped: replaced by the platform
	 *         review"
	 */
	public static String status(RootCauseCommitment commitment) {
		String status = commitment.getStatus().getLiteral();
		String reason = commitment.getDropReason();
		return commitment.getStatus() == CommitmentStatus.DROPPED && reason != null && !reason.isBlank()
				? status + ": " + reason
				: status;
	}

	/**
	 * @param commitment a root-cause commitment
	 * @return the root causes it addresses, each with its category and case number: "Broken process: Change
	 *         window not checked (ADV-1042); …"
	 */
	public static String causes(RootCauseCommitment commitment) {
		return commitment.getRootCauses().stream().map(ReviewText::cause).collect(Collectors.joining("; "));
	}

	/** @return "Broken process: Change window not checked (ADV-1042)" */
	public static String cause(RootCause cause) {
		String key = null;
		for (EObject container = cause.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Engagement engagement) {
				key = engagement.getKey();
				break;
			}
		}
		return (cause.getCategory() == null ? "" : cause.getCategory().getLiteral() + ": ")
				+ (cause.getDescription() == null ? "" : cause.getDescription()) + (key == null ? "" : " (" + key + ")");
	}

	/** @return the engagement's customer name; empty for none */
	public static String customer(Engagement engagement) {
		return engagement.getCustomer() == null ? "" : engagement.getCustomer().getName();
	}
}
