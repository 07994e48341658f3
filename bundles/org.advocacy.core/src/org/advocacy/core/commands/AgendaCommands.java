// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEWS;
import static org.advocacy.model.AdvocacyPackage.Literals.MANAGEMENT_REVIEW__ATTENDEES;
import static org.advocacy.model.AdvocacyPackage.Literals.MANAGEMENT_REVIEW__HELD_ON;
import static org.advocacy.model.AdvocacyPackage.Literals.MANAGEMENT_REVIEW__ITEMS;
import static org.advocacy.model.AdvocacyPackage.Literals.MANAGEMENT_REVIEW__NOTES;
import static org.advocacy.model.AdvocacyPackage.Literals.REVIEW_ITEM__CLOSURE_CONFIRMED;
import static org.advocacy.model.AdvocacyPackage.Literals.REVIEW_ITEM__NOTES;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.advocacy.core.review.AgendaDraft;
import org.advocacy.core.review.AgendaItem;
import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Person;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits of the next review's agenda before and during the meeting, each one undoable command for the
 * session's command stack: add an engagement, remove an item, move an item within its section, notes per item,
 * attendees, closures confirmed, and finally recording the review. The edits work on the {@link AgendaDraft}; the
 * first edit of an agenda that has no draft yet creates it from the engine's agenda in the same command, so one
 * undo restores the untouched agenda exactly. Items are named by their engagement (an engagement is on an agenda
 * at most once). Commands that cannot apply (an engagement not on the agenda, a move past the end of its section)
 * are unexecutable rather than failing.
 */
public final class AgendaCommands {

	/** The label of recording the review, in Edit > Undo. */
	public static final String RECORD_LABEL = "Record Management Review";

	private final EditingDomain domain;
	private final AdvocacyRepository repository;
	private final ReviewAgenda agenda;

	/**
	 * @param domain     the session's editing domain
	 * @param repository the repository whose next review is prepared
	 * @param agenda     the engine's agenda of the next review, which a new draft starts from
	 */
	public AgendaCommands(EditingDomain domain, AdvocacyRepository repository, ReviewAgenda agenda) {
		this.domain = Objects.requireNonNull(domain, "domain");
		this.repository = Objects.requireNonNull(repository, "repository");
		this.agenda = Objects.requireNonNull(agenda, "agenda");
	}

	/** @return the draft being prepared, if any */
	public Optional<ManagementReview> draft() {
		return AgendaDraft.find(repository);
	}

	/**
	 * @return the agenda to show: the draft when there is one, else the review the engine would draft, which is not
	 *         in the repository (edit it through this class's commands only)
	 */
	public ManagementReview shown() {
		return draft().orElseGet(() -> {
			ManagementReview preview = agenda.draftReview();
			preview.setHeldOn(null);
			return preview;
		});
	}

	/**
	 * Puts an engagement on the agenda, at the end of its section: the section the engine lists it in, else
	 * "closure to confirm" when it is closed and "update" when it is not.
	 *
	 * @param engagement the engagement; unexecutable when it is on the agenda already
	 * @return the command
	 */
	public Command addEngagement(Engagement engagement) {
		ReviewItem item = AdvocacyFactory.eINSTANCE.createReviewItem();
		item.setEngagement(engagement);
		item.setKind(kindFor(engagement));
		return onDraft("Add " + engagement.getKey() + " to the Agenda",
				"Adds " + engagement.getKey() + " to the agenda of the next management review.",
				draft -> draft.getItems().stream().anyMatch(listed -> listed.getEngagement() == engagement)
						? UnexecutableCommand.INSTANCE
						: AddCommand.create(domain, draft, MANAGEMENT_REVIEW__ITEMS, item));
	}

	/**
	 * @param engagement an engagement on the agenda
	 * @return the command that takes it off the agenda
	 */
	public Command removeEngagement(Engagement engagement) {
		return onItem(engagement, "Remove " + engagement.getKey() + " from the Agenda",
				(draft, item) -> RemoveCommand.create(domain, draft, MANAGEMENT_REVIEW__ITEMS, item));
	}

