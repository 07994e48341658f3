// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import java.util.Arrays;
import java.util.List;

import org.advocacy.model.AdvocacyLevel;
import org.advocacy.model.AdvocacyOffering;
import org.advocacy.model.AreaKind;
import org.advocacy.model.Urgency;

/**
 * What a new repository starts with before the organization makes it its own, all taken from the whitepaper's
 * framework: the subject-matter and support areas of its who-to-call list, a segmentation from strategic accounts
 * down to low-margin customers who live with standard operating procedures, service targets (a ladder rung has
 * about 15 minutes to answer on an urgent matter) and the triggers that bring a situation to an advocate.
 */
public final class StarterContent {

	private StarterContent() {
	}

	/** @return sales, engineering, product management, legal, technical support, finance, professional services */
	public static List<AreaTemplate> standardAreas() {
		return Arrays.stream(AreaKind.values()).filter(kind -> kind != AreaKind.OTHER)
				.map(kind -> new AreaTemplate(kind.getLiteral(), kind)).toList();
	}

	/** @return four segments, from the most seasoned advocate down to standard operating procedures */
	public static List<SegmentTemplate> starterSegments() {
		return List.of(
				segment("Strategic accounts",
						"The largest and most visible customers: the most seasoned advocate, possibly fully dedicated.",
						AdvocacyLevel.DEDICATED_SENIOR_ADVOCATE, AdvocacyOffering.OFFERED_TO_ALL,
						"Name recognition, revenue, breadth of products purchased",
						"The customer, the account team or any employee who sees a troubled situation", 120, 15, 480, 60),
				segment("Key accounts", "Large customers with a named account team.", AdvocacyLevel.SENIOR_ADVOCATE,
						AdvocacyOffering.OFFERED_TO_ALL, "Revenue, two or more product lines",
						"The customer on request, the account team, support managers", 240, 15, 480, 60),
				segment("Commercial", "Mid-market customers served by pooled account teams.", AdvocacyLevel.ADVOCATE,
						AdvocacyOffering.WHEN_WARRANTED, "Revenue, profitability",
						"Support or sales managers, when the situation warrants it", 240, 30, 960, 120),
				segment("Low margin", "Customers with minimal or no profit margin: standard operating procedures.",
						AdvocacyLevel.STANDARD_OPERATING_PROCEDURE, AdvocacyOffering.WHEN_WARRANTED,
						"Profitability", "The director of technical support only", 480, 30, 1440, 240));
	}

	/** @return the repository's targets for customers outside every segment */
	public static List<TargetTemplate> defaultTargets() {
		return List.of(new TargetTemplate(Urgency.URGENT_24X7, 240, 15),
				new TargetTemplate(Urgency.BUSINESS_HOURS, 480, 60));
	}

	/** @return the whitepaper's triggers for engaging an advocate, as reasons the review can count */
	public static List<ReasonTemplate> engagementReasons() {
		return List.of(
				new ReasonTemplate("Unable to conduct business",
						"The customer is presently impacted: \"We have been unable to conduct business for several hours.\""),
				new ReasonTemplate("Passed around",
						"\"I've already spoken to 3+ people at your firm. I'm sick of re-explaining myself.\""),
				new ReasonTemplate("No one owns the issue", "\"Who then, CAN I talk to, to resolve this issue!?\""),
				new ReasonTemplate("Threat to cancel or sue",
						"\"I'm going to cancel (sue, etc.) if this issue isn't resolved IMMEDIATELY!\""),
				new ReasonTemplate("Extreme dissatisfaction in a survey",
						"The customer expressed extreme dissatisfaction in the context of a survey."),
				new ReasonTemplate("Customer asked for an advocate",
						"The customer specifically requested that a customer advocate be engaged."),
				new ReasonTemplate("Get-well plan demanded",
						"A situation that has passed, for which the customer demands a plan assuring it will not recur."));
	}

	private static SegmentTemplate segment(String name, String description, AdvocacyLevel level,
			AdvocacyOffering offering, String drivers, String whoMayEngage, int urgentCadence, int urgentTimeout,
			int businessCadence, int businessTimeout) {
		return new SegmentTemplate(name, description, level, offering, drivers, whoMayEngage,
				List.of(new TargetTemplate(Urgency.URGENT_24X7, urgentCadence, urgentTimeout),
						new TargetTemplate(Urgency.BUSINESS_HOURS, businessCadence, businessTimeout)));
	}
}
