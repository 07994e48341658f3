// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.advocacy.core.commands.PlanPublishCommands;
import org.advocacy.model.AreaKind;
import org.advocacy.model.Assumption;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.Risk;
import org.advocacy.model.Stakeholder;
import org.advocacy.model.StakeholderRole;
import org.advocacy.core.schedule.CriticalPathScheduler;
import org.advocacy.core.schedule.PlanStatus;
import org.advocacy.core.schedule.StatusColourRules;
import org.advocacy.model.StatusColour;
import org.advocacy.model.StatusMeeting;
import org.advocacy.model.TaskDependency;

/**
 * Places a {@link PlanShape} on the advocate's business calendar and builds the get-well plan: scope, objectives,
 * stakeholders, risks, assumptions, phases of value with owned tasks (percent complete consistent with "now",
 * baseline and commitment dates, caveats), dependencies and weekly status meetings. A published plan keeps the
 * version it was published with (its baseline), so the workbench can show what changed since. The colour agreed at
 * the latest status meeting is the engine's ({@link StatusColourRules}), so the sample agrees with the workbench.
 */
final class PlanBuilder extends StaffedBuilder {

	PlanBuilder(SampleContext context, Staff staff) {
		super(context, staff);
	}

	void build(Engagement engagement, Scenario scenario, PlanShape shape, Timeline timeline, boolean detailed) {
		WorkingDayIndex days = timeline.days;
		int start = timeline.planStart;
		int today = days.today();
		boolean baselined = engagement.getState() != EngagementState.ENGAGED;
		Customer customer = engagement.getCustomer();
		GetWellPlan plan = context.factory.createGetWellPlan();
		plan.setName("Get-well plan: " + customer.getName());
		String[] scope = scenario.scope();
		plan.setScope(String.format(Locale.ROOT, scope[0], customer.getName(), engagement.getProductLine().getName()));
		plan.setObjectives(scope[1]);
		plan.setOutOfScope(scope[2]);
		plan.setCalendar(days.calendar);
		if (baselined) {
			plan.setPublishedAt(days.at(start - 1, 16, 30));
			plan.setPublishedBy(engagement.getAdvocate());
			plan.setBaselinedAt(days.at(start - 1, 16, 30));
		}
		stakeholders(plan, engagement, scenario, detailed);
		risks(plan, engagement, detailed);
		assumptions(plan, detailed);

		Map<PlanShape.Node, PlanTask> tasks = new IdentityHashMap<>();
		List<PlanTask> taskList = new ArrayList<>();
		for (int phase = 0; phase < shape.phaseCount; phase++) {
			PhaseOfValue value = context.factory.createPhaseOfValue();
			value.setName(Scenarios.PHASES[phase].name());
			value.setDescription(Scenarios.PHASES[phase].description());
			int to = phase + 1 < shape.phaseCount ? shape.phaseStarts.get(phase + 1) : shape.nodes.size();
			for (int n = shape.phaseStarts.get(phase); n < to; n++) {
				PlanShape.Node node = shape.nodes.get(n);
				PlanTask task = task(node, engagement, days, start, today, baselined);
				for (int d = 0; d < node.predecessors.size(); d++) {
					TaskDependency dependency = context.factory.createTaskDependency();
					dependency.setPredecessor(tasks.get(node.predecessors.get(d)));
					dependency.setType(node.types.get(d));
					dependency.setLagDays(node.lags.get(d));
					task.getDependencies().add(dependency);
				}
				tasks.put(node, task);
				taskList.add(task);
				value.getTasks().add(task);
			}
			plan.getPhases().add(value);
		}
		if (baselined) {
			publishedVersion(plan);
		} else {
			draftInReview(plan, days, start);
		}
		meetings(plan, engagement, days, start, today, shape, taskList, detailed);
		engagement.setGetWellPlan(plan);
	}

	/** A plan not published yet is a draft the customer reviews, in two or three quick iterations. */
	private void draftInReview(GetWellPlan plan, WorkingDayIndex days, int start) {
		Assumption review = context.factory.createAssumption();
		review.setDescription("The customer reviews draft " + context.between(1, 2) + " of 3 in time for publication on "
				+ days.date(start - 1) + ".");
		plan.getAssumptions().add(review);
	}

	/** Keeps the tasks as they were published: on their baseline, which was set when the plan was published. */
	private void publishedVersion(GetWellPlan plan) {
		for (PhaseOfValue phase : plan.getPhases()) {
			for (PlanTask task : phase.getTasks()) {
				task.setBaselinedAt(plan.getBaselinedAt());
				plan.getPublishedTasks().add(PlanPublishCommands.publishedTask(phase, task, task.getBaselineStart(),
						task.getBaselineFinish()));
			}
		}
	}

	private PlanTask task(PlanShape.Node node, Engagement engagement, WorkingDayIndex days, int start, int today,
			boolean baselined) {
		PlanTask task = context.factory.createPlanTask();
		task.setName(node.name);
		task.setOwner(node.area == null ? engagement.getAdvocate() : context.pick(staff.workers.get(node.area)));
		task.setMilestone(node.milestone);
		task.setDurationDays(node.duration);
		task.setStart(days.date(start + node.start));
		task.setFinish(days.date(start + node.finish));
		int percent;
		if (start + node.finish < today) {
			percent = 100;
		} else if (start + node.start >= today || node.milestone) {
			percent = 0;
		} else {
			percent = Math.min(95, 10 * ((today - start - node.start) * 10 / node.duration));
		}
		task.setPercentComplete(percent);
		if (baselined) {
			task.setBaselineStart(days.date(start + node.baseStart));
			task.setBaselineFinish(days.date(start + node.baseFinish));
		}
		task.setCommitmentDate(days.date(start + (baselined ? node.baseFinish : node.finish)));
		boolean technical = node.area == AreaKind.ENGINEERING || node.area == AreaKind.TECHNICAL_SUPPORT
				|| node.area == AreaKind.PROFESSIONAL_SERVICES;
		if (!node.milestone && context.chance(0.15)) {
			task.setCaveats(technical ? context.pick(Scenarios.CAVEATS) : Scenarios.CAVEATS[1]);
		}
		if (technical && context.chance(0.15)) {
			task.setPrerequisites(context.pick(Scenarios.PREREQUISITES));
		}
		return task;
	}

