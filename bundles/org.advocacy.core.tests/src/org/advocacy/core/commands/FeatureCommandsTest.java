// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.core.tests.CommandCheck.executesUndoesAndRedoes;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS;
import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__DISENGAGEMENT_CRITERIA;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__TITLE;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__URGENCY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;

import org.advocacy.core.tests.CommandCheck;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Criterion;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.NotificationSettings;
import org.advocacy.model.Person;
import org.advocacy.model.Urgency;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/** The generic editors' edits of one feature — set, restore the default, add a row, remove rows — undo exactly. */
class FeatureCommandsTest {

	private final ModelBuilder model = new ModelBuilder();
	private final AdvocacyRepository repository = model.repository();
	private final Engagement engagement = model.engagement("ADV-0042", null, EngagementState.ENGAGED,
			Instant.parse("2026-03-02T09:00:00Z"));
	private final EditingDomain domain = CommandCheck.domain();

	@Test
	void aValueIsSet() {
		executesUndoesAndRedoes(domain, repository,
				FeatureCommands.set(domain, engagement, ENGAGEMENT__TITLE, "Payroll outage"));

		assertEquals("Payroll outage", engagement.getTitle());
	}

	@Test
	void aValueIsReset() {
		engagement.setUrgency(Urgency.BUSINESS_HOURS);

		executesUndoesAndRedoes(domain, repository, FeatureCommands.unset(domain, engagement, ENGAGEMENT__URGENCY));

		assertFalse(engagement.eIsSet(ENGAGEMENT__URGENCY), "back to the default");
	}

	@Test
	void aRowIsAddedAtTheEnd() {
		Criterion first = ModelBuilder.disengagementCriterion(engagement, "Fix in production");
		Criterion added = AdvocacyFactory.eINSTANCE.createCriterion();

		executesUndoesAndRedoes(domain, repository,
				FeatureCommands.add(domain, engagement, ENGAGEMENT__DISENGAGEMENT_CRITERIA, added));

		assertEquals(List.of(first, added), engagement.getDisengagementCriteria());
	}

	@Test
	void rowsAreRemoved() {
		Criterion first = ModelBuilder.disengagementCriterion(engagement, "Fix in production");
		Criterion second = ModelBuilder.disengagementCriterion(engagement, "Monitored for a week");
		Criterion third = ModelBuilder.disengagementCriterion(engagement, "Customer confirms");

		executesUndoesAndRedoes(domain, repository, FeatureCommands.remove(domain, engagement,
				ENGAGEMENT__DISENGAGEMENT_CRITERIA, List.of(first, third)));

		assertEquals(List.of(second), engagement.getDisengagementCriteria());
	}

	@Test
	void aWorkingCopyOfSettingsBecomesTheRepositorysFirstSettings() {
		NotificationSettings edited = AdvocacyFactory.eINSTANCE.createNotificationSettings();
		edited.setSmtpHost("smtp.example.com");

		executesUndoesAndRedoes(domain, repository, FeatureCommands.applyValues(domain, "Change Mail Settings", repository,
				ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS, edited));

		assertSame(edited, repository.getNotificationSettings());
	}

	@Test
	void aWorkingCopyOfAScheduleChangesOnlyWhatDiffersAndTheScheduleKeepsItsIdentity() {
		Person ana = model.person("Ana Lee");
		Person bob = model.person("Bob Ott");
		MeetingSchedule schedule = AdvocacyFactory.eINSTANCE.createMeetingSchedule();
		schedule.setDurationMinutes(30);
		schedule.setLocation("Room 1");
		schedule.getAttendees().add(ana);
		repository.setReviewSchedule(schedule);
		MeetingSchedule edited = EcoreUtil.copy(schedule);
		edited.setDurationMinutes(45);
		edited.getAttendees().add(bob);

		Command command = FeatureCommands.applyValues(domain, "Change Review Meeting", repository,
				ADVOCACY_REPOSITORY__REVIEW_SCHEDULE, edited);

		assertEquals(2, ((CompoundCommand) command).getCommandList().size(), "the duration and the attendees, not the place");
		executesUndoesAndRedoes(domain, repository, command);
		assertSame(schedule, repository.getReviewSchedule());
		assertEquals(45, schedule.getDurationMinutes());
		assertEquals(List.of(ana, bob), schedule.getAttendees());
		assertFalse(FeatureCommands.applyValues(domain, "Change Review Meeting", repository,
				ADVOCACY_REPOSITORY__REVIEW_SCHEDULE, EcoreUtil.copy(schedule)).canExecute(), "nothing to change");
	}
}
