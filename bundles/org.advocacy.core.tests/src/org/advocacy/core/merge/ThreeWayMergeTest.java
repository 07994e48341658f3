// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import static org.advocacy.core.merge.Versions.engagement;
import static org.advocacy.core.merge.Versions.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.repository.ObjectIds;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Expense;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.Urgency;
import org.advocacy.model.Weekday;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/** Three-way merges of one document per object and feature: what merges by itself and what is left to decide. */
class ThreeWayMergeTest {

	private static final String KEY = "ADV-0002";

	private final Versions versions = new Versions();
	private final AdvocacyRepository originalRepository = versions.load();
	private final AdvocacyRepository theirRepository = versions.load();
	private final AdvocacyRepository myRepository = versions.load();
	private final Engagement original = engagement(originalRepository, KEY);
	private final Engagement theirs = engagement(theirRepository, KEY);
	private final Engagement mine = engagement(myRepository, KEY);

	private Merge merge() {
		return ThreeWayMerge.merge(state(original), state(theirs), state(mine));
	}

	@Test
	void disjointEditsOfOneEngagementBothSurviveWithoutAsking() {
		theirs.setTitle("Payroll outage — root cause found");
		mine.setUrgency(mine.getUrgency() == Urgency.URGENT_24X7 ? Urgency.BUSINESS_HOURS : Urgency.URGENT_24X7);
		Urgency myUrgency = mine.getUrgency();

		Merge merge = merge();

		assertFalse(merge.hasConflicts(), merge.conflicts().toString());
		assertTrue(merge.changesTheirs());
		assertTrue(merge.changesMine());
		merge.applyTo(theirs);
		assertEquals("Payroll outage — root cause found", theirs.getTitle());
		assertEquals(myUrgency, theirs.getUrgency());
	}

	@Test
	void theMergeReachesMyCopyAsOneUndoableCommand() {
		String myTitle = mine.getTitle();
		theirs.setTitle("Their title");
		mine.setUrgency(mine.getUrgency() == Urgency.URGENT_24X7 ? Urgency.BUSINESS_HOURS : Urgency.URGENT_24X7);
		Urgency myUrgency = mine.getUrgency();
		EditingDomain domain = Versions.domainOf(mine);

		Command command = merge().command(domain, mine);
		domain.getCommandStack().execute(command);

		assertEquals("Their title", mine.getTitle());
		assertEquals(myUrgency, mine.getUrgency());
		domain.getCommandStack().undo();
		assertEquals(myTitle, mine.getTitle());
		assertEquals(myUrgency, mine.getUrgency(), "undo takes back their change, not mine");
		domain.getCommandStack().redo();
		assertEquals("Their title", mine.getTitle());
	}

	@Test
	void takingTheirAddsMovesAndDeletesIntoMyCopyIsOneExactUndoableCommand() {
		theirs.setTitle("Their title");
		theirs.getSuccessCriteria().remove(1);
		Criterion added = criterion("Added by them");
		theirs.getSuccessCriteria().add(0, added);
		PhaseOfValue theirSecond = theirs.getGetWellPlan().getPhases().get(1);
		PlanTask moved = theirs.getGetWellPlan().getPhases().get(0).getTasks().get(0);
		theirSecond.getTasks().add(moved);
		mine.setUrgency(mine.getUrgency() == Urgency.URGENT_24X7 ? Urgency.BUSINESS_HOURS : Urgency.URGENT_24X7);
		Urgency myUrgency = mine.getUrgency();
		EditingDomain domain = Versions.domainOf(mine);
		Merge merge = merge();
		assertFalse(merge.hasConflicts(), merge.conflicts().toString());

		CommandCheck.executesUndoesAndRedoes(domain, mine, merge.command(domain, mine));

		assertEquals("Their title", mine.getTitle());
		assertEquals(ObjectIds.of(added), ObjectIds.of(mine.getSuccessCriteria().get(0)), "their UUID, after redo too");
		assertEquals(2, mine.getSuccessCriteria().size());
		PhaseOfValue mySecond = mine.getGetWellPlan().getPhases().get(1);
		assertEquals(ObjectIds.of(moved), ObjectIds.of(mySecond.getTasks().get(mySecond.getTasks().size() - 1)));
		assertEquals(myUrgency, mine.getUrgency(), "my own change stays");
	}

