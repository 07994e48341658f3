// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.MANAGEMENT_REVIEW__COMMITMENTS;
import static org.advocacy.model.AdvocacyPackage.Literals.PERSONAL_LIST_ITEM__CROSSED_OFF_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER;
import static org.advocacy.model.AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__COMMITMENT;
import static org.advocacy.model.AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__DROP_REASON;
import static org.advocacy.model.AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__LAST_UPDATE;
import static org.advocacy.model.AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON;
import static org.advocacy.model.AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__STATUS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.Person;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The root-cause commitments an advocate obtains from management (whitepaper, "Internal management review": obtain
 * management commitment to root-cause improvements with a date for an update to the group), each one undoable
 * command: ask for one on root causes of a situation summary, edit its terms and latest update, start it, mark it
 * done, drop it with a reason, reopen it.
 * <p>
 * A commitment asked for between reviews goes into the next review, the {@link org.advocacy.core.review.AgendaDraft}
 * the advocates prepare; when there is none yet, the same command creates it from the engine's agenda (as any first
 * edit of the agenda does), so one undo gives back exactly the repository before and the next review lists the
 * commitment. Recording that review keeps it there. Marking a commitment done or dropping it crosses it off its
 * manager's list ({@code crossedOffAt}); reopening puts it back. Edits the model cannot take are refused with the
 * reason ({@link Edit}).
 */
public final class CommitmentCommands {

	private CommitmentCommands() {
	}

	/**
	 * Asks management for a commitment to fix root causes.
	 *
	 * @param domain      the file's editing domain
	 * @param nextReview  the agenda commands of the next management review, which receives the commitment
	 * @param rootCauses  the root causes the commitment addresses; at least one
	 * @param terms       who is accountable, what will be fixed, the promised update date
	 * @param requestedBy the advocate who asks, or {@code null} when the workbench does not know who that is
	 * @param requestedAt when the advocate asks
	 * @return the command adding the commitment, Open, to the next review; or why it is refused
	 */
	public static Edit ask(EditingDomain domain, AgendaCommands nextReview, List<RootCause> rootCauses,
			CommitmentTerms terms, Person requestedBy, Instant requestedAt) {
		Objects.requireNonNull(requestedAt, "requestedAt");
		if (rootCauses.isEmpty()) {
			return Edit.refused("Select the root causes the commitment is to fix.");
		}
		Optional<String> problem = terms.problem(null);
		if (problem.isPresent()) {
			return Edit.refused(problem.get());
		}
		RootCauseCommitment commitment = AdvocacyFactory.eINSTANCE.createRootCauseCommitment();
		commitment.getRootCauses().addAll(rootCauses);
		commitment.setAccountableManager(terms.accountableManager());
		commitment.setCommitment(terms.commitment().strip());
		commitment.setPromisedUpdateOn(terms.promisedUpdateOn());
		commitment.setStatus(CommitmentStatus.OPEN);
		commitment.setRequestedAt(requestedAt);
		commitment.setRequestedBy(requestedBy);
		String label = "Ask " + name(terms.accountableManager()) + " for a Commitment";
		return Edit.of(nextReview.onDraft(label,
				"Asks " + name(terms.accountableManager()) + " to commit to fixing " + count(rootCauses.size())
						+ " by " + terms.promisedUpdateOn() + "; the next management review lists it.",
				draft -> AddCommand.create(domain, draft, MANAGEMENT_REVIEW__COMMITMENTS, commitment)));
	}

	/**
	 * Changes what was agreed: the accountable manager, what will be fixed, the promised update date, and the latest
	 * update the manager gave. Only what differs is set.
	 *
	 * @param domain     the file's editing domain
	 * @param commitment the commitment
	 * @param terms      the terms as they stand now
	 * @param lastUpdate the latest update given, or {@code null} for none
	 * @return the command, or why the terms are refused, or {@link Edit#unchanged()} when nothing differs
	 */
	public static Edit edit(EditingDomain domain, RootCauseCommitment commitment, CommitmentTerms terms,
			String lastUpdate) {
		Optional<String> problem = terms.problem(null);
		if (problem.isPresent()) {
			return Edit.refused(problem.get());
		}
		List<ModelChange> changes = new ArrayList<>();
		changeIfDifferent(changes, commitment, ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER, terms.accountableManager());
		changeIfDifferent(changes, commitment, ROOT_CAUSE_COMMITMENT__COMMITMENT, terms.commitment().strip());
		changeIfDifferent(changes, commitment, ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON, terms.promisedUpdateOn());
		changeIfDifferent(changes, commitment, ROOT_CAUSE_COMMITMENT__LAST_UPDATE, blankAsNull(lastUpdate));
		return changes.isEmpty() ? Edit.unchanged()
				: Edit.of(EngagementCommands.apply(domain, "Edit Commitment of " + name(terms.accountableManager()),
						changes));
	}

