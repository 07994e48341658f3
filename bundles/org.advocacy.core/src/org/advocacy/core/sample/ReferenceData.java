// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.AdvocacyLevel;
import org.advocacy.model.AdvocacyOffering;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.ProductLine;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;

/**
 * The reference data of the sample: customer segments with their service targets, the repository's default
 * targets, business units with their product lines, and the reasons for engagement (each with its
 * {@link Scenario}).
 */
final class ReferenceData {

	static final int STRATEGIC = 0;
	static final int ENTERPRISE = 1;
	static final int COMMERCIAL = 2;
	static final int SMALL_BUSINESS = 3;

	final List<CustomerSegment> segments = new ArrayList<>();
	final List<BusinessUnit> businessUnits = new ArrayList<>();
	/** Product lines per business unit, in the order of {@link #businessUnits}. */
	final List<List<ProductLine>> productLines = new ArrayList<>();
	final List<EngagementReason> reasons = new ArrayList<>();
	final List<Scenario> scenarios = Scenarios.all();

	ReferenceData(SampleContext context, AdvocacyRepository repository) {
		segment(context, repository, "Strategic accounts",
				"Our largest and most visible customers; each has a dedicated senior advocate on call.",
				AdvocacyLevel.DEDICATED_SENIOR_ADVOCATE, AdvocacyOffering.OFFERED_TO_ALL,
				"Annual revenue over $5M, name recognition, three or more product lines, strategic reference value",
				"Anyone: customer executives, the account team or any employee who sees a troubled situation",
				120, 15, 480, 60);
		segment(context, repository, "Enterprise",
				"Large customers with several product lines and a named account team.",
				AdvocacyLevel.SENIOR_ADVOCATE, AdvocacyOffering.OFFERED_TO_ALL,
				"Annual revenue $1M–$5M or two or more product lines",
				"The account team, support managers and directors, or the customer on request",
				240, 15, 480, 60);
		segment(context, repository, "Commercial",
				"Mid-market customers served through pooled account teams.", AdvocacyLevel.ADVOCATE,
				AdvocacyOffering.WHEN_WARRANTED, "Annual revenue $150k–$1M",
				"Support or sales managers, when the situation warrants it (outage, legal or churn risk)",
				240, 30, 960, 120);
		segment(context, repository, "Small business",
				"Low-margin, high-volume customers handled by standard operating procedures.",
				AdvocacyLevel.STANDARD_OPERATING_PROCEDURE, AdvocacyOffering.WHEN_WARRANTED,
				"Annual revenue under $150k, online purchase, single product line",
				"Director of Technical Support only; otherwise standard support procedures apply",
				480, 30, 1440, 240);
		repository.getDefaultTargets().add(target(context, Urgency.URGENT_24X7, 240, 15));
		repository.getDefaultTargets().add(target(context, Urgency.BUSINESS_HOURS, 480, 60));

		unit(context, repository, "Cloud Infrastructure", "Northwind Compute", "Northwind Storage Vault",
				"Backup & Recovery", "Managed Network Services");
		unit(context, repository, "Business Applications", "OrderHub ERP", "Northwind Payroll", "FieldForce CRM");
		unit(context, repository, "Data & Analytics", "InsightLake Analytics", "DataBridge Integration");

		for (Scenario scenario : scenarios) {
			EngagementReason reason = context.factory.createEngagementReason();
			reason.setName(scenario.reason());
			reason.setDescription(scenario.description());
			repository.getReasons().add(reason);
			reasons.add(reason);
		}
	}

	/** @return the target of the segment for the urgency, or the repository default */
	static ServiceTarget target(CustomerSegment segment, AdvocacyRepository repository, Urgency urgency) {
		for (ServiceTarget target : segment.getTargets()) {
			if (target.getUrgency() == urgency) {
				return target;
			}
		}
		for (ServiceTarget target : repository.getDefaultTargets()) {
			if (target.getUrgency() == urgency) {
				return target;
			}
		}
		throw new IllegalStateException("No service target for " + urgency);
	}

	private void segment(SampleContext context, AdvocacyRepository repository, String name, String description,
			AdvocacyLevel level, AdvocacyOffering offering, String drivers, String whoMayEngage, int urgentCadence,
			int urgentTimeout, int businessCadence, int businessTimeout) {
		CustomerSegment segment = context.factory.createCustomerSegment();
		segment.setName(name);
		segment.setDescription(description);
		segment.setAdvocacyLevel(level);
		segment.setOffering(offering);
		segment.setDrivers(drivers);
		segment.setWhoMayEngage(whoMayEngage);
		segment.getTargets().add(target(context, Urgency.URGENT_24X7, urgentCadence, urgentTimeout));
		segment.getTargets().add(target(context, Urgency.BUSINESS_HOURS, businessCadence, businessTimeout));
		repository.getSegments().add(segment);
		segments.add(segment);
	}

	private static ServiceTarget target(SampleContext context, Urgency urgency, int cadence, int timeout) {
		ServiceTarget target = context.factory.createServiceTarget();
		target.setUrgency(urgency);
		target.setUpdateCadenceMinutes(cadence);
		target.setEscalationTimeoutMinutes(timeout);
		return target;
	}

	private void unit(SampleContext context, AdvocacyRepository repository, String name, String... lines) {
		BusinessUnit unit = context.factory.createBusinessUnit();
		unit.setName(name);
		repository.getBusinessUnits().add(unit);
		businessUnits.add(unit);
		List<ProductLine> unitLines = new ArrayList<>();
		for (String lineName : lines) {
			ProductLine line = context.factory.createProductLine();
			line.setName(lineName);
			line.setBusinessUnit(unit);
			repository.getProductLines().add(line);
			unitLines.add(line);
		}
		productLines.add(unitLines);
	}
}