	private void stakeholders(GetWellPlan plan, Engagement engagement, Scenario scenario, boolean detailed) {
		Person sponsor = staff.ladder(scenario.escalationAreas()[0], EscalationLevel.VICE_PRESIDENT);
		stakeholder(plan, sponsor, null, StakeholderRole.SPONSOR);
		stakeholder(plan, engagement.getCustomer().getAccountOwner(), null, StakeholderRole.BUSINESS_OWNER);
		for (Person member : engagement.getTeam()) {
			if (member != engagement.getCustomer().getAccountOwner() && (detailed || plan.getStakeholders().size() < 4)) {
				stakeholder(plan, member, null, StakeholderRole.PARTICIPANT);
			}
		}
		for (CustomerContact contact : engagement.getCustomer().getContacts()) {
			switch (contact.getAudience()) {
			case MANAGEMENT -> stakeholder(plan, null, contact, StakeholderRole.CUSTOMER);
			case ENGINEER -> {
				if (detailed) {
					stakeholder(plan, null, contact, StakeholderRole.CHAMPION);
				}
			}
			default -> {
				// administrative contacts receive updates but do not take part in the plan
			}
			}
		}
		if (detailed) {
			Person expert = context.pick(staff.workers.get(scenario.escalationAreas()[scenario.escalationAreas().length - 1]));
			stakeholder(plan, expert, null, StakeholderRole.SUBJECT_MATTER_EXPERT);
		}
	}

	private void stakeholder(GetWellPlan plan, Person person, CustomerContact contact, StakeholderRole role) {
		Stakeholder stakeholder = context.factory.createStakeholder();
		stakeholder.setPerson(person);
		stakeholder.setName(person != null ? person.getName() + ", " + person.getTitle()
				: contact.getName() + ", " + contact.getTitle());
		stakeholder.setRole(role);
		plan.getStakeholders().add(stakeholder);
	}

	private void risks(GetWellPlan plan, Engagement engagement, boolean detailed) {
		int count = detailed ? context.between(2, 4) : 1;
		int first = context.random.nextInt(Scenarios.RISKS.length);
		for (int i = 0; i < count; i++) {
			Scenarios.RiskText text = Scenarios.RISKS[(first + i) % Scenarios.RISKS.length];
			Risk risk = context.factory.createRisk();
			risk.setDescription(text.description());
			risk.setLikelihood(text.likelihood());
			risk.setImpact(text.impact());
			risk.setMitigation(text.mitigation());
			risk.setOwner(text.owner() == null ? engagement.getAdvocate()
					: staff.ladder(text.owner(), EscalationLevel.MANAGER));
			plan.getRisks().add(risk);
		}
	}

	private void assumptions(GetWellPlan plan, boolean detailed) {
		int count = detailed ? context.between(2, 3) : 1;
		int first = context.random.nextInt(Scenarios.ASSUMPTIONS.length);
		for (int i = 0; i < count; i++) {
			Assumption assumption = context.factory.createAssumption();
			assumption.setDescription(Scenarios.ASSUMPTIONS[(first + i) % Scenarios.ASSUMPTIONS.length]);
			plan.getAssumptions().add(assumption);
		}
	}

	/** @return the colour agreed at the latest status meeting of a plan that is under way or done */
	private static PlanStatus latestStatus(GetWellPlan plan, EngagementState state, WorkingDayIndex days, int today,
			List<PlanTask> tasks) {
		if (state == EngagementState.EXECUTING_PLAN) {
			return StatusColourRules.standard().assess(CriticalPathScheduler.schedule(plan), days.date(today));
		}
		return new PlanStatus(StatusColour.GREEN, "Plan complete: all " + tasks.size() + " tasks done"
				+ (state == EngagementState.CLOSE_OUT ? "; close-out criteria with the customer for confirmation."
						: "; account returned to standard operations."));
	}

	private void meetings(GetWellPlan plan, Engagement engagement, WorkingDayIndex days, int start, int today,
			PlanShape shape, List<PlanTask> tasks, boolean detailed) {
		if (engagement.getState() == EngagementState.ENGAGED) {
			return;
		}
		int last = Math.min(today - 1, start + shape.span());
		int count = (last - start) / 5 + 1;
		int shown = Math.min(count, detailed ? 8 : 2);
		PlanStatus latestStatus = latestStatus(plan, engagement.getState(), days, today, tasks);
		for (int k = count - shown; k < count; k++) {
			int day = start + 5 * k;
			StatusMeeting meeting = context.factory.createStatusMeeting();
			meeting.setHeldOn(days.at(day, 10, 0));
			meeting.getAttendees().add(engagement.getAdvocate());
			for (int a = 0; a < 2; a++) {
				Person owner = tasks.get(context.random.nextInt(tasks.size())).getOwner();
				if (!meeting.getAttendees().contains(owner)) {
					meeting.getAttendees().add(owner);
				}
			}
			boolean latest = k == count - 1;
			meeting.setColour(latest ? latestStatus.colour() : StatusColour.GREEN);
			meeting.setNotes(latest ? latestStatus.rationale()
					: "Weekly status: tasks reviewed against commitments; critical-path items checked with owners.");
			plan.getStatusMeetings().add(meeting);
		}
	}
}
