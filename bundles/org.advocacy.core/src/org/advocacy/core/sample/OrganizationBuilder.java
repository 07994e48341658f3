// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.advocacy.model.AreaKind;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;

/**
 * Builds the organization: the seven functional areas of the who-to-call list, each with a complete ladder of
 * five distinct people (primary, backup, manager, director, vice president), the people who do the work, the
 * customer advocates and account executives, their 24x7 contact points, calendars and a few away periods with
 * confirmed alternates.
 */
final class OrganizationBuilder {

	static final String EMAIL_DOMAIN = "northwind.example";

	/** An office region: time zone, calendar and fictional phone number prefixes. */
	private record Region(String zone, int calendar, String mobile, String office, int digits) {
	}

	private static final Region[] REGIONS = {
			new Region("America/New_York", CalendarBuilder.US, "+1 917 555 01", "+1 212 555 01", 2),
			new Region("America/Los_Angeles", CalendarBuilder.US, "+1 310 555 01", "+1 213 555 01", 2),
			new Region("Europe/London", CalendarBuilder.UK, "+44 7700 900", "+44 20 7946 0", 3),
			new Region("Europe/Berlin", CalendarBuilder.BERLIN, "+49 151 5550 ", "+49 30 5550 ", 4),
			new Region("Asia/Singapore", CalendarBuilder.SINGAPORE, "+65 8555 ", "+65 6555 ", 4) };

	/** Weights of the regions: the company is headquartered in the US with offices in Europe and Asia. */
	private static final int[] REGION_WEIGHTS = { 40, 20, 15, 15, 10 };

	/** Area kind, area name, the five ladder titles (primary → VP), hourly rate of the primary, other staff. */
	private record AreaSpec(AreaKind kind, String name, String[] ladder, int rate, String[] staff) {
	}

	private static final AreaSpec[] AREAS = {
			new AreaSpec(AreaKind.SALES, "Sales",
					new String[] { "Account Executive (escalation primary)", "Senior Account Executive",
							"Regional Sales Manager", "Director of Sales, Enterprise", "Vice President, Worldwide Sales" },
					170, new String[0]),
			new AreaSpec(AreaKind.ENGINEERING, "Engineering",
					new String[] { "Staff Software Engineer (on-call primary)", "Senior Site Reliability Engineer",
							"Engineering Manager, Platform", "Director of Engineering", "Vice President, Engineering" },
					165, new String[] { "Senior Software Engineer", "Database Reliability Engineer" }),
			new AreaSpec(AreaKind.PRODUCT_MANAGEMENT, "Product Management",
					new String[] { "Senior Product Manager", "Product Manager", "Group Product Manager",
							"Director of Product Management", "Vice President, Product" },
					160, new String[] { "Product Owner, Integrations" }),
			new AreaSpec(AreaKind.LEGAL, "Legal",
					new String[] { "Commercial Counsel", "Senior Contracts Manager", "Associate General Counsel",
							"Deputy General Counsel", "General Counsel and Vice President, Legal" },
					210, new String[] { "Contracts Paralegal" }),
			new AreaSpec(AreaKind.TECHNICAL_SUPPORT, "Technical Support",
					new String[] { "Escalation Engineer", "Senior Support Engineer", "Support Manager, Critical Accounts",
							"Director of Technical Support", "Vice President, Customer Support" },
					140, new String[] { "Support Engineer", "Technical Account Manager" }),
			new AreaSpec(AreaKind.FINANCE, "Finance",
					new String[] { "Billing Operations Specialist", "Senior Billing Analyst",
							"Billing Operations Manager", "Director of Revenue Operations", "Vice President, Finance" },
					130, new String[] { "Revenue Accountant" }),
			new AreaSpec(AreaKind.PROFESSIONAL_SERVICES, "Professional Services",
					new String[] { "Senior Implementation Consultant", "Implementation Consultant", "Delivery Manager",
							"Director of Professional Services", "Vice President, Professional Services" },
					175, new String[] { "Solution Architect", "Project Manager" }) };

	private static final String[] ADVOCATE_TITLES = { "Principal Customer Advocate", "Principal Customer Advocate",
			"Senior Customer Advocate", "Senior Customer Advocate", "Customer Advocate", "Customer Advocate" };

	private static final String[] ACCOUNT_EXECUTIVE_TITLES = { "Strategic Account Executive",
			"Strategic Account Executive", "Enterprise Account Executive", "Enterprise Account Executive",
			"Commercial Account Manager" };

	private final SampleContext context;
	private final List<String> firstNames;
	private final List<String> lastNames;
	private int nextName;

	OrganizationBuilder(SampleContext context) {
		this.context = context;
		this.firstNames = new ArrayList<>(Arrays.asList(NamePool.FIRST_NAMES));
		this.lastNames = new ArrayList<>(Arrays.asList(NamePool.LAST_NAMES));
		Collections.shuffle(firstNames, context.random);
		Collections.shuffle(lastNames, context.random);
	}

