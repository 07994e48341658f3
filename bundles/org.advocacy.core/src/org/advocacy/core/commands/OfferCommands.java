// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__OFFERS;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__IMPACTS;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__STATUS;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__TRIAL_START;

import java.time.LocalDate;
import java.util.Objects;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Engagement;
import org.advocacy.model.ImpactArea;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferImpact;
import org.advocacy.model.OfferStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Offers of a service or feature the customer has not bought, each change one undoable command: offering it (for the
 * whitepaper's free trial of 90 days unless the advocate changes the length), starting the trial, which fixes the
 * switch-off date, and recording an impact the customer described, to weigh against the investment. The offer's
 * other fields are edited as features.
 */
public final class OfferCommands {

	private OfferCommands() {
	}

	/**
	 * @param domain     the file's editing domain
	 * @param engagement the engagement
	 * @param service    the service or feature offered
	 * @param offeredOn  the day it is offered
	 * @return the command adding the offer, not started, with the default trial length
	 */
	public static Command offer(EditingDomain domain, Engagement engagement, String service, LocalDate offeredOn) {
		Offer offer = AdvocacyFactory.eINSTANCE.createOffer();
		offer.setService(service);
		offer.setOfferedOn(Objects.requireNonNull(offeredOn, "offeredOn"));
		offer.setStatus(OfferStatus.OFFERED);
		return Labels.labelled("Offer " + service, AddCommand.create(domain, engagement, ENGAGEMENT__OFFERS, offer));
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

	/**
	 * @param domain the file's editing domain
	 * @param offer  the offer
	 * @param area   what the incident affected, in the customer's account
	 * @return the command adding an impact to describe and put a figure on
	 */
	public static Command addImpact(EditingDomain domain, Offer offer, ImpactArea area) {
		OfferImpact impact = AdvocacyFactory.eINSTANCE.createOfferImpact();
		impact.setArea(Objects.requireNonNull(area, "area"));
		return Labels.labelled("Add Impact", AddCommand.create(domain, offer, OFFER__IMPACTS, impact));
	}
}
