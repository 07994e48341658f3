// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.advocacy.core.escalation.CustomerUpdates;
import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.ClockPause;
import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.DryRun;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EngagementTrigger;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Holiday;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.ListPriority;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.MeetingPart;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;
import org.advocacy.model.Person;
import org.advocacy.model.PersonalListItem;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.PublishedTask;
import org.advocacy.model.ResponseMeeting;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.RootCause;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.RotationShift;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
import org.advocacy.model.TaskDependency;
import org.advocacy.model.Urgency;
import org.advocacy.model.Weekday;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The invariants of the shipped standard sample that users and the workbench rely on. */
class SampleRepositoryGeneratorTest {

	static final Instant NOW = Instant.parse("2026-03-11T10:15:30Z");

	private static AdvocacyRepository repository;

	@BeforeAll
	static void generate() {
		repository = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, NOW)
				.generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
	}

	@Test
	void standardSampleHasTheStandardSize() {
		assertTrue(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT >= 12);
		assertEquals(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT, repository.getEngagements().size());
		assertTrue(repository.getName().startsWith("Northwind Systems"));
	}

	@Test
	void everyEngagementStateUrgencyAndTriggerIsRepresented() {
		Set<EngagementState> states = EnumSet.noneOf(EngagementState.class);
		Set<Urgency> urgencies = EnumSet.noneOf(Urgency.class);
		Set<EngagementTrigger> triggers = EnumSet.noneOf(EngagementTrigger.class);
		for (Engagement engagement : repository.getEngagements()) {
			states.add(engagement.getState());
			urgencies.add(engagement.getUrgency());
			triggers.add(engagement.getTrigger());
		}
		assertEquals(EnumSet.allOf(EngagementState.class), states);
		assertEquals(EnumSet.allOf(Urgency.class), urgencies);
		assertEquals(EnumSet.allOf(EngagementTrigger.class), triggers);
		long active = repository.getEngagements().stream().filter(e -> e.getState() == EngagementState.ENGAGED
				|| e.getState() == EngagementState.EXECUTING_PLAN || e.getState() == EngagementState.ASSESSING).count();
		assertTrue(active >= 5, "several engagements in active states");
		assertEquals(repository.getReasons().size(),
				repository.getEngagements().stream().map(Engagement::getReason).distinct().count(), "every reason used");
	}

	@Test
	void customersAreSpreadOverTheSegments() {
		assertTrue(repository.getCustomers().size() >= 30);
		assertTrue(repository.getSegments().size() >= 3);
		for (CustomerSegment segment : repository.getSegments()) {
			assertTrue(repository.getCustomers().stream().anyMatch(c -> c.getSegment() == segment), segment.getName());
			assertEquals(Set.of(Urgency.URGENT_24X7, Urgency.BUSINESS_HOURS),
					segment.getTargets().stream().map(t -> t.getUrgency()).collect(Collectors.toSet()));
		}
		assertEquals(2, repository.getDefaultTargets().size());
		repository.getCustomers().forEach(customer -> {
			assertTrue(customer.getContacts().size() >= 2 && customer.getContacts().size() <= 4, customer.getName());
			assertFalse(customer.getProductLines().isEmpty());
			assertNotNull(customer.getAccountOwner());
			assertNotNull(customer.getBusinessUnit());
			assertTrue(customer.getAnnualRevenue().signum() > 0);
		});
		assertTrue(repository.getCustomers().stream().anyMatch(c -> c.isEscalationRequested()));
	}

	@Test
	void sevenAreasEachWithACompleteLadderOfDistinctPeople() {
		assertInvariants(repository, NOW);
		List<FunctionalArea> areas = repository.getOrganization().getAreas();
		assertEquals(7, areas.size());
		assertEquals(EnumSet.complementOf(EnumSet.of(AreaKind.OTHER)),
				EnumSet.copyOf(areas.stream().map(FunctionalArea::getKind).toList()));
		for (FunctionalArea area : areas) {
			assertEquals(EscalationLevel.VALUES, area.getLadder().stream().map(LadderRung::getLevel).toList(), area.getName());
			assertEquals(5, area.getLadder().stream().map(LadderRung::getPerson).distinct().count(), area.getName());
			for (LadderRung rung : area.getLadder()) {
				assertTrue(rung.getPerson().getContactPoints().stream().anyMatch(ContactPoint::isAvailable24x7),
						"24x7 contact for " + rung.getPerson().getName());
				assertTrue(rung.getPerson().getContactPoints().stream().anyMatch(p -> p.getChannel() == ContactChannel.EMAIL));
			}
		}
	}

	@Test
	void peopleHaveCalendarsTimeZonesAndConfirmedAlternates() {
		List<Person> people = repository.getOrganization().getPeople();
		assertTrue(people.stream().filter(Person::isAdvocate).count() >= 5);
		assertTrue(people.stream().map(Person::getTimeZone).distinct().count() >= 3);
		Set<String> emails = new HashSet<>();
		for (Person person : people) {
			assertNotNull(person.getCalendar(), person.getName());
			assertNotNull(person.getTitle());
			assertTrue(emails.add(person.getEmail()), "unique e-mail " + person.getEmail());
		}
		List<AwayPeriod> away = people.stream().flatMap(p -> p.getAwayPeriods().stream()).toList();
		assertTrue(away.size() >= 2);
		for (AwayPeriod period : away) {
			assertTrue(period.getStart().isBefore(period.getEnd()));
			assertTrue(period.isAlternateConfirmed());
			assertNotNull(period.getAlternate());
			assertFalse(period.getAlternate() == period.eContainer());
		}
		List<BusinessCalendar> calendars = repository.getOrganization().getCalendars();
		assertTrue(calendars.size() >= 2);
		assertNotNull(repository.getOrganization().getDefaultCalendar());
		for (BusinessCalendar calendar : calendars) {
			assertEquals(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY),
					calendar.getWorkingDays());
			assertTrue(calendar.getWorkdayStart().isBefore(calendar.getWorkdayEnd()));
			int nextYear = NOW.atZone(calendar.getTimeZone()).getYear() + 1;
			assertTrue(calendar.getHolidays().stream().map(Holiday::getDate).anyMatch(d -> d.getYear() == nextYear),
					"holidays of next year in " + calendar.getName());
			assertEquals(calendar.getHolidays().size(),
					calendar.getHolidays().stream().map(Holiday::getDate).distinct().count(), "no duplicate holiday");
		}
	}

	@Test
	void closedEngagementsMetAndConfirmedAllCriteria() {
		for (Engagement engagement : repository.getEngagements()) {
			EngagementState state = engagement.getState();
			boolean closed = state == EngagementState.RETURNED_TO_SOP || state == EngagementState.DECLINED;
			assertEquals(closed, engagement.getClosedAt() != null, engagement.getKey());
			if (state == EngagementState.RETURNED_TO_SOP) {
				List<Criterion> criteria = new ArrayList<>(engagement.getDisengagementCriteria());
				criteria.addAll(engagement.getSuccessCriteria());
				assertFalse(criteria.isEmpty());
				for (Criterion criterion : criteria) {
					assertTrue(criterion.isMet() && criterion.isCustomerConfirmed(), engagement.getKey());
					assertFalse(criterion.getMetAt().isAfter(engagement.getClosedAt()));
					assertFalse(criterion.getConfirmedAt().isAfter(engagement.getClosedAt()));
					assertFalse(criterion.getConfirmedAt().isBefore(criterion.getMetAt()));
				}
			}
		}
	}

	@Test
	void engagedOnwardEngagementsHaveSummariesAndPlans() {
		for (Engagement engagement : repository.getEngagements()) {
			boolean engaged = engagement.getState().getValue() >= EngagementState.ENGAGED_VALUE;
			assertEquals(engaged, engagement.getSituationSummary() != null, engagement.getKey());
			assertEquals(engaged, engagement.getGetWellPlan() != null, engagement.getKey());
			if (!engaged) {
				continue;
			}
			SituationSummary summary = engagement.getSituationSummary();
			assertEquals(engagement.getState() == EngagementState.ENGAGED ? SummaryState.DRAFT : SummaryState.REVIEWED,
					summary.getState());
			int events = summary.getChronology().size();
			assertTrue(events >= 5 && events <= 10, engagement.getKey() + " has " + events + " events");
			assertFalse(summary.getRootCauses().isEmpty());
			assertFalse(summary.getActionItems().isEmpty());
			assertFalse(summary.getRecommendations().isEmpty());
			assertTrue(summary.getExecutiveSummary().contains(engagement.getCustomer().getName()));
			GetWellPlan plan = engagement.getGetWellPlan();
			assertTrue(plan.getPhases().size() >= 2 && plan.getPhases().size() <= 4);
			assertFalse(plan.getStakeholders().isEmpty());
			assertFalse(plan.getRisks().isEmpty());
			if (plan.getPublishedAt() != null) {
				List<PlanTask> tasks = plan.getPhases().stream().flatMap(phase -> phase.getTasks().stream()).toList();
				assertEquals(tasks, plan.getPublishedTasks().stream().map(PublishedTask::getTask).toList(),
						engagement.getKey() + " keeps the version it published");
				assertSame(engagement.getAdvocate(), plan.getPublishedBy());
			}
		}
		assertTrue(repository.getEngagements().stream()
				.flatMap(e -> e.getSituationSummary() == null ? Stream.empty()
						: e.getSituationSummary().getContributingFactors().stream())
				.anyMatch(f -> f.isSwirl()));
	}

	@Test
	void escalationsShowTheLadderAndASubstitute() {
		List<Escalation> escalations = repository.getEngagements().stream().flatMap(e -> e.getEscalations().stream()).toList();
		assertFalse(escalations.isEmpty());
		assertTrue(escalations.stream().flatMap(e -> e.getAttempts().stream()).anyMatch(a -> a.getSubstituteFor() != null),
				"an away person was replaced by the alternate");
		assertTrue(escalations.stream().flatMap(e -> e.getAttempts().stream())
				.anyMatch(a -> a.getOutcome() == AttemptOutcome.NO_ANSWER));
	}

	@Test
	void communicationsIncludeDraftsAndAHeldBackChargedDraft() {
		List<CustomerCommunication> all = repository.getEngagements().stream()
				.flatMap(e -> e.getCommunications().stream()).toList();
		assertTrue(all.stream().anyMatch(c -> c.getState() == CommunicationState.SENT && c.getNextUpdateDue() != null));
		assertTrue(all.stream().anyMatch(c -> c.getState() == CommunicationState.DRAFT));
		CustomerCommunication held = all.stream().filter(c -> c.getState() == CommunicationState.ON_HOLD).findFirst()
				.orElseThrow();
		assertTrue(held.isEmotionallyCharged());
		assertEquals(held.getCreatedAt().plus(Duration.ofHours(24)), held.getHoldUntil());
		assertTrue(held.getHoldUntil().isAfter(NOW), "still held at 'now'");
		assertNull(held.getSentAt());
	}

	@Test
	void eachSentUpdatePromisesTheNextOneWhenTheEngineSaysItIsDue() {
		CustomerUpdates engine = new CustomerUpdates();
		for (Engagement engagement : repository.getEngagements()) {
			for (CustomerCommunication sent : engagement.getCommunications()) {
				if (sent.getState() == CommunicationState.SENT && sent.getNextUpdateDue() != null) {
					assertEquals(engine.nextUpdateAfter(engagement, sent.getSentAt()), sent.getNextUpdateDue(),
							engagement.getKey() + ": business-hours cadences count working time, not wall-clock time");
				}
			}
		}
	}

	@Test
	void twoPastWeeklyReviewsWithItemsAndCommitments() {
		List<ManagementReview> reviews = repository.getReviews();
		assertEquals(2, reviews.size());
		assertEquals(Duration.ofDays(7), Duration.between(reviews.get(0).getHeldOn(), reviews.get(1).getHeldOn()));
		Set<ReviewItemKind> kinds = EnumSet.noneOf(ReviewItemKind.class);
		boolean overdue = false;
		for (ManagementReview review : reviews) {
			assertTrue(review.getHeldOn().isBefore(NOW));
			assertTrue(review.getAttendees().size() >= 4);
			review.getItems().forEach(item -> kinds.add(item.getKind()));
			assertFalse(review.getCommitments().isEmpty());
			for (RootCauseCommitment commitment : review.getCommitments()) {
				assertFalse(commitment.getRootCauses().isEmpty());
				assertNotNull(commitment.getAccountableManager());
				overdue |= commitment.getPromisedUpdateOn().isBefore(LocalDate.ofInstant(NOW, ZoneOffset.UTC))
						&& commitment.getStatus() != CommitmentStatus.DONE;
			}
		}
		assertEquals(EnumSet.allOf(ReviewItemKind.class), kinds);
		assertTrue(overdue, "one promised update is overdue");
	}

	@Test
	void engagedEngagementsHeldAResponseMeetingAndARehearsedCustomerMeeting() {
		for (Engagement engagement : repository.getEngagements()) {
			String key = engagement.getKey();
			EngagementState state = engagement.getState();
			if (state == EngagementState.ASSESSING) {
				ResponseMeeting planned = engagement.getResponseMeetings().get(0);
				assertTrue(planned.getPlannedAt().isAfter(NOW) && planned.getHeldAt() == null, key);
			} else if (state.getValue() >= EngagementState.ENGAGED_VALUE) {
				ResponseMeeting response = engagement.getResponseMeetings().get(0);
				assertTrue(response.getHeldAt().isBefore(engagement.getCriteriaAgreedAt()), key);
				assertTrue(response.getParticipants().containsAll(engagement.getTeam()), key + " invites the experts");
				assertNotNull(response.getSituation(), key);
				assertNotNull(response.getCourseOfAction(), key);
				assertTrue(response.getEvidence().size() >= 3, key);
				assertTrue(response.getEvidence().stream().allMatch(e -> e.getKind() != null
						&& e.getLink().startsWith("https://")
						&& response.getParticipants().contains(e.getBroughtBy())), key);
				CustomerMeeting first = engagement.getCustomerMeetings().get(0);
				assertEquals(engagement.getCriteriaAgreedAt(), first.getHeldAt(), key);
				DryRun dryRun = first.getDryRun();
				assertTrue(dryRun.getHeldAt().isBefore(first.getHeldAt()), key + " rehearsed before the meeting");
				assertEquals(first.getParticipants().size(), dryRun.getParts().size(), key + ": a part for everyone");
				assertTrue(dryRun.getParts().stream().allMatch(MeetingPart::isRehearsed), key);
				assertFalse(first.getCustomerAttendees().isEmpty(), key);
			} else {
				assertTrue(engagement.getResponseMeetings().isEmpty(), key);
				assertTrue(engagement.getCustomerMeetings().isEmpty(), key);
			}
		}
		CustomerMeeting unrehearsed = repository.getEngagements().stream()
				.flatMap(engagement -> engagement.getCustomerMeetings().stream())
				.filter(meeting -> meeting.getHeldAt() == null && meeting.getDryRun() == null).findFirst()
				.orElseThrow();
		assertTrue(unrehearsed.getPlannedAt().isBefore(NOW.plus(Duration.ofDays(1))),
				"a customer meeting less than a day away has no dry-run, for the workbench to warn about");
		assertTrue(unrehearsed.isSeniorManagementAttends());
	}

	@Test
	void offersPausesAndAnOverriddenColour() {
		Offer trial = offers().filter(offer -> offer.getStatus() == OfferStatus.TRIAL).findFirst().orElseThrow();
		assertEquals(90, trial.getTrialDays(), "the whitepaper's 90-day trial is the default");
		assertEquals(trial.getTrialStart().plusDays(90), trial.getSwitchOffOn());
		assertTrue(trial.getSwitchOffOn().isAfter(LocalDate.ofInstant(NOW, ZoneOffset.UTC)));
		assertEquals(3, trial.getImpacts().size());
		assertTrue(trial.getInvestment().signum() > 0);
		assertTrue(offers().anyMatch(offer -> offer.getStatus() == OfferStatus.BOUGHT));
		List<ClockPause> pauses = repository.getEngagements().stream().flatMap(e -> e.getPauses().stream()).toList();
		assertEquals(2, pauses.size());
		assertTrue(pauses.stream().anyMatch(pause -> pause.getEnd() == null), "one clock is paused now");
		assertTrue(pauses.stream().allMatch(pause -> pause.getReason() != null && pause.getPausedBy() != null));
		List<Engagement> overridden = repository.getEngagements().stream()
				.filter(engagement -> engagement.getColourOverride() != null).toList();
		assertEquals(1, overridden.size());
		EngagementColour colour = new EngagementColours(NOW).of(overridden.get(0));
		assertTrue(colour.overridden() && colour.rationale().contains("(set by "), colour.rationale());
		Engagement withoutOverride = EcoreUtil.copy(overridden.get(0));
		withoutOverride.setColourOverride(null);
		assertFalse(new EngagementColours(NOW).colourOf(withoutOverride) == colour.colour(),
				"the advocate's colour differs from the engine's");
	}

	private static Stream<Offer> offers() {
		return repository.getEngagements().stream().flatMap(engagement -> engagement.getOffers().stream());
	}

	@Test
	void updatesCarryTheSilverLiningTheirColourAndTheCustomersConfirmation() {
		List<CustomerCommunication> sent = repository.getEngagements().stream()
				.flatMap(engagement -> engagement.getCommunications().stream())
				.filter(update -> update.getState() == CommunicationState.SENT).toList();
		assertTrue(sent.stream().allMatch(CustomerCommunication::isSetColour), "every sent update knows its colour");
		assertTrue(sent.stream().anyMatch(update -> update.getSilverLining() != null));
		assertTrue(sent.stream().anyMatch(update -> update.isCustomerRepeatedBack()
				&& update.getClarificationNotes() != null && !update.getRepeatedBackAt().isAfter(NOW)));
		assertTrue(repository.getEngagements().stream().flatMap(e -> e.getCommunications().stream())
				.anyMatch(update -> update.getAudiences().size() == 2), "a draft for a mixed audience");
		int unconfirmed = 0;
		for (Engagement engagement : repository.getEngagements()) {
			CustomerCommunication confirmation = engagement.getCriteriaConfirmation();
			if (confirmation != null) {
				assertSame(engagement, confirmation.eContainer());
				assertTrue(confirmation.isCustomerRepeatedBack(), engagement.getKey());
			} else if (engagement.getCriteriaAgreedAt() != null) {
				unconfirmed++;
			}
			if (engagement.getState() == EngagementState.RETURNED_TO_SOP) {
				assertNotNull(engagement.getCloseOutConfirmation(), engagement.getKey());
			}
		}
		assertTrue(unconfirmed >= 1, "an agreement without a recorded confirmation, for the workbench to flag");
	}

	@Test
	void personalListsHavePrioritiesNewItemsAndCrossedOffOnes() {
		List<PersonalListItem> items = new ArrayList<>();
		repository.getEngagements().forEach(engagement -> engagement.eAllContents().forEachRemaining(object -> {
			if (object instanceof PersonalListItem item) {
				items.add(item);
			}
		}));
		repository.getReviews().forEach(review -> items.addAll(review.getCommitments()));
		Set<ListPriority> priorities = items.stream().map(PersonalListItem::getPriority).collect(Collectors.toSet());
		assertTrue(priorities.containsAll(EnumSet.of(ListPriority.NEW, ListPriority.A, ListPriority.B, ListPriority.C)),
				priorities.toString());
		assertTrue(items.stream().filter(item -> item.getPriority() != ListPriority.NEW)
				.allMatch(item -> item.getPrioritizedAt() != null || item.getCrossedOffAt() != null));
		assertTrue(items.stream().anyMatch(item -> item instanceof PlanTask && item.getCrossedOffAt() != null));
		assertTrue(items.stream()
				.allMatch(item -> item.getCrossedOffAt() == null || !item.getCrossedOffAt().isAfter(NOW)));
	}

	@Test
	void customersHaveAHistoryAndStrategicContactsAreReachableAroundTheClock() {
		assertTrue(repository.getCustomers().stream().allMatch(customer -> customer.getCustomerSince() != null));
		List<Customer> former = repository.getCustomers().stream().filter(c -> c.getCustomerUntil() != null).toList();
		assertEquals(2, former.size());
		former.forEach(customer -> assertTrue(customer.getCustomerSince().isBefore(customer.getCustomerUntil())));
		assertTrue(repository.getCustomers().stream().flatMap(customer -> customer.getContacts().stream())
				.flatMap(contact -> contact.getContactPoints().stream()).anyMatch(ContactPoint::isAvailable24x7));
		assertTrue(repository.getOrganization().getCalendars().stream()
				.allMatch(calendar -> calendar.getHolidayRegion() != null));
	}

	@Test
	void supportAndEngineeringRotateTheirPrimaryAndBackup() {
		LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
		List<FunctionalArea> rotating = repository.getOrganization().getAreas().stream()
				.filter(area -> !area.getRotation().isEmpty()).toList();
		assertEquals(EnumSet.of(AreaKind.TECHNICAL_SUPPORT, AreaKind.ENGINEERING),
				rotating.stream().map(FunctionalArea::getKind)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(AreaKind.class))));
		for (FunctionalArea area : rotating) {
			RotationShift current = area.getRotation().get(0);
			RotationShift next = area.getRotation().get(1);
			assertTrue(!current.getStartsOn().isAfter(today) && next.getStartsOn().isAfter(today));
			assertSame(area.getLadder().get(0).getPerson(), current.getPrimary(), "the ladder's primary is on duty");
			assertSame(current.getPrimary(), next.getBackup(), "the outgoing primary backs up the next one");
			assertFalse(next.getPrimary() == current.getPrimary());
		}
	}

	@Test
	void commitmentsSayWhoAskedForThemAndWhen() {
		for (ManagementReview review : repository.getReviews()) {
			for (RootCauseCommitment commitment : review.getCommitments()) {
				assertTrue(commitment.getRequestedAt().isBefore(review.getHeldOn()));
				assertTrue(commitment.getRequestedBy().isAdvocate());
			}
		}
	}

	@Test
	void relatedEngagementsAreLinked() {
		assertTrue(repository.getEngagements().stream().anyMatch(e -> !e.getRelatedEngagements().isEmpty()));
	}

	/**
	 * The invariants every generated repository satisfies, whatever its seed, "now" or size.
	 */
	static void assertInvariants(AdvocacyRepository repository, Instant now) {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(repository);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> diagnostic.getChildren().toString());
		assertTrue(EcoreUtil.ExternalCrossReferencer.find(repository).isEmpty(), "every reference stays inside");
		Set<String> keys = new HashSet<>();
		EngagementColours colours = new EngagementColours(now);
		for (Engagement engagement : repository.getEngagements()) {
			String key = engagement.getKey();
			assertTrue(keys.add(key), "unique key " + key);
			assertNotNull(engagement.getCustomer(), key);
			assertNotNull(engagement.getAdvocate(), key);
			assertTrue(engagement.getAdvocate().isAdvocate(), key);
			assertNotNull(engagement.getReason(), key);
			assertFalse(colours.of(engagement).rationale().isBlank(), key);
			LocalDate since = engagement.getCustomer().getCustomerSince();
			assertTrue(since != null && since.isBefore(LocalDate.ofInstant(engagement.getOpenedAt(), ZoneOffset.UTC)),
					key + ": the customer was a customer before the engagement");
			assertNull(engagement.getCustomer().getCustomerUntil(), key + ": engagements are for current customers");
			assertNotNull(engagement.getCustomerWords(), key);
			assertTrue(engagement.getOpenedAt().isBefore(now), key);
			assertTrue(engagement.getCustomer().getProductLines().contains(engagement.getProductLine()), key);
			assertSame(engagement.getProductLine().getBusinessUnit(), engagement.getBusinessUnit(), key);
			if (engagement.getClosedAt() != null) {
				assertTrue(engagement.getClosedAt().isAfter(engagement.getOpenedAt()), key);
				assertTrue(engagement.getClosedAt().isBefore(now), key);
			}
			if (engagement.getState().getValue() >= EngagementState.ASSESSING_VALUE) {
				assertNotNull(engagement.getCriteriaAgreedAt(), key);
				assertTrue(engagement.getCriteriaAgreedAt().isAfter(engagement.getOpenedAt()), key);
				assertTrue(engagement.getCriteriaAgreedAt().isBefore(now), key);
				assertFalse(engagement.getDisengagementCriteria().isEmpty(), key);
			}
			assertFalse(engagement.getEffortEntries().isEmpty(), key);
			engagement.getEffortEntries().forEach(e -> assertTrue(e.getHours() > 0 && e.getHourlyRate().signum() > 0));
			if (engagement.getSituationSummary() != null) {
				assertChronologyInOrder(engagement, now);
			}
			if (engagement.getGetWellPlan() != null) {
				assertPlanValid(engagement.getGetWellPlan(), key);
			}
			engagement.getEscalations().forEach(escalation -> assertLadderWalked(escalation, now, key));
			for (CustomerCommunication message : engagement.getCommunications()) {
				assertTrue(engagement.getCustomer().getContacts().containsAll(message.getRecipients()), key);
				assertFalse(message.getRecipients().isEmpty(), key);
				if (message.getState() == CommunicationState.SENT) {
					assertFalse(message.getSentAt().isBefore(message.getCreatedAt()), key);
					assertTrue(message.getSentAt().isBefore(now), key);
					assertTrue(message.getSentAt().isAfter(engagement.getOpenedAt()), key);
				}
				if (message.isEmotionallyCharged()) {
					assertEquals(message.getCreatedAt().plus(Duration.ofHours(24)), message.getHoldUntil(), key);
				}
			}
		}
		for (ManagementReview review : repository.getReviews()) {
			assertTrue(review.getHeldOn().isBefore(now));
			review.getItems().forEach(item -> assertTrue(item.getEngagement().getOpenedAt().isBefore(review.getHeldOn())));
			for (RootCauseCommitment commitment : review.getCommitments()) {
				for (RootCause cause : commitment.getRootCauses()) {
					assertTrue(EcoreUtil.isAncestor(repository, cause));
				}
			}
		}
	}

	private static void assertChronologyInOrder(Engagement engagement, Instant now) {
		Instant previous = Instant.MIN;
		for (ChronologyEvent event : engagement.getSituationSummary().getChronology()) {
			assertFalse(event.getOccurredAt().isBefore(previous), engagement.getKey() + " chronology in time order");
			assertTrue(event.getOccurredAt().isBefore(now), engagement.getKey());
			previous = event.getOccurredAt();
		}
	}

	/** 10 to 40 tasks; dependencies within the plan and acyclic; finish not before start; working-day starts. */
	static void assertPlanValid(GetWellPlan plan, String key) {
		List<PlanTask> tasks = plan.getPhases().stream().flatMap(p -> p.getTasks().stream()).toList();
		assertTrue(tasks.size() >= 10 && tasks.size() <= 40, key + " has " + tasks.size() + " tasks");
		Set<LocalDate> holidays = new HashSet<>();
		plan.getCalendar().getHolidays().forEach(h -> holidays.add(h.getDate()));
		for (PhaseOfValue phase : plan.getPhases()) {
			assertTrue(phase.getTasks().stream().anyMatch(PlanTask::isMilestone), key + " phase ends in a milestone");
		}
		for (PlanTask task : tasks) {
			assertNotNull(task.getOwner(), key);
			assertFalse(task.getFinish().isBefore(task.getStart()), key + " " + task.getName());
			assertTrue(task.getStart().getDayOfWeek().getValue() <= 5 && !holidays.contains(task.getStart()),
					key + " starts on a working day: " + task.getName());
			assertTrue(task.getPercentComplete() >= 0 && task.getPercentComplete() <= 100);
			assertEquals(task.isMilestone(), task.getDurationDays() == 0, key + " " + task.getName());
			if (task.getBaselineStart() != null) {
				assertFalse(task.getBaselineFinish().isBefore(task.getBaselineStart()));
			}
			for (TaskDependency dependency : task.getDependencies()) {
				assertTrue(EcoreUtil.isAncestor(plan, dependency.getPredecessor()), key + " predecessor within the plan");
			}
		}
		// depth-first search for cycles: 0 = unvisited, 1 = on the stack, 2 = done
		Map<PlanTask, Integer> marks = new HashMap<>();
		for (PlanTask task : tasks) {
			assertAcyclic(task, marks, key);
		}
	}

	private static void assertAcyclic(PlanTask task, Map<PlanTask, Integer> marks, String key) {
		int mark = marks.getOrDefault(task, 0);
		assertTrue(mark != 1, key + ": dependency cycle through " + task.getName());
		if (mark == 2) {
			return;
		}
		marks.put(task, 1);
		for (TaskDependency dependency : task.getDependencies()) {
			assertAcyclic(dependency.getPredecessor(), marks, key);
		}
		marks.put(task, 2);
	}

	/** Levels strictly ascending, responses after contact, moving up only after no answer. */
	private static void assertLadderWalked(Escalation escalation, Instant now, String key) {
		List<LadderAttempt> attempts = escalation.getAttempts();
		assertFalse(attempts.isEmpty(), key);
		for (int i = 0; i < attempts.size(); i++) {
			LadderAttempt attempt = attempts.get(i);
			assertTrue(attempt.getContactedAt().isBefore(now), key);
			assertNotNull(attempt.getPerson(), key);
			if (attempt.getSubstituteFor() == null) {
				Person rung = escalation.getArea().getLadder().get(attempt.getLevel().getValue()).getPerson();
				assertSame(rung, attempt.getPerson(), key + " the person of the ladder level");
			}
			if (attempt.getOutcome() == AttemptOutcome.RESPONDED) {
				assertTrue(attempt.getRespondedAt().isAfter(attempt.getContactedAt()), key);
				assertEquals(attempts.size() - 1, i, key + " stops at the first response");
			} else {
				assertEquals(AttemptOutcome.NO_ANSWER, attempt.getOutcome(), key);
				assertNull(attempt.getRespondedAt(), key);
			}
			if (i > 0) {
				assertEquals(attempts.get(i - 1).getLevel().getValue() + 1, attempt.getLevel().getValue(), key);
				assertTrue(attempt.getContactedAt().isAfter(attempts.get(i - 1).getContactedAt()), key);
			}
		}
	}
}
