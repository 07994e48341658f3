// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import static org.advocacy.core.exports.SituationSummaryReportTest.assertInOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ContributingFactor;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.DryRun;
import org.advocacy.model.Engagement;
import org.advocacy.model.FactorOwner;
import org.advocacy.model.ImpactArea;
import org.advocacy.model.MeetingPart;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferImpact;
import org.advocacy.model.OfferStatus;
import org.junit.jupiter.api.Test;

/**
 * The brief for a customer meeting: attendees and senior management, the agenda, who covers what from the dry-run,
 * the contributing factors the customer owns flagged for full disclosure, and the offer with its return.
 */
class CustomerMeetingBriefTest {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	private final Engagement engagement = ExportFixture.engagement();
	private final CustomerMeeting meeting = FACTORY.createCustomerMeeting();

	CustomerMeetingBriefTest() {
		meeting.setPlannedAt(Instant.parse("2026-11-25T14:00:00Z"));
		meeting.setLocation("Customer's offices");
		meeting.setAgenda("1. Purpose\n2. Chronology");
		meeting.setSeniorManagementAttends(true);
		meeting.getParticipants().add(engagement.getAdvocate());
		CustomerContact cfo = FACTORY.createCustomerContact();
		cfo.setName("Dana Chief");
		cfo.setTitle("CFO");
		engagement.getCustomer().getContacts().add(cfo);
		meeting.getCustomerAttendees().add(cfo);
		engagement.getCustomerMeetings().add(meeting);
		ContributingFactor theirs = FACTORY.createContributingFactor();
		theirs.setDescription("Maintenance window skipped by their operations team");
		theirs.setOwner(FactorOwner.CUSTOMER);
		engagement.getSituationSummary().getContributingFactors().add(theirs);
	}

	private String brief() {
		return new CustomerMeetingBrief(meeting, ZoneId.of("Europe/Berlin")).toPlainText();
	}

	@Test
	void theBriefSaysWhoAttendsTheAgendaAndWhoCoversWhat() {
		DryRun dryRun = FACTORY.createDryRun();
		MeetingPart part = FACTORY.createMeetingPart();
		part.setPerson(engagement.getAdvocate());
		part.setTopic("1. Purpose");
		part.setRehearsed(true);
		part.setNotes("Say 'the step was unclear', not 'user error'");
		dryRun.getParts().add(part);
		meeting.setDryRun(dryRun);

		String text = brief();

		assertInOrder(text, "Brief for the customer meeting with Contoso & Sons (ADV-0042), 2026-11-25 15:00 CET",
				"Senior management: attends", "Rita Advocate (ours)", "Dana Chief, CFO (customer)", "Agenda",
				"1. Purpose\n2. Chronology", "Who covers what", "Rita Advocate", "1. Purpose", "yes",
				"Say 'the step was unclear', not 'user error'");
	}

	@Test
	void factorsTheCustomerOwnsAreFlaggedForFullDisclosureAndOursAreNot() {
		String text = brief();

		assertTrue(text.contains("No dry-run yet"), text);
		String theirs = text.lines().filter(line -> line.contains("Maintenance window skipped")).findFirst()
				.orElseThrow();
		assertTrue(theirs.contains(CustomerMeetingBrief.FULL_DISCLOSURE), theirs);
		String ours = text.lines().filter(line -> line.contains("Three teams paged")).findFirst().orElseThrow();
		assertFalse(ours.contains(CustomerMeetingBrief.FULL_DISCLOSURE), ours);
		assertFalse(text.contains("What we offer"), "nothing offered yet");
	}

	@Test
	void anOfferShowsItsTrialSwitchOffAndTheImpactAgainstTheInvestment() {
		Offer offer = FACTORY.createOffer();
		offer.setService("Proactive monitoring");
		offer.setBenefit("Catches the failing batch hours earlier.");
		offer.setStatus(OfferStatus.TRIAL);
		offer.setTrialStart(LocalDate.of(2026, 11, 1));
		offer.getImpacts().add(impact(ImpactArea.REVENUE, "Billing held up", "200000"));
		offer.getImpacts().add(impact(ImpactArea.LOST_OPPORTUNITY, "Roll-out postponed", "76000.50"));
		offer.getImpacts().add(impact(ImpactArea.COMPANY_IMAGE, "Their customers complained", null));
		offer.setInvestment(new BigDecimal("40000"));
		engagement.getOffers().add(offer);

		assertEquals(new BigDecimal("6.9"), OfferReturn.of(offer).ratio());
		assertTrue(brief().contains("Proactive monitoring: Catches the failing batch hours earlier. Free trial of 90 "
				+ "days, switched off on 2027-01-30 unless bought. Impact described: 276,000.50 (and, without a "
				+ "figure: Company image: Their customers complained) against an investment of 40,000.00: 6.9 times "
				+ "the investment."), brief());
		offer.setInvestment(null);
		assertNull(OfferReturn.of(offer).ratio());
		assertTrue(OfferReturn.of(offer).text().endsWith("; the investment is not known yet."));
	}

	private static OfferImpact impact(ImpactArea area, String description, String amount) {
		OfferImpact impact = FACTORY.createOfferImpact();
		impact.setArea(area);
		impact.setDescription(description);
		impact.setAmount(amount == null ? null : new BigDecimal(amount));
		return impact;
	}
}
