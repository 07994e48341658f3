// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;

/**
 * Generates the sample advocacy repository that newcomers see when they first launch the workbench, and scaled
 * versions of it for benchmarks.
 * <p>
 * The sample is a realistic enterprise support organization ("Northwind Systems"): four customer segments with
 * their service targets, business units and product lines, the seven functional areas of the who-to-call list
 * with complete five-level ladders, business calendars with real public holidays, at least 30 customers, and
 * engagements in every state with their situation summaries, get-well plans (published ones with the version they
 * were published with), escalations, customer communications, effort and expenses, plus the two most recent weekly
 * management reviews. The standard engagements also show the rest of the framework: response and customer meetings
 * with evidence and dry-runs, updates with their silver lining and confirmations, offers on trial, paused update
 * clocks, an overridden colour and prioritised personal lists; customers have the day they became customers, and
 * two functional areas rotate their primary and backup.
 * <p>
 * Generation is deterministic: the same seed, "now" and engagement count always give an equal repository
 * (compare with {@code EcoreUtil.equals}). Nothing reads the wall clock; all dates are relative to {@code now}.
 * Scaled samples reuse the organization, grow the customer base modestly (a tenth of the engagement count, at
 * least 30) and keep the detail per engagement bounded; the first {@link #STANDARD_ENGAGEMENT_COUNT}
 * engagements are always the hand-written standard ones.
 */
public final class SampleRepositoryGenerator {

	/** The seed of the shipped sample. */
	public static final long STANDARD_SEED = 20_260_301L;

	/** The number of engagements of the shipped sample; it covers every engagement state. */
	public static final int STANDARD_ENGAGEMENT_COUNT = 14;

	private final long seed;
	private final Instant now;

	/**
	 * @param seed the seed of the random choices
	 * @param now  the instant the sample is generated for; every date is relative to it
	 */
	public SampleRepositoryGenerator(long seed, Instant now) {
		this.seed = seed;
		this.now = Objects.requireNonNull(now, "now");
	}

	/**
	 * Generates a new repository, not attached to any resource.
	 *
	 * @param engagementCount the number of engagements, at least 0; keys run from ADV-0001
	 * @return the repository
	 */
	public AdvocacyRepository generate(int engagementCount) {
		if (engagementCount < 0) {
			throw new IllegalArgumentException("engagementCount must not be negative: " + engagementCount);
		}
		SampleContext context = new SampleContext(seed, now);
		AdvocacyRepository repository = context.factory.createAdvocacyRepository();
		repository.setName("Northwind Systems — Customer Advocacy");
		ReferenceData reference = new ReferenceData(context, repository);
		List<WorkingDayIndex> calendars = new CalendarBuilder(context).build();
		Staff staff = new OrganizationBuilder(context).build(calendars);
		repository.setOrganization(staff.organization);
		CustomerBuilder customers = new CustomerBuilder(context, reference, staff);
		customers.build(repository, CustomerBuilder.customerCount(engagementCount));
		new EngagementBuilder(context, repository, reference, staff, customers).build(engagementCount);
		new ReviewBuilder(context, staff).build(repository);
		// the rest of the framework, built last so that everything above draws the same random numbers as before
		List<Engagement> standard = repository.getEngagements().subList(0,
				Math.min(STANDARD_ENGAGEMENT_COUNT, repository.getEngagements().size()));
		new CustomerHistoryBuilder(context, reference).build(repository);
		new RotationBuilder(context, staff).build();
		new MeetingBuilder(context).build(standard);
		new CustomerExperienceBuilder(context).build(standard);
		new PersonalListBuilder(context).build(repository, standard);
		return repository;
	}
}
