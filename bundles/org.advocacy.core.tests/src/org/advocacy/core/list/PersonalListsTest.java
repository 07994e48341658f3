// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.model.ActionItem;
import org.advocacy.model.ActionStatus;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CommunicationState;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.ListPriority;
import org.advocacy.model.Person;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's own list gathers what they owe from every engagement and review, sorts it into Today (A), Incoming
 * (new) and the other priorities, keeps what they crossed off lately, and leaves out what is finished or belongs to
 * someone else.
 */
class PersonalListsTest {

	private static final Instant NOW = StandardSample.NOW;
	private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

	private AdvocacyRepository repository;
	private Engagement engagement;
	private Person owner;

	@BeforeEach
	void sample() {
		repository = StandardSample.generate();
		engagement = repository.getEngagements().stream()
				.filter(candidate -> candidate.getSituationSummary() != null
						&& candidate.getState() != EngagementState.RETURNED_TO_SOP
						&& candidate.getState() != EngagementState.DECLINED)
				.findFirst().orElseThrow();
		owner = repository.getOrganization().getPeople().get(0);
	}

	private ActionItem action(String description, ListPriority priority, LocalDate due) {
		ActionItem action = AdvocacyFactory.eINSTANCE.createActionItem();
		action.setDescription(description);
		action.setOwner(owner);
		action.setPriority(priority);
		action.setDue(due);
		action.setStatus(ActionStatus.OPEN);
		engagement.getSituationSummary().getActionItems().add(action);
		return action;
	}

	private PersonalList list() {
		return PersonalLists.of(repository, owner, NOW, ZoneOffset.UTC);
	}

	private static List<String> titles(List<OwedItem> items) {
		return items.stream().map(OwedItem::title).toList();
	}

	@Test
	void todayHoldsTheAItemsAndIncomingTheUntriagedOnes() {
		action("Call the DBA about the backup window", ListPriority.A, TODAY.plusDays(1));
		action("Read the new log files", ListPriority.NEW, null);
		action("Book the dry-run room", ListPriority.C, TODAY.plusDays(5));

		PersonalList list = list();

		assertTrue(titles(list.today()).contains("Call the DBA about the backup window"));
		assertFalse(titles(list.today()).contains("Read the new log files"));
		assertTrue(titles(list.incoming()).contains("Read the new log files"));
		assertTrue(titles(list.owed(ListPriority.C)).contains("Book the dry-run room"));
		assertTrue(list.today().stream().allMatch(item -> item.priority() == ListPriority.A && !item.isCrossedOff()));
		assertTrue(list.incoming().stream().allMatch(item -> item.priority() == ListPriority.NEW));
		OwedItem call = list.today().stream().filter(item -> item.title().startsWith("Call the DBA")).findFirst()
				.orElseThrow();
		assertEquals(OwedKind.ACTION_ITEM, call.kind());
		assertSame(engagement, call.engagement());
	}

	@Test
	void gathersEveryKindTheSampleGivesSomeoneAcrossEngagements() {
		Person busiest = repository.getOrganization().getPeople().stream()
				.max((a, b) -> Integer.compare(PersonalLists.of(repository, a, NOW, ZoneOffset.UTC).owed().size(),
						PersonalLists.of(repository, b, NOW, ZoneOffset.UTC).owed().size()))
				.orElseThrow();
		PersonalList list = PersonalLists.of(repository, busiest, NOW, ZoneOffset.UTC);

		assertTrue(list.owed().stream().map(OwedItem::engagement).distinct().count() > 1,
				"items from more than one engagement");
		for (OwedItem item : list.items()) {
			assertTrue(ownerOf(item) == busiest, () -> item.title() + " belongs to " + busiest.getName());
		}
	}

	private static Person ownerOf(OwedItem item) {
		return switch (item.item()) {
		case ActionItem action -> action.getOwner();
		case org.advocacy.model.PlanTask task -> task.getOwner();
		case org.advocacy.model.RootCauseCommitment commitment -> commitment.getAccountableManager();
		case CustomerCommunication update -> update.getAuthor() != null ? update.getAuthor()
				: item.engagement().getAdvocate();
		default -> null;
		};
	}