	/**
	 * @param domain     the file's editing domain
	 * @param commitment an open commitment
	 * @return the command marking it in progress; refused unless it is open
	 */
	public static Edit start(EditingDomain domain, RootCauseCommitment commitment) {
		if (commitment.getStatus() != CommitmentStatus.OPEN) {
			return Edit.refused("Only an open commitment can be started; this one is "
					+ status(commitment) + ".");
		}
		return Edit.of(EngagementCommands.apply(domain, "Start Commitment",
				List.of(ModelChange.set(commitment, ROOT_CAUSE_COMMITMENT__STATUS, CommitmentStatus.IN_PROGRESS))));
	}

	/**
	 * @param domain     the file's editing domain
	 * @param commitment a commitment neither done nor dropped
	 * @param at         when it was delivered
	 * @return the command marking it done and crossing it off its manager's list; refused when it is done or dropped
	 */
	public static Edit markDone(EditingDomain domain, RootCauseCommitment commitment, Instant at) {
		if (isClosed(commitment)) {
			return Edit.refused("The commitment is " + status(commitment)
					+ " already; reopen it first.");
		}
		return Edit.of(EngagementCommands.apply(domain, "Mark Commitment Done",
				List.of(ModelChange.set(commitment, ROOT_CAUSE_COMMITMENT__STATUS, CommitmentStatus.DONE),
						ModelChange.set(commitment, PERSONAL_LIST_ITEM__CROSSED_OFF_AT, at))));
	}

	/**
	 * Drops a commitment management no longer pursues. The review needs to know why, so a reason is required.
	 *
	 * @param domain     the file's editing domain
	 * @param commitment a commitment neither done nor dropped
	 * @param reason     why it is dropped
	 * @param at         when it was dropped
	 * @return the command; refused without a reason, or when the commitment is done or dropped
	 */
	public static Edit drop(EditingDomain domain, RootCauseCommitment commitment, String reason, Instant at) {
		if (reason == null || reason.isBlank()) {
			return Edit.refused("Say why the commitment is dropped; the management review will ask.");
		}
		if (isClosed(commitment)) {
			return Edit.refused("The commitment is " + status(commitment)
					+ " already; reopen it first.");
		}
		return Edit.of(EngagementCommands.apply(domain, "Drop Commitment",
				List.of(ModelChange.set(commitment, ROOT_CAUSE_COMMITMENT__STATUS, CommitmentStatus.DROPPED),
						ModelChange.set(commitment, ROOT_CAUSE_COMMITMENT__DROP_REASON, reason.strip()),
						ModelChange.set(commitment, PERSONAL_LIST_ITEM__CROSSED_OFF_AT, at))));
	}

	/**
	 * Takes a done or dropped commitment up again: in progress, back on its manager's list, without a drop reason.
	 *
	 * @param domain     the file's editing domain
	 * @param commitment a done or dropped commitment
	 * @return the command; refused for a commitment that is still open or in progress
	 */
	public static Edit reopen(EditingDomain domain, RootCauseCommitment commitment) {
		if (!isClosed(commitment)) {
			return Edit.refused("The commitment is still "
					+ status(commitment) + ".");
		}
		return Edit.of(EngagementCommands.apply(domain, "Reopen Commitment",
				List.of(ModelChange.set(commitment, ROOT_CAUSE_COMMITMENT__STATUS, CommitmentStatus.IN_PROGRESS),
						ModelChange.set(commitment, ROOT_CAUSE_COMMITMENT__DROP_REASON, null),
						ModelChange.set(commitment, PERSONAL_LIST_ITEM__CROSSED_OFF_AT, null))));
	}

	/**
	 * @param commitment a commitment
	 * @return whether it is done or dropped
	 */
	public static boolean isClosed(RootCauseCommitment commitment) {
		return commitment.getStatus() == CommitmentStatus.DONE || commitment.getStatus() == CommitmentStatus.DROPPED;
	}

	private static String status(RootCauseCommitment commitment) {
		return commitment.getStatus().getLiteral().toLowerCase(Locale.ROOT);
	}

	private static void changeIfDifferent(List<ModelChange> changes, RootCauseCommitment commitment,
			EStructuralFeature feature, Object value) {
		if (!Objects.equals(commitment.eGet(feature), value)) {
			changes.add(ModelChange.set(commitment, feature, value));
		}
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String name(Person person) {
		return person.getName() == null || person.getName().isBlank() ? "the Manager" : person.getName();
	}

	private static String count(int causes) {
		return causes == 1 ? "a root cause" : causes + " root causes";
	}
}
