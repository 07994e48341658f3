// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__STATUS;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__TRIAL_START;

import java.time.LocalDate;
import java.util.Objects;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Offers of a service or feature the customer has not bought: a new offer (for the whitepaper's free trial of 90 days
 * unless the advocate changes the length), and starting its trial as one undoable command, which fixes the
 * switch-off date. The offer's other fields and its impacts are edited as features and rows.
 */
public final class OfferCommands {

	private OfferCommands() {
	}

	/**
	 * @param service   the service or feature offered
	 * @param offeredOn the day it is offered
	 * @return a new offer, not started, with the default trial length, not added anywhere yet (for a table's Add,
	 *         which adds it with its own command)
	 */
	public static Offer newOffer(String service, LocalDate offeredOn) {
		Offer offer = AdvocacyFactory.eINSTANCE.createOffer();
		offer.setService(service);
		offer.setOfferedOn(Objects.requireNonNull(offeredOn, "offeredOn"));
		offer.setStatus(OfferStatus.OFFERED);
		return offer;
	}

	/**
	 * @param domain the file's editing domain
	 * @param offer  an offer the customer accepted for a trial
	 * @param start  the trial's first day; the service is switched off {@link Offer#getTrialDays()} days later
	 *               unless bought
	 * @return the command; unexecutable when the trial already runs from that day
	 */
	public static Command startTrial(EditingDomain domain, Offer offer, LocalDate start) {
		if (offer.getStatus() == OfferStatus.TRIAL && Objects.equals(offer.getTrialStart(), start)) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand("Start Free Trial");
		command.append(SetCommand.create(domain, offer, OFFER__TRIAL_START, Objects.requireNonNull(start, "start")));
		command.append(SetCommand.create(domain, offer, OFFER__STATUS, OfferStatus.TRIAL));
		return command;
	}
}
