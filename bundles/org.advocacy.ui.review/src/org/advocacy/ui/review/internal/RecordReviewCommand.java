// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ManagementReview;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Records the weekly management review that walks an agenda: the engine drafts the review
 * ({@link ReviewAgenda#draftReview()}: one item per engagement on the agenda, the advocates invited) and this
 * command adds it to the repository's reviews, undoably. Once recorded, the next agenda starts from it.
 */
public final class RecordReviewCommand {

	/** The label of the command in Edit > Undo. */
	public static final String LABEL = "Record Management Review";

	private RecordReviewCommand() {
	}

	/**
	 * @param domain     the session's editing domain
	 * @param repository the repository the review is recorded in
	 * @param agenda     the agenda the meeting walked
	 * @return the command; execute it on the domain's command stack
	 */
	public static Command create(EditingDomain domain, AdvocacyRepository repository, ReviewAgenda agenda) {
		ManagementReview review = agenda.draftReview();
		Command add = domain.createCommand(AddCommand.class, new CommandParameter(repository,
				AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEWS, java.util.List.of(review)));
		if (add instanceof AddCommand addCommand) {
			addCommand.setLabel(LABEL);
			addCommand.setDescription("Adds the review held on " + review.getHeldOn() + " with "
					+ review.getItems().size() + " agenda items.");
		}
		return add;
	}
}
