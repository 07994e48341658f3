// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.compose;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Urgency;

/** The facts about an engagement that give a notice its context, worded for people who know nothing of it yet. */
public final class EngagementFacts {

	private EngagementFacts() {
	}

	/** @return the customer's name, or "the customer" */
	public static String customer(Engagement engagement) {
		Customer customer = engagement.getCustomer();
		return customer == null || customer.getName() == null || customer.getName().isBlank() ? "the customer"
				: customer.getName().strip();
	}

	/** @return the engagement's key, or "the engagement" */
	public static String key(Engagement engagement) {
		return engagement.getKey() == null || engagement.getKey().isBlank() ? "the engagement" : engagement.getKey().strip();
	}

	/** @return the situation's title, or "an escalated situation" */
	public static String title(Engagement engagement) {
		return engagement.getTitle() == null || engagement.getTitle().isBlank() ? "an escalated situation"
				: engagement.getTitle().strip();
	}

	/** @return such as "ADV-0042 \"Orders not processing\" for Contoso, urgent and worked round the clock" */
	public static String reference(Engagement engagement) {
		return key(engagement) + " \"" + title(engagement) + "\" for " + customer(engagement) + ", "
				+ (engagement.getUrgency() == Urgency.URGENT_24X7 ? "urgent and worked round the clock"
						: "worked in business hours");
	}

	/** @return the area's name, or its kind */
	public static String area(FunctionalArea area) {
		if (area == null) {
			return "an unnamed area";
		}
		if (area.getName() != null && !area.getName().isBlank()) {
			return area.getName().strip();
		}
		return area.getKind() == null ? "an unnamed area" : area.getKind().getLiteral();
	}

	/**
	 * @return the paragraphs that describe the situation: what is needed from the area, what the customer said and
	 *         the executive summary, those that were recorded
	 */
	public static List<String> situation(Engagement engagement, Escalation escalation) {
		List<String> paragraphs = new ArrayList<>();
		if (escalation != null && escalation.getDescription() != null && !escalation.getDescription().isBlank()) {
			paragraphs.add("What is needed from " + area(escalation.getArea()) + ": " + escalation.getDescription().strip());
		}
		if (engagement.getCustomerWords() != null && !engagement.getCustomerWords().isBlank()) {
			paragraphs.add("In " + customer(engagement) + "'s words: \u201c" + engagement.getCustomerWords().strip() + "\u201d");
		}
		if (engagement.getSituationSummary() != null && engagement.getSituationSummary().getExecutiveSummary() != null
				&& !engagement.getSituationSummary().getExecutiveSummary().isBlank()) {
			paragraphs.add("Summary: " + engagement.getSituationSummary().getExecutiveSummary().strip());
		}
		return paragraphs;
	}

	/** @return why the customer matters, such as "Contoso is in our Strategic accounts segment", or "Contoso is our customer" */
	public static String standing(Engagement engagement) {
		Customer customer = engagement.getCustomer();
		if (customer != null && customer.getSegment() != null && customer.getSegment().getName() != null
				&& !customer.getSegment().getName().isBlank()) {
			return customer(engagement) + " is in our " + customer.getSegment().getName().strip() + " segment";
		}
		return customer(engagement) + " is our customer";
	}
}
