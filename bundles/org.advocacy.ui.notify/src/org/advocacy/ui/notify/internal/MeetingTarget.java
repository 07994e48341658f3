// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE;
import static org.advocacy.model.AdvocacyPackage.Literals.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.MeetingSchedule;
import org.advocacy.model.Person;
import org.advocacy.model.Stakeholder;
import org.advocacy.notify.calendar.ScheduledMeeting;
import org.advocacy.notify.compose.People;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A meeting the workbench invites to: a get-well plan's status meetings or the weekly management review. Says where
 * its schedule lives, who may be invited (the plan's stakeholders and the advocate first), and what the meeting is
 * once its schedule is saved.
 *
 * @param title           the meeting in a few words, for the dialog
 * @param changeLabel     the name of the command that changes the schedule, shown by Undo
 * @param owner           the object holding the schedule
 * @param feature         the containment holding it
 * @param meeting         the meeting as the repository has it now, empty before its schedule exists
 * @param people          the colleagues who may be invited, those closest to the meeting first
 * @param customerPeople  the customer's people who may be invited (none for the internal review)
 * @param defaultOrganizer who runs a newly scheduled meeting, or {@code null}
 */
record MeetingTarget(String title, String changeLabel, EObject owner, EReference feature,
		Supplier<Optional<ScheduledMeeting>> meeting, List<Person> people, List<CustomerContact> customerPeople,
		Person defaultOrganizer) {

	/** @return the status meetings of the engagement's get-well plan, which must exist */
	static MeetingTarget plan(Engagement engagement) {
		GetWellPlan plan = engagement.getGetWellPlan();
		Set<Person> closest = new LinkedHashSet<>();
		if (engagement.getAdvocate() != null) {
			closest.add(engagement.getAdvocate());
		}
		plan.getStakeholders().stream().map(Stakeholder::getPerson).forEach(person -> {
			if (person != null) {
				closest.add(person);
			}
		});
		AdvocacyRepository repository = (AdvocacyRepository) engagement.eContainer();
		List<CustomerContact> customerPeople = engagement.getCustomer() == null ? List.of()
				: engagement.getCustomer().getContacts().stream()
						.filter(contact -> contact.getEmail() != null && !contact.getEmail().isBlank()).toList();
		return new MeetingTarget("Status meetings of " + engagement.getKey(), "Change Status Meetings", plan,
				GET_WELL_PLAN__STATUS_MEETING_SCHEDULE, () -> ScheduledMeeting.ofPlan(engagement),
				reachable(closest, repository), customerPeople, engagement.getAdvocate());
	}

	/** @return the weekly management review of the repository */
	static MeetingTarget review(AdvocacyRepository repository) {
		return new MeetingTarget("Weekly management review", "Change Review Meeting", repository,
				ADVOCACY_REPOSITORY__REVIEW_SCHEDULE, () -> ScheduledMeeting.ofReview(repository),
				reachable(Set.of(), repository), List.of(), YouAre.in(repository).orElse(null));
	}

	/** @return the schedule as the repository has it now, or {@code null} */
	MeetingSchedule schedule() {
		return (MeetingSchedule) owner.eGet(feature);
	}

	/** @return the people with an e-mail address: the closest first, then everyone else of the organization */
	private static List<Person> reachable(Set<Person> closest, AdvocacyRepository repository) {
		Set<Person> ordered = new LinkedHashSet<>(closest);
		if (repository.getOrganization() != null) {
			ordered.addAll(repository.getOrganization().getPeople());
		}
		return new ArrayList<>(ordered.stream().filter(People::hasEmail).toList());
	}
}
