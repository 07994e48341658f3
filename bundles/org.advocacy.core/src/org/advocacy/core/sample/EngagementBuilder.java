// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;

/**
 * Builds the engagements: the standard script first, then random ones for scaled samples. Each engagement gets
 * a customer, an advocate matching the segment's advocacy level, a team, a timeline consistent with its state,
 * criteria, and (through the specialised builders) its situation summary, get-well plan, escalations,
 * communications, effort and expenses.
 */
final class EngagementBuilder {

	private final SampleContext context;
	private final AdvocacyRepository repository;
	private final ReferenceData reference;
	private final Staff staff;
	private final CustomerBuilder customers;
	private final SummaryBuilder summaries;
	private final PlanBuilder plans;
	private final EscalationBuilder escalations;
	private final CommunicationBuilder communications;
	private final EffortBuilder effort;
	private final List<Engagement> standard = new ArrayList<>();
	/** The latest engagement per customer, for related-engagement links; look-up only. */
	private final Map<Customer, Engagement> latestByCustomer = new IdentityHashMap<>();

	EngagementBuilder(SampleContext context, AdvocacyRepository repository, ReferenceData reference, Staff staff,
			CustomerBuilder customers) {
		this.context = context;
		this.repository = repository;
		this.reference = reference;
		this.staff = staff;
		this.customers = customers;
		this.summaries = new SummaryBuilder(context, staff);
		this.plans = new PlanBuilder(context, staff);
		this.escalations = new EscalationBuilder(context, staff);
		this.communications = new CommunicationBuilder(context);
		this.effort = new EffortBuilder(context, staff);
	}

	void build(int count) {
		for (int index = 0; index < count; index++) {
			boolean detailed = index < Script.STANDARD.length;
			Script script = detailed ? Script.STANDARD[index] : Script.random(context);
			repository.getEngagements().add(engagement(index, script, detailed));
		}
	}

	private Engagement engagement(int index, Script script, boolean detailed) {
		Scenario scenario = reference.scenarios.get(script.reason());
		Customer customer = customer(script);
		ProductLine line = context.pick(customer.getProductLines());
		Person advocate = advocate(reference.segments.indexOf(customer.getSegment()));
		EngagementState state = script.state();
		boolean planned = state.getValue() >= EngagementState.ENGAGED_VALUE;
		WorkingDayIndex days = staff.workingDays(advocate);
		PlanShape shape = planned
				? new PlanShape(context, scenario, tasksPerPhase(scenario, detailed), state != EngagementState.ENGAGED,
						script.forcedSlip())
				: null;
		Timeline timeline = new Timeline(context, state, script.urgency(), script.anchor(), days, shape, detailed);

		Engagement engagement = context.factory.createEngagement();
		engagement.setKey(String.format(Locale.ROOT, "ADV-%04d", index + 1));
		engagement.setTitle(String.format(Locale.ROOT, context.pick(scenario.titles()), line.getName()));
		engagement.setCustomer(customer);
		engagement.setAdvocate(advocate);
		engagement.setTrigger(script.trigger());
		engagement.setCustomerWords(words(script, scenario));
		engagement.setReason(reference.reasons.get(script.reason()));
		engagement.setUrgency(script.urgency());
		engagement.setState(state);
		engagement.setOpenedAt(timeline.openedAt);
		engagement.setClosedAt(timeline.closedAt);
		engagement.setProductLine(line);
		engagement.setBusinessUnit(line.getBusinessUnit());
		engagement.setCriteriaAgreedAt(timeline.criteriaAgreedAt);
		team(engagement, scenario, customer, detailed);
		if (timeline.criteriaAgreedAt != null) {
			criteria(engagement, scenario, timeline, detailed);
		}
		if (planned) {
			summaries.build(engagement, scenario, timeline, detailed);
			plans.build(engagement, scenario, shape, timeline, detailed);
		}
		escalations.build(engagement, scenario, timeline, ReferenceData.target(customer.getSegment(), repository,
				script.urgency()).getEscalationTimeoutMinutes(), detailed);
		communications.build(engagement, timeline, ReferenceData.target(customer.getSegment(), repository,
				script.urgency()).getUpdateCadenceMinutes(), script.special(), detailed);
		effort.build(engagement, timeline, detailed);
		Engagement previous = latestByCustomer.put(customer, engagement);
		if (previous != null && (script.sameCustomerAs() >= 0 || context.chance(0.4))) {
			engagement.getRelatedEngagements().add(previous);
		}
		if (detailed) {
			standard.add(engagement);
		}
		return engagement;
	}

