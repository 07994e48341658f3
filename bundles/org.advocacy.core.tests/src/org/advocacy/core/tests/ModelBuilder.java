// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.tests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AreaKind;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.DependencyType;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Escalation;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Expense;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Holiday;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.ProductLine;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.TaskDependency;
import org.advocacy.model.Urgency;
import org.advocacy.model.Weekday;

/**
 * Builds small hand-made models for the core tests, one object per call, each attached where it belongs and returned
 * so a test can change it further. An instance builds one repository (with an empty organization); the static methods
 * add contained objects to the object given (a task to its phase, an attempt to its escalation) or make free-standing
 * ones (calendars, service targets). The scenario fixtures of each test package are thin helpers over this class.
 */
public final class ModelBuilder {

	/** Monday to Friday. */
	public static final List<Weekday> WEEKDAYS = List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY,
			Weekday.THURSDAY, Weekday.FRIDAY);

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	private final AdvocacyRepository repository = FACTORY.createAdvocacyRepository();
	private int nextKey = 1;

	/** Starts an empty repository with an empty organization. */
	public ModelBuilder() {
		repository.setOrganization(FACTORY.createOrganization());
	}

	/** @return the repository built */
	public AdvocacyRepository repository() {
		return repository;
	}

	/** @return its organization */
	public Organization organization() {
		return repository.getOrganization();
	}

	/** @return a new person of the organization */
	public Person person(String name) {
		Person person = FACTORY.createPerson();
		person.setName(name);
		organization().getPeople().add(person);
		return person;
	}

	/** @return the calendar, added to the organization as its default */
	public BusinessCalendar defaultCalendar(BusinessCalendar calendar) {
		organization().getCalendars().add(calendar);
		organization().setDefaultCalendar(calendar);
		return calendar;
	}

	/**
	 * @param ladder the people to call, from primary upwards
	 * @return a new area of the organization
	 */
	public FunctionalArea area(String name, AreaKind kind, Person... ladder) {
		FunctionalArea area = FACTORY.createFunctionalArea();
		area.setName(name);
		area.setKind(kind);
		for (int level = 0; level < ladder.length; level++) {
			rung(area, EscalationLevel.VALUES.get(level), ladder[level]);
		}
		organization().getAreas().add(area);
		return area;
	}

	/** @return a new segment of the repository with the service targets */
	public CustomerSegment segment(String name, ServiceTarget... targets) {
		CustomerSegment segment = FACTORY.createCustomerSegment();
		segment.setName(name);
		segment.getTargets().addAll(List.of(targets));
		repository.getSegments().add(segment);
		return segment;
	}

	/** @return a new default service target of the repository */
	public ServiceTarget defaultTarget(Urgency urgency, int cadenceMinutes, int timeoutMinutes) {
		ServiceTarget target = target(urgency, cadenceMinutes, timeoutMinutes);
		repository.getDefaultTargets().add(target);
		return target;
	}

	/** @return a new business unit of the repository */
	public BusinessUnit businessUnit(String name) {
		BusinessUnit unit = FACTORY.createBusinessUnit();
		unit.setName(name);
		repository.getBusinessUnits().add(unit);
		return unit;
	}

	/** @return a new product line of the repository */
	public ProductLine productLine(String name, BusinessUnit unit) {
		ProductLine line = FACTORY.createProductLine();
		line.setName(name);
		line.setBusinessUnit(unit);
		repository.getProductLines().add(line);
		return line;
	}

	/** @return a new engagement reason of the repository */
	public EngagementReason reason(String name) {
		EngagementReason reason = FACTORY.createEngagementReason();
		reason.setName(name);
		repository.getReasons().add(reason);
		return reason;
	}

	/** @return a new customer of the repository */
	public Customer customer(String name, CustomerSegment segment) {
		Customer customer = FACTORY.createCustomer();
		customer.setName(name);
		customer.setSegment(segment);
		repository.getCustomers().add(customer);
		return customer;
	}

	/** @return a new engagement of the repository */
	public Engagement engagement(String key, Customer customer, EngagementState state, Instant openedAt) {
		Engagement engagement = FACTORY.createEngagement();
		engagement.setKey(key);
		engagement.setCustomer(customer);
		engagement.setState(state);
		engagement.setOpenedAt(openedAt);
		repository.getEngagements().add(engagement);
		return engagement;
	}

	/** @return a new engagement of the repository, keyed ADV-0001, ADV-0002, ... in the order of the calls */
	public Engagement engagement(Customer customer, EngagementState state, Instant openedAt) {
		return engagement(String.format("ADV-%04d", nextKey++), customer, state, openedAt);
	}

	/** @return a new management review of the repository */
	public ManagementReview review(Instant heldOn) {
		ManagementReview review = FACTORY.createManagementReview();
		review.setHeldOn(heldOn);
		repository.getReviews().add(review);
		return review;
	}

	/**
	 * @param name     the calendar's name
	 * @param zone     its time zone, e.g. "Europe/Berlin"
	 * @param start    the start of the working day, e.g. "09:00", or {@code null} when not said
	 * @param end      its end, or {@code null}
	 * @param days     the working days
	 * @param holidays the days off, each named "Holiday"
	 * @return a new calendar, not contained anywhere
	 */
	public static BusinessCalendar calendar(String name, String zone, String start, String end, List<Weekday> days,
			LocalDate... holidays) {
		BusinessCalendar calendar = FACTORY.createBusinessCalendar();
		calendar.setName(name);
		calendar.setTimeZone(ZoneId.of(zone));
		calendar.setWorkdayStart(start == null ? null : LocalTime.parse(start));
		calendar.setWorkdayEnd(end == null ? null : LocalTime.parse(end));
		calendar.getWorkingDays().addAll(days);
		for (LocalDate date : holidays) {
			Holiday holiday = FACTORY.createHoliday();
			holiday.setDate(date);
			holiday.setName("Holiday");
			calendar.getHolidays().add(holiday);
		}
		return calendar;
	}

	/** @return a calendar named "&lt;zone&gt; business hours" with the hours, working days and holidays */
	public static BusinessCalendar businessHours(String zone, String start, String end, List<Weekday> days,
			LocalDate... holidays) {
		return calendar(zone + " business hours", zone, start, end, days, holidays);
	}

	/** @return a Monday-to-Friday {@link #businessHours} calendar */
	public static BusinessCalendar weekdays(String zone, String start, String end, LocalDate... holidays) {
		return businessHours(zone, start, end, WEEKDAYS, holidays);
	}

	/** @return a new service target, not contained anywhere */
	public static ServiceTarget target(Urgency urgency, int cadenceMinutes, int timeoutMinutes) {
		ServiceTarget target = FACTORY.createServiceTarget();
		target.setUrgency(urgency);
		target.setUpdateCadenceMinutes(cadenceMinutes);
		target.setEscalationTimeoutMinutes(timeoutMinutes);
		return target;
	}

	/** @return a new rung at the end of the area's ladder */
	public static LadderRung rung(FunctionalArea area, EscalationLevel level, Person person) {
		LadderRung rung = FACTORY.createLadderRung();
		rung.setLevel(level);
		rung.setPerson(person);
		area.getLadder().add(rung);
		return rung;
	}

	/** @return a new away period of the person, its alternate confirmed */
	public static AwayPeriod away(Person person, Instant start, Instant end, Person alternate) {
		AwayPeriod away = FACTORY.createAwayPeriod();
		away.setStart(start);
		away.setEnd(end);
		away.setAlternate(alternate);
		away.setAlternateConfirmed(true);
		person.getAwayPeriods().add(away);
		return away;
	}

	/** @return a new escalation of the engagement */
	public static Escalation escalation(Engagement engagement, FunctionalArea area, Instant startedAt) {
		Escalation escalation = FACTORY.createEscalation();
		escalation.setArea(area);
		escalation.setStartedAt(startedAt);
		engagement.getEscalations().add(escalation);
		return escalation;
	}

	/** @return a new call of the escalation's ladder */
	public static LadderAttempt attempt(Escalation escalation, EscalationLevel level, Person person,
			Instant contactedAt, AttemptOutcome outcome) {
		LadderAttempt attempt = FACTORY.createLadderAttempt();
		attempt.setLevel(level);
		attempt.setPerson(person);
		attempt.setContactedAt(contactedAt);
		attempt.setOutcome(outcome);
		escalation.getAttempts().add(attempt);
		return attempt;
	}

	/** @return a new success criterion of the engagement */
	public static Criterion successCriterion(Engagement engagement, String description) {
		Criterion criterion = criterion(description);
		engagement.getSuccessCriteria().add(criterion);
		return criterion;
	}

	/** @return a new disengagement criterion of the engagement */
	public static Criterion disengagementCriterion(Engagement engagement, String description) {
		Criterion criterion = criterion(description);
		engagement.getDisengagementCriteria().add(criterion);
		return criterion;
	}

	/** @return a new effort entry of the engagement */
	public static EffortEntry effort(Engagement engagement, Person person, LocalDate date, double hours,
			String hourlyRate) {
		EffortEntry entry = FACTORY.createEffortEntry();
		entry.setPerson(person);
		entry.setDate(date);
		entry.setHours(hours);
		entry.setHourlyRate(new BigDecimal(hourlyRate));
		engagement.getEffortEntries().add(entry);
		return entry;
	}

	/** @return a new expense of the engagement */
	public static Expense expense(Engagement engagement, LocalDate date, String description, String amount) {
		Expense expense = FACTORY.createExpense();
		expense.setDate(date);
		expense.setDescription(description);
		expense.setAmount(new BigDecimal(amount));
		engagement.getExpenses().add(expense);
		return expense;
	}

	/** @return the engagement's new situation summary */
	public static SituationSummary summary(Engagement engagement, String executiveSummary) {
		SituationSummary summary = FACTORY.createSituationSummary();
		summary.setExecutiveSummary(executiveSummary);
		engagement.setSituationSummary(summary);
		return summary;
	}

	/** @return a new event at the end of the summary's chronology */
	public static ChronologyEvent event(SituationSummary summary, Instant occurredAt, String description) {
		ChronologyEvent event = FACTORY.createChronologyEvent();
		event.setOccurredAt(occurredAt);
		event.setDescription(description);
		summary.getChronology().add(event);
		return event;
	}

	/** @return a new review item of the review */
	public static ReviewItem item(ManagementReview review, Engagement engagement, ReviewItemKind kind,
			boolean confirmed) {
		ReviewItem item = FACTORY.createReviewItem();
		item.setEngagement(engagement);
		item.setKind(kind);
		item.setClosureConfirmed(confirmed);
		review.getItems().add(item);
		return item;
	}

	/**
	 * @param engagement the engagement whose plan it becomes, or {@code null} for a plan on its own
	 * @param calendar   the plan's calendar, or {@code null} when every day is a working day
	 * @return a new get-well plan
	 */
	public static GetWellPlan plan(Engagement engagement, String name, BusinessCalendar calendar) {
		GetWellPlan plan = FACTORY.createGetWellPlan();
		plan.setName(name);
		plan.setCalendar(calendar);
		if (engagement != null) {
			engagement.setGetWellPlan(plan);
		}
		return plan;
	}

	/** @return a new phase at the end of the plan */
	public static PhaseOfValue phase(GetWellPlan plan, String name) {
		PhaseOfValue phase = FACTORY.createPhaseOfValue();
		phase.setName(name);
		plan.getPhases().add(phase);
		return phase;
	}

	/** @return a new task at the end of the phase, without dates */
	public static PlanTask task(PhaseOfValue phase, String name, int durationDays) {
		PlanTask task = FACTORY.createPlanTask();
		task.setName(name);
		task.setDurationDays(durationDays);
		phase.getTasks().add(task);
		return task;
	}

	/** @return a new task at the end of the phase, with its start and finish ({@code null} when not set) */
	public static PlanTask task(PhaseOfValue phase, String name, LocalDate start, int durationDays, LocalDate finish) {
		PlanTask task = task(phase, name, durationDays);
		task.setStart(start);
		task.setFinish(finish);
		return task;
	}

	/** @return a new milestone at the end of the phase */
	public static PlanTask milestone(PhaseOfValue phase, String name) {
		PlanTask milestone = task(phase, name, 0);
		milestone.setMilestone(true);
		return milestone;
	}

	/** @return a new dependency of the successor on the predecessor */
	public static TaskDependency link(PlanTask predecessor, PlanTask successor, DependencyType type, int lagDays) {
		TaskDependency dependency = FACTORY.createTaskDependency();
		dependency.setPredecessor(predecessor);
		dependency.setType(type);
		dependency.setLagDays(lagDays);
		successor.getDependencies().add(dependency);
		return dependency;
	}

	/** @return a new finish-to-start dependency without lag */
	public static TaskDependency finishToStart(PlanTask predecessor, PlanTask successor) {
		return link(predecessor, successor, DependencyType.FINISH_TO_START, 0);
	}

	private static Criterion criterion(String description) {
		Criterion criterion = FACTORY.createCriterion();
		criterion.setDescription(description);
		return criterion;
	}
}
