// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ENGAGEMENTS;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__RECIPIENTS;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__COMMUNICATIONS;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__SITUATION_SUMMARY;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__REVIEWED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__REVIEWED_BY;
import static org.advocacy.model.AdvocacyPackage.Literals.SITUATION_SUMMARY__STATE;

import java.time.Instant;
import java.util.List;

import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits of an engagement that the engagement editor and the New Engagement wizard make: opening it, drafting a
 * customer update, starting and reviewing its situation summary, and whatever the engine describes as
 * {@link ModelChange}s (moving it through its states, spinning off a related engagement, sending an update,
 * confirming criteria), each one undoable command.
 */
public final class EngagementCommands {

	private EngagementCommands() {
	}

	/**
	 * @param domain  the file's editing domain
	 * @param label   the command's name, shown by Undo
	 * @param changes the changes the engine describes, in order
	 * @return one compound command making all of them
	 */
	public static Command apply(EditingDomain domain, String label, List<ModelChange> changes) {
		CompoundCommand command = new CompoundCommand(label);
		for (ModelChange change : changes) {
			command.append(change.kind() == ModelChange.Kind.SET
					? SetCommand.create(domain, change.owner(), change.feature(), change.value())
					: AddCommand.create(domain, change.owner(), change.feature(), change.value()));
		}
		return command;
	}

	/**
	 * @param domain     the file's editing domain
	 * @param draft      a customer update just e-mailed
	 * @param recipients the customer contacts it went to
	 * @param changes    what the mailer describes: the update marked sent, the next update due, the log entry
	 * @return one command recording the e-mail: its recipients on the update, then the changes
	 */
	public static Command sentByEmail(EditingDomain domain, CustomerCommunication draft, List<CustomerContact> recipients,
			List<ModelChange> changes) {
		CompoundCommand command = new CompoundCommand("Send Update by E-mail");
		command.append(SetCommand.create(domain, draft, CUSTOMER_COMMUNICATION__RECIPIENTS, List.copyOf(recipients)));
		command.append(apply(domain, command.getLabel(), changes));
		return command;
	}

	/**
	 * @param domain     the file's editing domain
	 * @param repository the repository
	 * @param engagement a new engagement, not contained anywhere yet
	 * @return the command adding the engagement to the repository
	 */
	public static Command open(EditingDomain domain, AdvocacyRepository repository, Engagement engagement) {
		return AddCommand.create(domain, repository, ADVOCACY_REPOSITORY__ENGAGEMENTS, engagement);
	}

	/**
	 * @param domain     the file's editing domain
	 * @param engagement the engagement
	 * @param update     a new customer update, not contained anywhere yet
	 * @return the command adding the update to the engagement's communications
	 */
	public static Command draftUpdate(EditingDomain domain, Engagement engagement, CustomerCommunication update) {
		return AddCommand.create(domain, engagement, ENGAGEMENT__COMMUNICATIONS, update);
	}

	/**
	 * @param domain     the file's editing domain
	 * @param engagement an engagement without a situation summary
	 * @return the command giving it an empty draft summary
	 */
	public static Command startSummary(EditingDomain domain, Engagement engagement) {
		SituationSummary summary = AdvocacyFactory.eINSTANCE.createSituationSummary();
		summary.setState(SummaryState.DRAFT);
		return SetCommand.create(domain, engagement, ENGAGEMENT__SITUATION_SUMMARY, summary);
	}

	/**
	 * Marks a situation summary as reviewed by the engagement's advocate, or takes it back to draft.
	 *
	 * @param domain     the file's editing domain
	 * @param engagement the engagement
	 * @param reviewed   {@code true} to mark its summary reviewed, {@code false} to take it back to draft
	 * @param at         when it is reviewed
	 * @return the command, labelled "Mark as reviewed" or "Back to draft"
	 */
	public static Command reviewSummary(EditingDomain domain, Engagement engagement, boolean reviewed, Instant at) {
		SituationSummary summary = engagement.getSituationSummary();
		return apply(domain, reviewed ? "Mark as reviewed" : "Back to draft", List.of(
				ModelChange.set(summary, SITUATION_SUMMARY__STATE, reviewed ? SummaryState.REVIEWED : SummaryState.DRAFT),
				ModelChange.set(summary, SITUATION_SUMMARY__REVIEWED_AT, reviewed ? at : null),
				ModelChange.set(summary, SITUATION_SUMMARY__REVIEWED_BY, reviewed ? engagement.getAdvocate() : null)));
	}
}
