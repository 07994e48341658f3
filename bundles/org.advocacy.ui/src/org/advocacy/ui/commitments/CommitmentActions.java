// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.advocacy.core.commands.AgendaCommands;
import org.advocacy.core.commands.CommitmentCommands;
import org.advocacy.core.commands.CommitmentTerms;
import org.advocacy.core.commands.Edit;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.core.review.ReviewText;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Person;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.ui.Actions;
import org.advocacy.ui.preferences.NudgePreferences;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * What the advocate does with root-cause commitments, wherever they are shown (the engagement editor's Situation
 * Summary, the Management Review's Commitments view): ask management for one on root causes, edit it, start it, mark
 * it done, drop it with a reason, reopen it. Each gesture opens what it needs (the commitment dialog, a reason) and
 * executes one {@link CommitmentCommands} command on the repository's editing domain; a refused edit shows why.
 * Who asks is the "You are" preference; when is the clock's.
 */
public final class CommitmentActions {

	/** How many days ahead a new commitment's update is suggested: two weekly reviews. */
	static final int SUGGESTED_UPDATE_DAYS = 14;

	private final Supplier<RepositorySession> session;
	private final Supplier<Shell> shell;
	private final Clock clock;
	private final Supplier<List<RootCauseCommitment>> selection;
	private final Action edit = Actions.of("&Edit Commitment...", "Change the manager, what will be fixed, the date, "
			+ "or record the latest update", this::editSelected);
	private final Action start = Actions.of("&Start", "Management has started on the fix",
			() -> executeOnSelected(CommitmentCommands::start));
	private final Action done = Actions.of("Mark &Done", "The fix is delivered: cross it off the manager's list",
			this::markDoneSelected);
	private final Action drop = Actions.of("D&rop...", "Management no longer pursues the fix: say why",
			this::dropSelected);
	private final Action reopen = Actions.of("Re&open", "Take a done or dropped commitment up again",
			() -> executeOnSelected(CommitmentCommands::reopen));

	/**
	 * @param session   the repository whose commitments are changed
	 * @param shell     the shell dialogs belong to
	 * @param clock     when things happen, and "today" for the dates suggested
	 * @param selection the commitments selected where the actions are shown
	 */
	public CommitmentActions(Supplier<RepositorySession> session, Supplier<Shell> shell, Clock clock,
			Supplier<List<RootCauseCommitment>> selection) {
		this.session = session;
		this.shell = shell;
		this.clock = clock;
		this.selection = selection;
		update();
	}

	/** @return the actions on selected commitments: edit, start, done, drop, reopen */
	public List<Action> actions() {
		return List.of(edit, start, done, drop, reopen);
	}

	/** Enables the actions that apply to the selection: one commitment, in a status the action moves it from. */
	public void update() {
		List<RootCauseCommitment> selected = session.get() == null ? List.of() : selection.get();
		RootCauseCommitment one = selected.size() == 1 ? selected.get(0) : null;
		edit.setEnabled(one != null);
		start.setEnabled(one != null && one.getStatus() == CommitmentStatus.OPEN);
		done.setEnabled(one != null && !CommitmentCommands.isClosed(one));
		drop.setEnabled(one != null && !CommitmentCommands.isClosed(one));
		reopen.setEnabled(one != null && CommitmentCommands.isClosed(one));
	}

	/**
	 * Asks management for a commitment on root causes: opens the commitment dialog with the manager of the area that
	 * owns the first cause and a date two weeks ahead suggested, and on OK adds the commitment to the next review.
	 *
	 * @param rootCauses the root causes to fix
	 */
	public void askFor(List<RootCause> rootCauses) {
		RepositorySession current = session.get();
		if (current == null || rootCauses.isEmpty()) {
			return;
		}
		AdvocacyRepository repository = current.getRepository();
		LocalDate today = LocalDate.now(clock);
		Person me = NudgePreferences.youAre(repository);
		CommitmentDialog dialog = CommitmentDialog.of(rootCauses, people(repository),
				new CommitmentTerms(suggestedManager(rootCauses), suggestedCommitment(rootCauses),
						today.plusDays(SUGGESTED_UPDATE_DAYS)))
				.askedBy(me == null ? "Nobody: say who you are in Window > Preferences > Customer Advocacy"
						: ReviewText.name(me), today)
				.create(shell.get());
		if (dialog.open() == Window.OK) {
			EditingDomain domain = current.getEditingDomain();
			AgendaCommands nextReview = new AgendaCommands(domain, repository,
					new ReviewAgendaPlanner(clock.getZone(), ReviewAgendaPlanner.DEFAULT_LOOK_BACK)
							.prepare(repository, clock.instant()));
			execute(CommitmentCommands.ask(domain, nextReview, rootCauses, dialog.terms(), me, clock.instant()));
		}
	}

	private void editSelected() {
		RootCauseCommitment commitment = single();
		if (commitment == null) {
			return;
		}
		CommitmentDialog dialog = CommitmentDialog.of(commitment.getRootCauses(), people(session.get().getRepository()),
				new CommitmentTerms(commitment.getAccountableManager(), commitment.getCommitment(),
						commitment.getPromisedUpdateOn()))
				.editing(commitment.getLastUpdate()).create(shell.get());
		if (dialog.open() == Window.OK) {
			execute(CommitmentCommands.edit(session.get().getEditingDomain(), commitment, dialog.terms(),
					dialog.lastUpdate()));
		}
	}

	private void markDoneSelected() {
		executeOnSelected((domain, commitment) -> CommitmentCommands.markDone(domain, commitment, clock.instant()));
	}

	private void dropSelected() {
		RootCauseCommitment commitment = single();
		if (commitment == null) {
			return;
		}
		InputDialog reason = new InputDialog(shell.get(), "Drop Commitment",
				"Why does management no longer pursue \"" + commitment.getCommitment() + "\"? The review will ask.",
				"", text -> text == null || text.isBlank() ? "Say why the commitment is dropped." : null);
		if (reason.open() == Window.OK) {
			execute(CommitmentCommands.drop(session.get().getEditingDomain(), commitment, reason.getValue(),
					clock.instant()));
		}
	}

	private void executeOnSelected(BiFunction<EditingDomain, RootCauseCommitment, Edit> command) {
		RootCauseCommitment commitment = single();
		if (commitment != null) {
			execute(command.apply(session.get().getEditingDomain(), commitment));
		}
	}

	private RootCauseCommitment single() {
		List<RootCauseCommitment> selected = session.get() == null ? List.of() : selection.get();
		return selected.size() == 1 ? selected.get(0) : null;
	}

	private void execute(Edit edit) {
		if (edit.accepted()) {
			session.get().getEditingDomain().getCommandStack().execute(edit.command());
		} else if (edit.refusal() != null) {
			MessageDialog.openInformation(shell.get(), "Commitment", edit.refusal());
		}
		update();
	}

	private static List<Person> people(AdvocacyRepository repository) {
		return repository.getOrganization() == null ? List.of() : repository.getOrganization().getPeople();
	}

	/**
	 * @return the manager of the area that owns the first root cause with one, else its director, else its vice
	 *         president; {@code null} when no cause names an area with such a rung
	 */
	static Person suggestedManager(List<RootCause> rootCauses) {
		List<EscalationLevel> levels = List.of(EscalationLevel.MANAGER, EscalationLevel.DIRECTOR,
				EscalationLevel.VICE_PRESIDENT);
		for (RootCause cause : rootCauses) {
			FunctionalArea area = cause.getOwningArea();
			if (area != null) {
				for (EscalationLevel level : levels) {
					for (LadderRung rung : area.getLadder()) {
						if (rung.getLevel() == level && rung.getPerson() != null) {
							return rung.getPerson();
						}
					}
				}
			}
		}
		return null;
	}

	private static String suggestedCommitment(List<RootCause> rootCauses) {
		List<String> descriptions = new ArrayList<>();
		rootCauses.forEach(cause -> {
			if (cause.getDescription() != null && !cause.getDescription().isBlank()) {
				descriptions.add(cause.getDescription().strip());
			}
		});
		return descriptions.isEmpty() ? "" : "Fix: " + String.join("; ", descriptions);
	}
}