	@Test
	void theSameFeatureChangedDifferentlyIsAConflictWithAllThreeValues() {
		String before = original.getTitle();
		theirs.setTitle("Theirs");
		mine.setTitle("Mine");

		Merge merge = merge();

		assertEquals(1, merge.conflicts().size());
		Conflict conflict = merge.conflicts().get(0);
		assertEquals(Conflict.Kind.CHANGED_DIFFERENTLY, conflict.kind());
		assertEquals(Literals.ENGAGEMENT__TITLE, conflict.feature());
		assertEquals(ObjectIds.of(mine), conflict.objectId());
		assertEquals(before, conflict.original());
		assertEquals("Theirs", conflict.theirs());
		assertEquals("Mine", conflict.mine());
		assertTrue(conflict.describe().contains("Theirs") && conflict.describe().contains("Mine"),
				conflict.describe());
		assertThrows(IllegalStateException.class, merge::result, "an undecided conflict must not be merged away");
	}

	@Test
	void aConflictIsResolvedByChoiceOrByATypedValue() {
		String before = original.getTitle();
		theirs.setTitle("Theirs");
		mine.setTitle("Mine");

		for (Choice choice : Choice.values()) {
			Merge merge = merge();
			merge.resolve(merge.conflicts().get(0), choice);
			AdvocacyRepository copy = versions.load();
			Engagement target = engagement(copy, KEY);
			merge.applyTo(target);
			assertEquals(switch (choice) {
			case ORIGINAL -> before;
			case THEIRS -> "Theirs";
			case MINE -> "Mine";
			}, target.getTitle());
		}
		Merge typed = merge();
		typed.resolve(typed.conflicts().get(0), "Both, reworded");
		typed.applyTo(theirs);
		assertEquals("Both, reworded", theirs.getTitle());
		Merge wrongType = merge();
		assertThrows(IllegalArgumentException.class, () -> wrongType.resolve(wrongType.conflicts().get(0), 42));
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() {
		theirs.setState(EngagementState.CLOSE_OUT);
		mine.setState(EngagementState.CLOSE_OUT);

		Merge merge = merge();

		assertFalse(merge.hasConflicts());
		assertFalse(merge.changesTheirs());
	}

	@Test
	void containedListsMergeByUuidKeepingAddsAndRemovesOfBothSides() {
		Engagement o = withCriteria(original);
		List<String> originalIds = ids(o.getSuccessCriteria());
		theirs.getSuccessCriteria().remove(0);
		Criterion theirNew = criterion("Their new criterion");
		theirs.getSuccessCriteria().add(theirNew);
		Criterion myNew = criterion("My new criterion");
		mine.getSuccessCriteria().add(0, myNew);
		mine.getSuccessCriteria().get(mine.getSuccessCriteria().size() - 1).setDescription("Reworded by me");

		Merge merge = merge();

		assertFalse(merge.hasConflicts(), merge.conflicts().toString());
		merge.applyTo(theirs);
		List<String> merged = ids(theirs.getSuccessCriteria());
		assertFalse(merged.contains(originalIds.get(0)), "their removal is kept");
		assertEquals(ObjectIds.of(myNew), merged.get(0), "my addition keeps its place at the start");
		assertTrue(merged.contains(ObjectIds.of(theirNew)), "their addition is kept");
		assertEquals("My new criterion", theirs.getSuccessCriteria().get(0).getDescription());
		assertTrue(theirs.getSuccessCriteria().stream().anyMatch(c -> "Reworded by me".equals(c.getDescription())));
		assertEquals(originalIds.size() + 1, merged.size());
	}

	@Test
	void referenceListsMergeByUuid() {
		List<Person> people = myRepository.getOrganization().getPeople();
		Person theirPick = findPerson(theirRepository, people.get(1));
		Person myPick = people.get(2);
		theirs.getTeam().add(theirPick);
		mine.getTeam().add(myPick);

		Merge merge = merge();

		assertFalse(merge.hasConflicts());
		merge.applyTo(theirs);
		List<String> team = ids(theirs.getTeam());
		assertTrue(team.contains(ObjectIds.of(theirPick)));
		assertTrue(team.contains(ObjectIds.of(myPick)));
		assertSame(findPerson(theirRepository, myPick), theirs.getTeam().get(team.indexOf(ObjectIds.of(myPick))),
				"the reference points to their copy's person, not to mine");
	}

	@Test
	void editingWhatTheyDeletedIsAConflict() {
		Engagement o = withCriteria(original);
		String id = ObjectIds.of(o.getSuccessCriteria().get(0));
		theirs.getSuccessCriteria().remove(0);
		mine.getSuccessCriteria().get(0).setMet(!mine.getSuccessCriteria().get(0).isMet());
		boolean myMet = mine.getSuccessCriteria().get(0).isMet();

		Merge merge = merge();

		assertEquals(1, merge.conflicts().size(), merge.conflicts().toString());
		Conflict conflict = merge.conflicts().get(0);
		assertEquals(Conflict.Kind.DELETED_BY_THEM, conflict.kind());
		assertEquals(id, conflict.objectId());
		assertNull(conflict.theirs());
		assertEquals(id, ObjectIds.of((EObject) conflict.mine()));

		merge.resolve(conflict, Choice.MINE);
		AdvocacyRepository kept = versions.load();
		Engagement keptEngagement = engagement(kept, KEY);
		keptEngagement.getSuccessCriteria().remove(0); // theirs, as stored
		merge.applyTo(keptEngagement);
		assertEquals(id, ObjectIds.of(keptEngagement.getSuccessCriteria().get(0)), "restored at its place");
		assertEquals(myMet, keptEngagement.getSuccessCriteria().get(0).isMet(), "with my edit");

		Merge deleting = merge();
		deleting.resolve(deleting.conflicts().get(0), Choice.THEIRS);
		deleting.applyTo(theirs);
		assertFalse(ids(theirs.getSuccessCriteria()).contains(id));
	}

	@Test
	void deletingWhatTheyEditedIsAConflict() {
		withCriteria(original);
		String id = ObjectIds.of(mine.getSuccessCriteria().get(0));
		theirs.getSuccessCriteria().get(0).setDescription("Sharpened by them");
		mine.getSuccessCriteria().remove(0);

		Merge merge = merge();

		assertEquals(1, merge.conflicts().size());
		assertEquals(Conflict.Kind.DELETED_BY_ME, merge.conflicts().get(0).kind());
		merge.resolve(merge.conflicts().get(0), Choice.THEIRS);
		EditingDomain domain = Versions.domainOf(mine);
		domain.getCommandStack().execute(merge.command(domain, mine));
		assertEquals(id, ObjectIds.of(mine.getSuccessCriteria().get(0)), "their edit brings it back into my copy");
		assertEquals("Sharpened by them", mine.getSuccessCriteria().get(0).getDescription());
	}

	@Test
	void deletingWhatNobodyElseTouchedJustDeletes() {
		withCriteria(original);
		String id = ObjectIds.of(mine.getSuccessCriteria().get(0));
		theirs.setTitle("Their title");
		mine.getSuccessCriteria().remove(0);

		Merge merge = merge();

		assertFalse(merge.hasConflicts());
		merge.applyTo(theirs);
		assertFalse(ids(theirs.getSuccessCriteria()).contains(id));
		assertEquals("Their title", theirs.getTitle());
	}

	@Test
	void attributesOfEveryDataTypeMergeAndConflictByValue() {
		Engagement withEffort = first(originalRepository, e -> !e.getEffortEntries().isEmpty()
				&& !e.getExpenses().isEmpty() && e.getGetWellPlan() != null
				&& !e.getGetWellPlan().getPhases().isEmpty());
		Engagement o = engagement(originalRepository, withEffort.getKey());
		Engagement t = engagement(theirRepository, withEffort.getKey());
		Engagement m = engagement(myRepository, withEffort.getKey());
		EffortEntry theirEntry = t.getEffortEntries().get(0);
		EffortEntry myEntry = m.getEffortEntries().get(0);
		Expense theirExpense = t.getExpenses().get(0);
		Expense myExpense = m.getExpenses().get(0);
		PlanTask theirTask = t.getGetWellPlan().getPhases().get(0).getTasks().get(0);
		PlanTask myTask = m.getGetWellPlan().getPhases().get(0).getTasks().get(0);

		theirEntry.setHours(7.25); // double, theirs only
		myEntry.setDate(LocalDate.of(2026, 11, 3)); // LocalDate, mine only
		t.setOpenedAt(Instant.parse("2026-10-01T08:00:00Z")); // Instant, both differently
		m.setOpenedAt(Instant.parse("2026-10-01T09:30:00Z"));
		theirExpense.setAmount(new BigDecimal("120.50")); // BigDecimal, same amount written differently
		myExpense.setAmount(new BigDecimal("120.5"));
		theirTask.setPercentComplete(60); // int, both differently
		myTask.setPercentComplete(75);
		myTask.setMilestone(!myTask.isMilestone()); // boolean, mine only
		t.setState(EngagementState.CLOSE_OUT); // enum, theirs only

		Merge merge = ThreeWayMerge.merge(state(o), state(t), state(m));

		assertEquals(List.of(Literals.ENGAGEMENT__OPENED_AT, Literals.PLAN_TASK__PERCENT_COMPLETE),
				merge.conflicts().stream().map(Conflict::feature).toList(), merge.conflicts().toString());
		assertEquals(Instant.parse("2026-10-01T09:30:00Z"), merge.conflicts().get(0).mine());
		assertEquals(75, merge.conflicts().get(1).mine());
		assertEquals(60, merge.conflicts().get(1).theirs());
		merge.resolveAll(Choice.MINE);
		merge.applyTo(t);
		assertEquals(7.25, theirEntry.getHours());
		assertEquals(LocalDate.of(2026, 11, 3), theirEntry.getDate());
		assertEquals(Instant.parse("2026-10-01T09:30:00Z"), t.getOpenedAt());
		assertEquals(0, new BigDecimal("120.5").compareTo(theirExpense.getAmount()));
		assertEquals(75, theirTask.getPercentComplete());
		assertEquals(myTask.isMilestone(), theirTask.isMilestone());
		assertEquals(EngagementState.CLOSE_OUT, t.getState());
	}

	@Test
	void organizationCalendarsMergeZonesTimesAndWeekdayLists() {
		BusinessCalendar o = originalRepository.getOrganization().getCalendars().get(0);
		BusinessCalendar t = theirRepository.getOrganization().getCalendars().get(0);
		BusinessCalendar m = myRepository.getOrganization().getCalendars().get(0);
		t.setTimeZone(ZoneId.of("Asia/Tokyo"));
		m.setWorkdayStart(LocalTime.of(7, 30));
		t.getWorkingDays().remove(Weekday.FRIDAY);
		m.getWorkingDays().add(Weekday.SATURDAY);

		Merge merge = ThreeWayMerge.merge(state(originalRepository.getOrganization()),
				state(theirRepository.getOrganization()), state(myRepository.getOrganization()));

		assertFalse(merge.hasConflicts(), merge.conflicts().toString());
		merge.applyTo(theirRepository.getOrganization());
		assertEquals(ZoneId.of("Asia/Tokyo"), t.getTimeZone());
		assertEquals(LocalTime.of(7, 30), t.getWorkdayStart());
		assertFalse(t.getWorkingDays().contains(Weekday.FRIDAY));
		assertTrue(t.getWorkingDays().contains(Weekday.SATURDAY));
		assertNotEquals(o.getWorkingDays(), t.getWorkingDays());
	}

	@Test
	void referencesToOtherDocumentsMergeAndConflictByTheObjectTheyName() {
		List<Customer> customers = myRepository.getCustomers();
		Customer otherCustomer = customers.stream().filter(c -> c != mine.getCustomer()).findFirst().orElseThrow();
		Person theirAdvocate = findPerson(theirRepository, otherPerson(mine.getAdvocate()));
		mine.setCustomer(otherCustomer);
		theirs.setAdvocate(theirAdvocate);

		Merge merge = merge();

		assertFalse(merge.hasConflicts());
		merge.applyTo(theirs);
		assertEquals(ObjectIds.of(otherCustomer), ObjectIds.of(theirs.getCustomer()));
		assertSame(theirRepository, theirs.getCustomer().eContainer(), "their copy's customer, not mine");
		assertEquals(ObjectIds.of(theirAdvocate), ObjectIds.of(theirs.getAdvocate()));

		Customer theirCustomer = theirRepository.getCustomers().stream()
				.filter(c -> !ObjectIds.of(c).equals(ObjectIds.of(otherCustomer))
						&& !ObjectIds.of(c).equals(ObjectIds.of(original.getCustomer())))
				.findFirst().orElseThrow();
		Engagement theirsAgain = engagement(versions.load(), KEY);
		theirsAgain.setCustomer(findCustomer(theirsAgain, theirCustomer));
		Merge conflicting = ThreeWayMerge.merge(state(original), state(theirsAgain), state(mine));
		Conflict conflict = conflicting.conflicts().get(0);
		assertEquals(Literals.ENGAGEMENT__CUSTOMER, conflict.feature());
		assertEquals(ObjectIds.of(original.getCustomer()), ObjectIds.of((EObject) conflict.original()));
		assertEquals(ObjectIds.of(theirCustomer), ObjectIds.of((EObject) conflict.theirs()));
		assertEquals(ObjectIds.of(otherCustomer), ObjectIds.of((EObject) conflict.mine()));
	}

	@Test
	void anObjectMovedByOneSideAndEditedByTheOtherIsMovedAndEdited() {
		Engagement withPhases = first(originalRepository, e -> e.getGetWellPlan() != null
				&& e.getGetWellPlan().getPhases().size() >= 2 && !e.getGetWellPlan().getPhases().get(0).getTasks().isEmpty());
		Engagement t = engagement(theirRepository, withPhases.getKey());
		Engagement m = engagement(myRepository, withPhases.getKey());
		PlanTask myTask = m.getGetWellPlan().getPhases().get(0).getTasks().get(0);
		String id = ObjectIds.of(myTask);
		PhaseOfValue mySecond = m.getGetWellPlan().getPhases().get(1);
		mySecond.getTasks().add(myTask);
		PlanTask theirTask = t.getGetWellPlan().getPhases().get(0).getTasks().get(0);
		theirTask.setName("Renamed by them");

		Merge merge = ThreeWayMerge.merge(state(withPhases), state(t), state(m));

		assertFalse(merge.hasConflicts(), merge.conflicts().toString());
		merge.applyTo(t);
		PhaseOfValue theirSecond = t.getGetWellPlan().getPhases().get(1);
		assertSame(theirTask, theirSecond.getTasks().get(theirSecond.getTasks().size() - 1), "moved, same object");
		assertEquals(id, ObjectIds.of(theirTask));
		assertEquals("Renamed by them", theirTask.getName());
	}

	@Test
	void twoNewObjectsForOneSingleValuedContainmentAreAConflict() {
		theirs.setSituationSummary(null);
		mine.setSituationSummary(null);
		Engagement o = engagement(versions.load(), KEY);
		o.setSituationSummary(null);
		SituationSummary their = AdvocacyFactory.eINSTANCE.createSituationSummary();
		their.setExecutiveSummary("Theirs");
		theirs.setSituationSummary(their);
		SituationSummary my = AdvocacyFactory.eINSTANCE.createSituationSummary();
		my.setExecutiveSummary("Mine");
		mine.setSituationSummary(my);

		Merge merge = ThreeWayMerge.merge(state(o), state(theirs), state(mine));

		assertEquals(1, merge.conflicts().size(), merge.conflicts().toString());
		assertEquals(Literals.ENGAGEMENT__SITUATION_SUMMARY, merge.conflicts().get(0).feature());
		merge.resolve(merge.conflicts().get(0), Choice.MINE);
		merge.applyTo(theirs);
		assertEquals("Mine", theirs.getSituationSummary().getExecutiveSummary());
		assertEquals(ObjectIds.of(my), ObjectIds.of(theirs.getSituationSummary()));
	}

	@Test
	void withoutTheOriginalEveryDifferenceIsAConflict() {
		theirs.setTitle("Theirs");

		Merge merge = ThreeWayMerge.merge(null, state(theirs), state(mine));

		assertEquals(1, merge.conflicts().size());
		assertNull(merge.conflicts().get(0).original());
	}

	@Test
	void editingADocumentTheyDeletedIsAConflictOnTheWholeDocument() {
		mine.setTitle("Still working on it");

		Merge merge = ThreeWayMerge.merge(state(original), null, state(mine));

		assertEquals(1, merge.conflicts().size());
		assertEquals(Conflict.Kind.DELETED_BY_THEM, merge.conflicts().get(0).kind());
		merge.resolve(merge.conflicts().get(0), Choice.THEIRS);
		assertTrue(merge.deletesDocument());
		Merge keeping = ThreeWayMerge.merge(state(original), null, state(mine));
		keeping.resolve(keeping.conflicts().get(0), Choice.MINE);
		assertFalse(keeping.deletesDocument());
		assertTrue(keeping.result().sameContent(state(mine)));
	}

	@Test
	void theCatalogIsTheRepositoryRootsReferenceDataOnly() {
		theirRepository.getReasons().get(0).setName("Reason renamed by them");
		myRepository.getSegments().get(0).setDescription("Segment described by me");
		myRepository.getEngagements().get(0).setTitle("Not part of the catalog");

		Merge merge = ThreeWayMerge.merge(state(originalRepository), state(theirRepository), state(myRepository));

		assertFalse(merge.hasConflicts());
		merge.applyTo(theirRepository);
		assertEquals("Reason renamed by them", theirRepository.getReasons().get(0).getName());
		assertEquals("Segment described by me", theirRepository.getSegments().get(0).getDescription());
		assertNotEquals("Not part of the catalog", theirRepository.getEngagements().get(0).getTitle());
		assertEquals(DocumentKind.CATALOG, state(myRepository).kind());
	}

	private static Engagement withCriteria(Engagement o) {
		assertTrue(o.getSuccessCriteria().size() >= 2, KEY + " of the sample needs two success criteria");
		return o;
	}

	private static Criterion criterion(String description) {
		Criterion criterion = AdvocacyFactory.eINSTANCE.createCriterion();
		criterion.setDescription(description);
		return criterion;
	}

	private static List<String> ids(List<? extends EObject> objects) {
		return objects.stream().map(ObjectIds::of).toList();
	}

	private static Person findPerson(AdvocacyRepository repository, Person like) {
		return repository.getOrganization().getPeople().stream()
				.filter(person -> ObjectIds.of(person).equals(ObjectIds.of(like))).findFirst().orElseThrow();
	}

	private Person otherPerson(Person than) {
		return myRepository.getOrganization().getPeople().stream().filter(person -> person != than).findFirst()
				.orElseThrow();
	}

	private static Customer findCustomer(Engagement in, Customer like) {
		return ((AdvocacyRepository) in.eContainer()).getCustomers().stream()
				.filter(customer -> ObjectIds.of(customer).equals(ObjectIds.of(like))).findFirst().orElseThrow();
	}

	private static Engagement first(AdvocacyRepository repository, java.util.function.Predicate<Engagement> test) {
		return repository.getEngagements().stream().filter(test).findFirst()
				.orElseThrow(() -> new AssertionError("the sample has no such engagement"));
	}
}
