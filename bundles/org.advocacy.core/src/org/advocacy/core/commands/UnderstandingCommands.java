// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__CUSTOMER_REPEATED_BACK;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__REPEATED_BACK_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CLOSE_OUT_CONFIRMATION;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__CRITERIA_CONFIRMATION;

import java.time.Instant;
import java.util.Objects;

import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Mutual understanding, each record one undoable command: that the customer repeated back, in their own words, what
 * was discussed on an update or call (with when), and which update or call confirmed the agreed criteria or the
 * close-out. The advocate's "what and why" clarification notes are edited as a feature of the update.
 */
public final class UnderstandingCommands {

	private UnderstandingCommands() {
	}

	/**
	 * @param domain        the file's editing domain
	 * @param communication an update or call
	 * @param repeatedBack  whether the customer repeated back their understanding
	 * @param at            when they did (ignored when {@code repeatedBack} is false)
	 * @return the command; unexecutable when it records nothing new
	 */
	public static Command repeatedBack(EditingDomain domain, CustomerCommunication communication, boolean repeatedBack,
			Instant at) {
		if (communication.isCustomerRepeatedBack() == repeatedBack) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(
				repeatedBack ? "Record Customer Repeated Back" : "Withdraw Repeat-Back");
		command.append(SetCommand.create(domain, communication, CUSTOMER_COMMUNICATION__CUSTOMER_REPEATED_BACK,
				repeatedBack));
		command.append(SetCommand.create(domain, communication, CUSTOMER_COMMUNICATION__REPEATED_BACK_AT,
				repeatedBack ? Objects.requireNonNull(at, "at") : null));
		return command;
	}

	/**
	 * @param domain        the file's editing domain
	 * @param engagement    the engagement
	 * @param communication the update or call in which the customer confirmed the agreed criteria, or {@code null}
	 * @return the command; unexecutable when it is recorded already
	 */
	public static Command confirmsCriteria(EditingDomain domain, Engagement engagement,
			CustomerCommunication communication) {
		return confirms(domain, engagement, ENGAGEMENT__CRITERIA_CONFIRMATION, communication,
				"Record Criteria Confirmation");
	}

	/**
	 * @param domain        the file's editing domain
	 * @param engagement    the engagement
	 * @param communication the update or call in which the customer agreed to close, or {@code null}
	 * @return the command; unexecutable when it is recorded already
	 */
	public static Command confirmsCloseOut(EditingDomain domain, Engagement engagement,
			CustomerCommunication communication) {
		return confirms(domain, engagement, ENGAGEMENT__CLOSE_OUT_CONFIRMATION, communication,
				"Record Close-out Confirmation");
	}

	private static Command confirms(EditingDomain domain, Engagement engagement, EReference confirmation,
			CustomerCommunication communication, String label) {
		if (engagement.eGet(confirmation) == communication) {
			return UnexecutableCommand.INSTANCE;
		}
		return Labels.labelled(label, SetCommand.create(domain, engagement, confirmation, communication));
	}
}