	private Customer customer(Script script) {
		if (script.sameCustomerAs() >= 0) {
			return standard.get(script.sameCustomerAs()).getCustomer();
		}
		List<Customer> segment = customers.bySegment.get(script.segment());
		int offset = context.random.nextInt(segment.size());
		for (int i = 0; i < segment.size(); i++) {
			Customer candidate = segment.get((offset + i) % segment.size());
			if (standard.size() >= Script.STANDARD.length || !latestByCustomer.containsKey(candidate)) {
				return candidate;
			}
		}
		return segment.get(offset);
	}

	/** Strategic accounts get principal advocates, small business the least seasoned ones. */
	private Person advocate(int segment) {
		List<Person> advocates = staff.advocates;
		return switch (segment) {
		case ReferenceData.STRATEGIC -> advocates.get(context.between(0, 1));
		case ReferenceData.ENTERPRISE -> advocates.get(context.between(0, 3));
		case ReferenceData.COMMERCIAL -> advocates.get(context.between(2, 5));
		default -> advocates.get(context.between(4, 5));
		};
	}

	private int[] tasksPerPhase(Scenario scenario, boolean detailed) {
		int phases = detailed ? context.between(3, 4) : context.between(2, 3);
		int[] tasks = new int[phases];
		for (int phase = 0; phase < phases; phase++) {
			int capacity = PlanShape.capacity(scenario, phase);
			tasks[phase] = detailed ? context.between(4, capacity) : context.between(4, Math.min(5, capacity));
		}
		return tasks;
	}

	private String words(Script script, Scenario scenario) {
		if (context.chance(0.7)) {
			return context.pick(scenario.customerWords());
		}
		return context.pick(switch (script.trigger()) {
		case SURVEY_DISSATISFACTION -> Scenarios.SURVEY_WORDS;
		case CUSTOMER_REQUEST -> Scenarios.REQUEST_WORDS;
		default -> Scenarios.OBSERVED_WORDS;
		});
	}

	private void team(Engagement engagement, Scenario scenario, Customer customer, boolean detailed) {
		List<Person> team = engagement.getTeam();
		team.add(customer.getAccountOwner());
		int areas = detailed ? Math.min(3, scenario.escalationAreas().length) : 1;
		for (int i = 0; i < areas; i++) {
			AreaKind area = scenario.escalationAreas()[i];
			Person member = context.pick(staff.workers.get(area));
			if (!team.contains(member) && member != engagement.getAdvocate()) {
				team.add(member);
			}
		}
	}

	private void criteria(Engagement engagement, Scenario scenario, Timeline timeline, boolean detailed) {
		EngagementState state = engagement.getState();
		int disengagement = detailed ? scenario.disengagement().length : Math.min(2, scenario.disengagement().length);
		for (int i = 0; i < disengagement; i++) {
			engagement.getDisengagementCriteria().add(criterion(scenario.disengagement()[i]));
		}
		int success = detailed ? scenario.success().length : 1;
		for (int i = 0; i < success; i++) {
			engagement.getSuccessCriteria().add(criterion(scenario.success()[i]));
		}
		List<Criterion> all = new ArrayList<>(engagement.getDisengagementCriteria());
		all.addAll(engagement.getSuccessCriteria());
		if (state == EngagementState.RETURNED_TO_SOP || state == EngagementState.CLOSE_OUT) {
			Instant base = state == EngagementState.RETURNED_TO_SOP ? timeline.closedAt : context.now;
			for (int i = 0; i < all.size(); i++) {
				Criterion criterion = all.get(i);
				criterion.setMet(true);
				Instant metAt = SampleContext.minute(base.minus(Duration.ofHours(context.between(30, 140))));
				criterion.setMetAt(metAt);
				boolean pending = state == EngagementState.CLOSE_OUT && i == all.size() - 1;
				if (!pending) {
					criterion.setCustomerConfirmed(true);
					criterion.setConfirmedAt(SampleContext.minute(base.minus(Duration.ofMinutes(context.between(60, 1440)))));
				}
			}
		}
	}

	private Criterion criterion(String description) {
		Criterion criterion = context.factory.createCriterion();
		criterion.setDescription(description);
		return criterion;
	}
}
