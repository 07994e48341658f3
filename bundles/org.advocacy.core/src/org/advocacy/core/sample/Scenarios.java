// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import static org.advocacy.core.sample.Scenario.task;
import static org.advocacy.model.AreaKind.ENGINEERING;
import static org.advocacy.model.AreaKind.FINANCE;
import static org.advocacy.model.AreaKind.PROFESSIONAL_SERVICES;
import static org.advocacy.model.AreaKind.SALES;
import static org.advocacy.model.AreaKind.TECHNICAL_SUPPORT;

import java.util.List;

import org.advocacy.model.AreaKind;
import org.advocacy.model.RiskLevel;

/** The scenario catalog and the texts shared by all scenarios. */
final class Scenarios {

	static final int PROLONGED_OUTAGE = 0;
	static final int BILLING_DISPUTE = 1;
	static final int FAILED_IMPLEMENTATION = 2;
	static final int DATA_LOSS = 3;
	static final int REPEATED_DEFECTS = 4;
	static final int MISSED_COMMITMENT = 5;
	static final int RENEWAL_RISK = 6;

	/** Relative frequency of the reasons in the scaled sample, in the order above. */
	static final int[] REASON_WEIGHTS = { 22, 14, 12, 8, 20, 12, 12 };

	/** What employees overheard ({@code EMPLOYEE_OBSERVATION}), in the customer's words. */
	static final String[] OBSERVED_WORDS = { "I've already spoken to 3+ people and nobody owns this.",
			"Who CAN I talk to?", "I'm going to cancel if this happens one more time.",
			"If nobody takes responsibility for this, I'm going to sue." };

	/** Verbatims from relationship or case-closure surveys ({@code SURVEY_DISSATISFACTION}). */
	static final String[] SURVEY_WORDS = { "Survey, 2 of 10: \"Slow, inconsistent, and nobody calls back when they say they will.\"",
			"Survey, 1 of 10: \"Every case is a new person and I have to tell the whole story again.\"",
			"Survey, 3 of 10: \"Your product is fine when it works. Your support is the problem.\"" };

	/** Requests for an advocate ({@code CUSTOMER_REQUEST}). */
	static final String[] REQUEST_WORDS = { "We would like one person at your company who owns this end to end.",
			"Please assign us a customer advocate. We are tired of repeating our story.",
			"Your account manager told us you have advocates for situations like this. We need one." };

	/** A phase of value: name, purpose, closing milestone and the generic tasks that follow the specific ones. */
	record Phase(String name, String description, String milestone, Scenario.Task[] tasks) {
	}

	static final Phase[] PHASES = {
			new Phase("Phase 1 — Stabilize", "Stop the bleeding: restore service or contain the issue and keep the customer informed.",
					"Milestone: customer operations stable",
					new Scenario.Task[] { task("Confirm impact and priorities with the customer", null),
							task("Agree single point of contact and update cadence", null),
							task("Set up the daily status call", null) }),
			new Phase("Phase 2 — Prevent recurrence", "Fix the root causes and put irreversible corrective action in place.",
					"Milestone: corrective action in production",
					new Scenario.Task[] { task("Root-cause review with engineering and support", ENGINEERING),
							task("Update knowledge base and support runbooks", TECHNICAL_SUPPORT),
							task("Present root causes and corrective actions to the customer", null) }),
			new Phase("Phase 3 — Restore confidence", "Show the customer the fix holds and settle commercial commitments.",
					"Milestone: customer confirms confidence restored",
					new Scenario.Task[] { task("Monitor stability for 10 business days", TECHNICAL_SUPPORT, 10),
							task("Executive summary for the customer's sponsor", null),
							task("Agree service credit or commercial remedy", FINANCE),
							task("Executive call with the customer's sponsor", SALES),
							task("Customer satisfaction follow-up survey", null),
							task("Lessons-learned session with the delivery team", PROFESSIONAL_SERVICES) }),
			new Phase("Phase 4 — Return to standard operations", "Hand the account back to the account team and standard support.",
					"Milestone: account returned to standard operating procedures",
					new Scenario.Task[] { task("Hand-over meeting with the account team", SALES),
							task("Transfer remaining cases to standard support", TECHNICAL_SUPPORT),
							task("Record lessons learned and root-cause commitments", null),
							task("Confirm close-out criteria with the customer", null),
							task("Close the engagement and inform the management review", null) }) };

	record RiskText(String description, RiskLevel likelihood, RiskLevel impact, String mitigation, AreaKind owner) {
	}

	static final RiskText[] RISKS = {
			new RiskText("Customer change windows are limited to weekends", RiskLevel.MEDIUM, RiskLevel.MEDIUM,
					"Book windows four weeks ahead and agree a fallback window", TECHNICAL_SUPPORT),
			new RiskText("Key engineer on planned vacation during the fix", RiskLevel.MEDIUM, RiskLevel.HIGH,
					"Backup engineer shadows from week one", ENGINEERING),
			new RiskText("The fix reveals further defects during regression testing", RiskLevel.MEDIUM, RiskLevel.HIGH,
					"One week of contingency in phase 2", ENGINEERING),
			new RiskText("Customer subject-matter experts are not available", RiskLevel.HIGH, RiskLevel.MEDIUM,
					"Sponsor confirms named experts and hours per week", null),
			new RiskText("Third-party vendor delivers late", RiskLevel.MEDIUM, RiskLevel.MEDIUM,
					"Weekly check-in with the vendor; escalate through its account manager", PROFESSIONAL_SERVICES),
			new RiskText("Commercial remedy not approved in time", RiskLevel.LOW, RiskLevel.HIGH,
					"Pre-approve a credit range with the finance director", FINANCE) };

	static final String[] ASSUMPTIONS = { "The customer provides a test environment with production-sized data.",
			"Changes to the customer's environment are frozen except for plan tasks.",
			"The customer's sponsor attends the weekly status meeting.",
			"No contract change is needed for the agreed remedy.",
			"The hosting provider shares its maintenance calendar two weeks ahead." };

	static final String[] EFFORT = { "Situation review and chronology", "Customer update call",
			"Internal alignment meeting", "Evidence gathering: cases, invoices, reports", "Dry run of the customer meeting",
			"Get-well plan review", "Status meeting", "Root-cause analysis session", "Executive summary preparation" };

	static final String[] EXPENSE_CATEGORIES = { "Travel", "Service credit", "Third-party services", "Hospitality",
			"Replacement hardware" };

	static final String[] EXPENSE_DESCRIPTIONS = { "On-site visit: flights and two nights' hotel",
			"Goodwill service credit approved by the finance director",
			"Vendor field engineer for controller diagnostics", "Working dinner with the customer's sponsor",
			"Courier and replacement storage module" };

	static final String[] CAVEATS = { "Depends on the customer's weekend change window.",
			"Owner on vacation for two days in this period; backup briefed.",
			"Needs the customer's test environment to be refreshed first.",
			"Date assumes the vendor patch arrives as promised." };

	static final String[] PREREQUISITES = { "Customer grants read-only VPN access.", "Test environment refreshed.",
			"Change ticket approved by the customer's change advisory board." };

	private Scenarios() {
	}

	/** @return the scenarios in the order of the reason constants */
	static List<Scenario> all() {
		return List.of(OperationalScenarios.outage(), CommercialScenarios.billingDispute(),
				OperationalScenarios.failedImplementation(), OperationalScenarios.dataLoss(),
				OperationalScenarios.repeatedDefects(), CommercialScenarios.missedCommitment(),
				CommercialScenarios.renewalRisk());
	}
}