	@Test
	void itemsOfOthersFinishedItemsAndClosedEngagementsAreNotOwed() {
		ActionItem done = action("Already done elsewhere", ListPriority.B, TODAY);
		done.setStatus(ActionStatus.DONE);
		ActionItem others = action("Someone else's", ListPriority.A, TODAY);
		others.setOwner(repository.getOrganization().getPeople().get(1));
		action("On a closed engagement", ListPriority.A, TODAY);

		assertFalse(titles(list().items()).contains("Already done elsewhere"));
		assertFalse(titles(list().items()).contains("Someone else's"));
		assertTrue(titles(list().items()).contains("On a closed engagement"));

		engagement.setState(EngagementState.RETURNED_TO_SOP);
		assertFalse(titles(list().items()).contains("On a closed engagement"));
	}

	@Test
	void crossedOffItemsStayVisibleForAWeekThenLeave() {
		ActionItem yesterday = action("Crossed off yesterday", ListPriority.A, TODAY);
		yesterday.setStatus(ActionStatus.DONE);
		yesterday.setCrossedOffAt(NOW.minus(Duration.ofDays(1)));
		ActionItem longAgo = action("Crossed off long ago", ListPriority.A, TODAY.minusDays(30));
		longAgo.setStatus(ActionStatus.DONE);
		longAgo.setCrossedOffAt(NOW.minus(Duration.ofDays(PersonalLists.CROSSED_OFF_DAYS + 1L)));

		PersonalList list = list();

		assertTrue(titles(list.crossedOff()).contains("Crossed off yesterday"));
		assertFalse(titles(list.today()).contains("Crossed off yesterday"), "not owed any more");
		assertFalse(titles(list.items()).contains("Crossed off long ago"));
	}

	@Test
	void anUnsignedDraftIsOwedByTheAdvocateAndASentOneByNobody() {
		owner = engagement.getAdvocate();
		CustomerCommunication draft = AdvocacyFactory.eINSTANCE.createCustomerCommunication();
		draft.setSubject("Weekly status");
		draft.setState(CommunicationState.DRAFT);
		engagement.getCommunications().add(draft);

		assertTrue(titles(list().items()).contains("Send: Weekly status"));
		assertTrue(list().updatesDue().stream().noneMatch(status -> status.engagement() == engagement),
				"the draft covers the update due");

		draft.setState(CommunicationState.SENT);
		assertFalse(titles(list().items()).contains("Send: Weekly status"));
	}

	@Test
	void overdueItemsAreThoseStillOwedPastTheirDay() {
		action("Late", ListPriority.B, TODAY.minusDays(2));
		action("On time", ListPriority.B, TODAY);

		assertTrue(titles(list().overdue()).contains("Late"));
		assertFalse(titles(list().overdue()).contains("On time"));
	}

	@Test
	void aPersonIsFoundByFullNameOrAUniquePartAndAMisspellingNamesCloseMatches() {
		Person person = repository.getOrganization().getPeople().get(3);
		assertSame(person, PersonLookup.find(repository.getOrganization(), person.getName().toUpperCase()));
		assertSame(person, PersonLookup.find(repository.getOrganization(), " " + person.getName() + " "));

		String misspelt = person.getName().substring(0, person.getName().length() - 1) + "q";
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> PersonLookup.find(repository.getOrganization(), misspelt));
		assertTrue(unknown.getMessage().contains("Nobody called '" + misspelt + "'"), unknown.getMessage());
		assertTrue(unknown.getMessage().contains(person.getName()), unknown.getMessage());

		IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class,
				() -> PersonLookup.find(repository.getOrganization(), "a"));
		assertTrue(ambiguous.getMessage().contains("people are called 'a'"), ambiguous.getMessage());
	}
}