	Staff build(List<WorkingDayIndex> calendars) {
		Organization organization = context.factory.createOrganization();
		organization.setName("Northwind Systems");
		calendars.forEach(days -> organization.getCalendars().add(days.calendar));
		organization.setDefaultCalendar(calendars.get(CalendarBuilder.US).calendar);
		Staff staff = new Staff(organization, calendars);
		for (AreaSpec spec : AREAS) {
			FunctionalArea area = context.factory.createFunctionalArea();
			area.setName(spec.name());
			area.setKind(spec.kind());
			area.setCalendar(organization.getDefaultCalendar());
			Person[] ladder = new Person[EscalationLevel.VALUES.size()];
			List<Person> workers = new ArrayList<>();
			for (EscalationLevel level : EscalationLevel.VALUES) {
				boolean onCall = level.getValue() <= EscalationLevel.MANAGER_VALUE;
				Person person = person(staff, spec.ladder()[level.getValue()], level == EscalationLevel.VICE_PRESIDENT,
						onCall && (spec.kind() == AreaKind.TECHNICAL_SUPPORT || spec.kind() == AreaKind.ENGINEERING));
				staff.rate(person, spec.rate() + Math.max(0, level.getValue() - 1) * 45);
				LadderRung rung = context.factory.createLadderRung();
				rung.setLevel(level);
				rung.setPerson(person);
				area.getLadder().add(rung);
				ladder[level.getValue()] = person;
				if (onCall) {
					workers.add(person);
				}
			}
			for (String title : spec.staff()) {
				Person person = person(staff, title, false, false);
				staff.rate(person, spec.rate());
				workers.add(person);
			}
			organization.getAreas().add(area);
			staff.areas.put(spec.kind(), area);
			staff.ladders.put(spec.kind(), ladder);
			staff.workers.put(spec.kind(), workers);
		}
		for (String title : ACCOUNT_EXECUTIVE_TITLES) {
			Person person = person(staff, title, false, false);
			staff.rate(person, 170);
			staff.accountExecutives.add(person);
		}
		staff.accountExecutives.add(staff.ladder(AreaKind.SALES, EscalationLevel.PRIMARY));
		staff.accountExecutives.add(staff.ladder(AreaKind.SALES, EscalationLevel.BACKUP));
		for (int i = 0; i < ADVOCATE_TITLES.length; i++) {
			Person person = person(staff, ADVOCATE_TITLES[i], false, false);
			person.setAdvocate(true);
			staff.rate(person, i < 2 ? 185 : i < 4 ? 165 : 145);
			staff.advocates.add(person);
			if (i < 4) {
				staff.seniorAdvocates.add(person);
			}
		}
		staff.advocacyDirector = person(staff, "Director, Customer Advocacy", true, false);
		staff.rate(staff.advocacyDirector, 240);
		addAwayPeriods(staff);
		return staff;
	}

	private Person person(Staff staff, String title, boolean headquarters, boolean pager) {
		String first = firstNames.get(nextName % firstNames.size());
		String last = lastNames.get(nextName % lastNames.size());
		nextName++;
		Region region = headquarters ? REGIONS[0] : REGIONS[context.weighted(REGION_WEIGHTS)];
		Person person = context.factory.createPerson();
		person.setName(first + " " + last);
		person.setTitle(title);
		String email = NamePool.slug(first) + "." + NamePool.slug(last.replace("'", "")) + "@" + EMAIL_DOMAIN;
		person.setEmail(email);
		person.setTimeZone(ZoneId.of(region.zone()));
		person.setCalendar(staff.calendars.get(region.calendar()).calendar);
		person.getContactPoints().add(contact(ContactChannel.MOBILE, number(region.mobile(), region.digits()), true));
		if (pager) {
			person.getContactPoints().add(contact(ContactChannel.PAGER,
					"+1 888 555 01" + context.between(10, 99) + " (pager)", true));
		}
		person.getContactPoints().add(contact(ContactChannel.PHONE, number(region.office(), region.digits()), false));
		person.getContactPoints().add(contact(ContactChannel.EMAIL, email, false));
		staff.organization.getPeople().add(person);
		return person;
	}

	private String number(String prefix, int digits) {
		int bound = (int) Math.pow(10, digits);
		return prefix + String.format(Locale.ROOT, "%0" + digits + "d", context.random.nextInt(bound));
	}

	private ContactPoint contact(ContactChannel channel, String address, boolean available24x7) {
		ContactPoint point = context.factory.createContactPoint();
		point.setChannel(channel);
		point.setAddress(address);
		point.setAvailable24x7(available24x7);
		return point;
	}

	/**
	 * The engineering primary is on vacation right now (covered by a colleague, so escalations show a
	 * substitute), the support manager and an advocate will be away soon, and the finance director was away
	 * some weeks ago.
	 */
	private void addAwayPeriods(Staff staff) {
		List<Person> engineers = staff.workers.get(AreaKind.ENGINEERING);
		away(staff.ladder(AreaKind.ENGINEERING, EscalationLevel.PRIMARY), -12, 3, engineers.get(engineers.size() - 2),
				"Vacation. %s covers the on-call primary rotation; agreed two weeks ahead.");
		List<Person> support = staff.workers.get(AreaKind.TECHNICAL_SUPPORT);
		away(staff.ladder(AreaKind.TECHNICAL_SUPPORT, EscalationLevel.MANAGER), 16, 23, support.get(support.size() - 1),
				"Parental leave week. %s handles critical-account escalations.");
		away(staff.ladder(AreaKind.FINANCE, EscalationLevel.DIRECTOR), -61, -54,
				staff.ladder(AreaKind.FINANCE, EscalationLevel.MANAGER),
				"Quarter-close offsite. %s approves credits up to the director's limit.");
		away(staff.advocates.get(2), 6, 13, staff.advocates.get(3),
				"Conference and PTO. %s takes the daily customer updates; hand-over notes in each engagement.");
	}

	private void away(Person person, int fromDays, int toDays, Person alternate, String note) {
		LocalDate today = LocalDate.ofInstant(context.now, person.getTimeZone());
		AwayPeriod away = context.factory.createAwayPeriod();
		away.setStart(today.plusDays(fromDays).atStartOfDay(person.getTimeZone()).toInstant());
		away.setEnd(today.plusDays(toDays).atStartOfDay(person.getTimeZone()).toInstant());
		away.setAlternate(alternate);
		away.setAlternateConfirmed(true);
		away.setNote(String.format(Locale.ROOT, note, alternate.getName()));
		person.getAwayPeriods().add(away);
	}
}