	/**
	 * Moves an engagement one place up or down within its section (new situations, updates, closures to confirm).
	 *
	 * @param engagement an engagement on the agenda
	 * @param steps      -1 to move it up, +1 to move it down
	 * @return the command; unexecutable at the top or bottom of its section
	 */
	public Command moveEngagement(Engagement engagement, int steps) {
		int direction = Integer.signum(steps);
		return onItem(engagement, "Move " + engagement.getKey() + (direction < 0 ? " Up" : " Down"),
				(draft, item) -> {
					List<ReviewItem> items = draft.getItems();
					for (int i = items.indexOf(item) + direction; direction != 0 && i >= 0
							&& i < items.size(); i += direction) {
						if (items.get(i).getKind() == item.getKind()) {
							return MoveCommand.create(domain, draft, MANAGEMENT_REVIEW__ITEMS, item, i);
						}
					}
					return UnexecutableCommand.INSTANCE;
				});
	}

	/**
	 * @param engagement an engagement on the agenda
	 * @param notes      the notes on its discussion
	 * @return the command
	 */
	public Command setNotes(Engagement engagement, String notes) {
		return onItem(engagement, "Set Notes on " + engagement.getKey(),
				(draft, item) -> SetCommand.create(domain, item, REVIEW_ITEM__NOTES, notes));
	}

	/**
	 * @param engagement an engagement among the closures to confirm
	 * @param confirmed  whether the meeting confirms it as closed
	 * @return the command; unexecutable for an engagement in another section
	 */
	public Command setClosureConfirmed(Engagement engagement, boolean confirmed) {
		return onItem(engagement, (confirmed ? "Confirm Closure of " : "Unconfirm Closure of ") + engagement.getKey(),
				(draft, item) -> item.getKind() == ReviewItemKind.CONFIRM_CLOSED
						? SetCommand.create(domain, item, REVIEW_ITEM__CLOSURE_CONFIRMED, confirmed)
						: UnexecutableCommand.INSTANCE);
	}

	/**
	 * @param person who attends; unexecutable when already invited
	 * @return the command
	 */
	public Command addAttendee(Person person) {
		return onDraft("Add Attendee " + person.getName(), "Invites " + person.getName() + " to the next review.",
				draft -> draft.getAttendees().contains(person) ? UnexecutableCommand.INSTANCE
						: AddCommand.create(domain, draft, MANAGEMENT_REVIEW__ATTENDEES, person));
	}

	/**
	 * @param person an attendee of the agenda
	 * @return the command that takes them off the attendees
	 */
	public Command removeAttendee(Person person) {
		return onDraft("Remove Attendee " + person.getName(),
				"Takes " + person.getName() + " off the attendees of the next review.",
				draft -> draft.getAttendees().contains(person)
						? RemoveCommand.create(domain, draft, MANAGEMENT_REVIEW__ATTENDEES, person)
						: UnexecutableCommand.INSTANCE);
	}

	/**
	 * Throws the advocates' edits of the agenda away, so the agenda is the engine's again. The root-cause
	 * commitments asked for this review ({@link CommitmentCommands#ask}) are not agenda edits and stay: a draft that
	 * holds some keeps them and takes the engine's items, attendees and notes instead of being removed.
	 *
	 * @return the command; unexecutable when there is no draft
	 */
	public Command discardDraft() {
		return draft().map(review -> Labels.labelled("Discard Agenda Changes",
				"Returns to the agenda the engine prepares.",
				review.getCommitments().isEmpty()
						? RemoveCommand.create(domain, repository, ADVOCACY_REPOSITORY__REVIEWS, review)
						: resetToEngineAgenda(review)))
				.orElse(UnexecutableCommand.INSTANCE);
	}

