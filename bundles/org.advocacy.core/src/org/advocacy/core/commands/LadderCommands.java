// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.time.Instant;

import org.advocacy.core.escalation.AttemptOutcomeChange;
import org.advocacy.core.escalation.LadderContact;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationReason;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Person;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The EMF commands that work an escalation ladder, shared by every part that does it (the engagement editor's
 * Escalations page, the Escalation Graph). The engine says what changes ({@link LadderContact#newAttempt},
 * {@link AttemptOutcomeChange}); these wrap that change in commands for the session's editing domain, so each
 * action is one undoable step named after the person and the area.
 */
public final class LadderCommands {

	private LadderCommands() {
	}

	/**
	 * @param domain      the session's editing domain
	 * @param escalation  the escalation being worked
	 * @param contact     who was called (the engine's next contact)
	 * @param channel     how they were called, or {@code null} when not said
	 * @param contactedAt when
	 * @return the command appending a pending attempt to the escalation
	 */
	public static Command contacted(EditingDomain domain, Escalation escalation, LadderContact contact,
			ContactChannel channel, Instant contactedAt) {
		LadderAttempt attempt = contact.newAttempt(channel, contactedAt);
		Command command = AddCommand.create(domain, escalation, Literals.ESCALATION__ATTEMPTS, attempt);
		return Labels.labelled("Record " + personName(contact.person()) + " contacted", command);
	}

	/**
	 * @param domain the session's editing domain
	 * @param change the engine's outcome change
	 * @return the command setting the attempt's outcome (and answer time)
	 */
	public static Command outcome(EditingDomain domain, AttemptOutcomeChange change) {
		CompoundCommand command = new CompoundCommand("Record " + change.outcome().getLiteral().toLowerCase()
				+ " from " + personName(change.attempt().getPerson()));
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
	 * @param reason     why, or {@code null} when not said
	 * @param startedAt  when the escalation starts; the engine then says whom to call first
	 * @return the command adding a new escalation to the engagement
	 */
	public static Command escalate(EditingDomain domain, Engagement engagement, FunctionalArea area,
			EscalationReason reason, Instant startedAt) {
		Escalation escalation = AdvocacyFactory.eINSTANCE.createEscalation();
		escalation.setArea(area);
		escalation.setReason(reason);
		escalation.setStartedAt(startedAt);
		return Labels.labelled("Escalate to " + areaName(area),
				AddCommand.create(domain, engagement, Literals.ENGAGEMENT__ESCALATIONS, escalation));
	}

	private static String areaName(FunctionalArea area) {
		if (area == null) {
			return "an unnamed area";
		}
		if (area.getName() != null && !area.getName().isBlank()) {
			return area.getName();
		}
		return area.getKind() == null ? "an unnamed area" : area.getKind().getLiteral();
	}

	private static String personName(Person person) {
		return person == null || person.getName() == null || person.getName().isBlank() ? "nobody" : person.getName();
	}
}
