// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.time.Instant;

import org.advocacy.core.escalation.AttemptOutcomeChange;
import org.advocacy.core.escalation.LadderContact;
import org.advocacy.layout.OrganizationGraphBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.Engagement;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Escalation;
import org.advocacy.model.LadderAttempt;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The EMF commands behind the graph's node actions. The engine says what changes ({@link LadderContact#newAttempt},
 * {@link AttemptOutcomeChange}); these wrap that change in commands for the session's editing domain, so each action
 * is one undoable step.
 */
public final class LadderCommands {

	private LadderCommands() {
	}

	/**
	 * @param domain      the session's editing domain
	 * @param escalation  the escalation being worked
	 * @param contact     who was called (the engine's next contact)
	 * @param contactedAt when
	 * @return the command appending a pending attempt to the escalation
	 */
	public static Command contacted(EditingDomain domain, Escalation escalation, LadderContact contact,
			Instant contactedAt) {
		LadderAttempt attempt = contact.newAttempt(null, contactedAt);
		Command command = AddCommand.create(domain, escalation, Literals.ESCALATION__ATTEMPTS, attempt);
		return labelled("Record " + NodeText.personName(contact.person()) + " contacted", command);
	}

	/**
	 * @param domain the session's editing domain
	 * @param change the engine's outcome change
	 * @return the command setting the attempt's outcome (and answer time)
	 */
	public static Command outcome(EditingDomain domain, AttemptOutcomeChange change) {
		CompoundCommand command = new CompoundCommand("Record " + change.outcome().getLiteral().toLowerCase()
				+ " from " + NodeText.personName(change.attempt().getPerson()));
		command.append(SetCommand.create(domain, change.attempt(), Literals.LADDER_ATTEMPT__OUTCOME, change.outcome()));
		if (change.respondedAt() != null) {
			command.append(SetCommand.create(domain, change.attempt(), Literals.LADDER_ATTEMPT__RESPONDED_AT,
					change.respondedAt()));
		}
		return command;
	}

	/**
	 * @param domain     the session's editing domain
	 * @param engagement the engagement
	 * @param area       the area to escalate to
	 * @param startedAt  when the escalation starts; the engine then says whom to call first
	 * @return the command adding a new escalation to the engagement
	 */
	public static Command escalate(EditingDomain domain, Engagement engagement, FunctionalArea area,
			Instant startedAt) {
		Escalation escalation = AdvocacyFactory.eINSTANCE.createEscalation();
		escalation.setArea(area);
		escalation.setStartedAt(startedAt);
		return labelled("Escalate to " + OrganizationGraphBuilder.areaName(area),
				AddCommand.create(domain, engagement, Literals.ENGAGEMENT__ESCALATIONS, escalation));
	}

	private static Command labelled(String label, Command command) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}
}