	private Command resetToEngineAgenda(ManagementReview draft) {
		ManagementReview engine = agenda.draftReview();
		CompoundCommand reset = new CompoundCommand();
		if (!draft.getItems().isEmpty()) {
			reset.append(RemoveCommand.create(domain, draft, MANAGEMENT_REVIEW__ITEMS, List.copyOf(draft.getItems())));
		}
		List<Person> uninvited = draft.getAttendees().stream()
				.filter(person -> !engine.getAttendees().contains(person)).toList();
		if (!uninvited.isEmpty()) {
			reset.append(RemoveCommand.create(domain, draft, MANAGEMENT_REVIEW__ATTENDEES, uninvited));
		}
		if (!engine.getItems().isEmpty()) {
			reset.append(AddCommand.create(domain, draft, MANAGEMENT_REVIEW__ITEMS, List.copyOf(engine.getItems())));
		}
		List<Person> invited = engine.getAttendees().stream()
				.filter(person -> !draft.getAttendees().contains(person)).toList();
		if (!invited.isEmpty()) {
			reset.append(AddCommand.create(domain, draft, MANAGEMENT_REVIEW__ATTENDEES, invited));
		}
		reset.append(SetCommand.create(domain, draft, MANAGEMENT_REVIEW__NOTES, engine.getNotes()));
		return reset;
	}

	/**
	 * Records the review held at the instant the agenda was prepared for: the draft as edited, or the engine's
	 * agenda when nobody edited it. The next agenda starts from it.
	 *
	 * @return the command
	 */
	public Command record() {
		Optional<ManagementReview> draft = draft();
		if (draft.isPresent()) {
			return Labels.labelled(RECORD_LABEL, "Records the review held on " + agenda.preparedAt() + " with "
					+ draft.get().getItems().size() + " agenda items.",
					SetCommand.create(domain, draft.get(), MANAGEMENT_REVIEW__HELD_ON, agenda.preparedAt()));
		}
		ManagementReview review = agenda.draftReview();
		return Labels.labelled(RECORD_LABEL, "Adds the review held on " + review.getHeldOn() + " with "
				+ review.getItems().size() + " agenda items.",
				AddCommand.create(domain, repository, ADVOCACY_REPOSITORY__REVIEWS, List.of(review)));
	}

	/** Edits the item of an engagement in the draft, creating the draft first when there is none. */
	private Command onItem(Engagement engagement, String label,
			BiFunction<ManagementReview, ReviewItem, Command> edit) {
		return onDraft(label, label + ".", draft -> draft.getItems().stream()
				.filter(item -> item.getEngagement() == engagement).findFirst()
				.map(item -> edit.apply(draft, item)).orElse(UnexecutableCommand.INSTANCE));
	}

	/**
	 * Edits the draft of the next review, creating it from the engine's agenda in the same command when there is
	 * none, so one undo gives back exactly the repository before.
	 *
	 * @param label       the command's name, shown by Undo
	 * @param description what the command does
	 * @param edit        makes the edit of the draft given (the existing draft, or the new one not yet added)
	 * @return the command
	 */
	public Command onDraft(String label, String description, Function<ManagementReview, Command> edit) {
		Optional<ManagementReview> draft = draft();
		if (draft.isPresent()) {
			return Labels.labelled(label, description, edit.apply(draft.get()));
		}
		ManagementReview fresh = agenda.draftReview();
		fresh.setHeldOn(null);
		CompoundCommand both = new CompoundCommand(label, description);
		both.append(AddCommand.create(domain, repository, ADVOCACY_REPOSITORY__REVIEWS, List.of(fresh)));
		both.append(edit.apply(fresh));
		return both;
	}

	private AgendaItem onEngineAgenda(Engagement engagement) {
		for (List<AgendaItem> section : List.of(agenda.newEngagements(), agenda.updates(), agenda.toConfirmClosed())) {
			for (AgendaItem item : section) {
				if (item.engagement() == engagement) {
					return item;
				}
			}
		}
		return null;
	}

	private ReviewItemKind kindFor(Engagement engagement) {
		AgendaItem listed = onEngineAgenda(engagement);
		if (listed != null) {
			return listed.kind();
		}
		return engagement.getClosedAt() == null ? ReviewItemKind.UPDATE : ReviewItemKind.CONFIRM_CLOSED;
	}
}
