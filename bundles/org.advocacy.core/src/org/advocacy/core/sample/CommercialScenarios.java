// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import static org.advocacy.core.sample.Scenario.cause;
import static org.advocacy.core.sample.Scenario.event;
import static org.advocacy.core.sample.Scenario.factor;
import static org.advocacy.core.sample.Scenario.recommend;
import static org.advocacy.core.sample.Scenario.task;
import static org.advocacy.model.AreaKind.ENGINEERING;
import static org.advocacy.model.AreaKind.FINANCE;
import static org.advocacy.model.AreaKind.LEGAL;
import static org.advocacy.model.AreaKind.PRODUCT_MANAGEMENT;
import static org.advocacy.model.AreaKind.PROFESSIONAL_SERVICES;
import static org.advocacy.model.AreaKind.SALES;
import static org.advocacy.model.AreaKind.TECHNICAL_SUPPORT;
import static org.advocacy.model.EvidenceKind.CONTRACT;
import static org.advocacy.model.EvidenceKind.EMAIL;
import static org.advocacy.model.EvidenceKind.INQUIRY_HISTORY;
import static org.advocacy.model.EvidenceKind.INTERVIEW;
import static org.advocacy.model.EvidenceKind.INVOICE;
import static org.advocacy.model.EvidenceKind.MEETING;
import static org.advocacy.model.EvidenceKind.OTHER;
import static org.advocacy.model.EvidenceKind.PERFORMANCE_REPORT;
import static org.advocacy.model.EvidenceKind.PROBLEM_REPORT;
import static org.advocacy.model.FactorOwner.CUSTOMER;
import static org.advocacy.model.FactorOwner.FIRM;
import static org.advocacy.model.FactorOwner.THIRD_PARTY;

import org.advocacy.model.AreaKind;
import org.advocacy.model.RootCauseCategory;

/** Scenarios of commercial situations: billing disputes, missed commitments and renewals at risk. */
final class CommercialScenarios {

	private CommercialScenarios() {
	}

	static Scenario billingDispute() {
		return new Scenario("Billing dispute",
				"The customer disputes invoices, credits or charges and the normal billing channels have not resolved it.",
				new AreaKind[] { FINANCE, SALES, LEGAL },
				new String[] { "Disputed invoices for %s licences", "%s overbilling after a contract amendment" },
				new String[] { "We have been invoiced three times for licences we cancelled in March. I've already spoken to 3+ people in your billing team.",
						"Your collections department threatened to suspend our service over an invoice we disputed in writing two months ago.",
						"I'm going to hand this to our legal team if nobody fixes these invoices this week." },
				"%1$s disputes three consecutive invoices for %2$s totalling about $186,000. A contract amendment reducing the licence count was signed but never entered into the billing system, so the customer kept being invoiced at the old volume, and collections issued a suspension warning while the dispute was open. The relationship is at risk ahead of the renewal.",
				new Scenario.Event[] {
						event(-120, CONTRACT, "Contract amendment signed, reducing the licence count from 1,200 to 800 seats from 1 March."),
						event(-95, INVOICE, "Quarterly invoice issued at the pre-amendment volume."),
						event(-80, INQUIRY_HISTORY, "Customer's accounts-payable manager disputes the invoice on the billing portal; case closed as 'informational'."),
						event(-60, INVOICE, "Second invoice issued at the old volume; the customer withholds payment."),
						event(-35, EMAIL, "Collections sends an automated suspension warning while the dispute is open."),
						event(-20, INQUIRY_HISTORY, "Customer calls billing, finance and the account executive; each promises a credit memo."),
						event(-7, INVOICE, "Third invoice issued, with late-payment fees on the disputed amount."),
						event(0, EMAIL, "Customer's VP of Finance writes to our CFO's office; an advocate is engaged the same day."),
						event(2, MEETING, "Finance, sales operations and legal review the amendment and the billing record together.") },
				new Scenario.Cause[] {
						cause("Contract amendments are not routed from sales operations to billing; there is no hand-off step.", RootCauseCategory.MISSING_PROCESS, SALES),
						cause("Collections automation does not suppress dunning for accounts with open disputes.", RootCauseCategory.BROKEN_PROCESS, FINANCE),
						cause("Billing-portal disputes can be closed without a finance review.", RootCauseCategory.BROKEN_PROCESS, FINANCE),
						cause("The account executive told the customer the credit was 'in process' without checking with billing.", RootCauseCategory.MISCOMMUNICATION, SALES) },
				new Scenario.Factor[] {
						factor("The customer paid a partial amount without remittance advice, making reconciliation harder.", CUSTOMER, false),
						factor("Three credit-memo promises from different teams created conflicting expectations.", FIRM, true),
						factor("The customer's procurement team changed its invoice approval workflow mid-quarter.", CUSTOMER, false),
						factor("Late fees were added automatically while the dispute was open.", FIRM, false) },
				new Scenario.Task[] { task("Issue corrected invoices and a single credit memo", FINANCE),
						task("Hold dunning on the account until the corrected invoices are accepted", FINANCE),
						task("Add the amendment hand-off to the sales operations checklist", SALES),
						task("Confirm the amendment terms to the customer in writing", LEGAL),
						task("Reconcile partial payments with the customer's accounts payable", FINANCE) },
				new Scenario.Recommendation[] {
						recommend("Waive the late fees and offer a one-month service credit.", "The customer was charged fees on amounts we invoiced in error; goodwill now protects a renewal worth $1.1M."),
						recommend("Quarterly billing review with the customer's accounts payable until the renewal.", "Catches volume mismatches before they become invoices.") },
				new String[] { "Corrected invoices accepted by the customer's accounts payable",
						"Single credit memo issued and applied", "Amendment hand-off step live in sales operations" },
				new String[] { "No new billing dispute for two invoice cycles",
						"Customer confirms the relationship is back on track at the renewal kick-off" },
				new String[] { "Correct %1$s's %2$s invoices, settle the dispute and stop amendments from being lost again.",
						"Accepted invoices; one credit memo; no dunning on disputed amounts; an amendment hand-off that works.",
						"Pricing of the upcoming renewal and licence true-ups for other product lines." },
				new Scenario.Task[] { task("Place a dunning hold on the account", FINANCE),
						task("Reconstruct the invoice history against the amendment", FINANCE),
						task("Confirm the amendment's interpretation with legal", LEGAL),
						task("Agree the reconciliation approach with accounts payable", null),
						task("Calculate the credit and fee reversal", FINANCE) },
				new Scenario.Task[] { task("Add the amendment hand-off to order-to-cash", SALES),
						task("Block dispute closure without finance review", FINANCE),
						task("Suppress dunning for open disputes", FINANCE),
						task("Audit other accounts amended in the last 12 months", FINANCE),
						task("Brief account executives on credit-memo commitments", SALES) });
	}

	static Scenario missedCommitment() {
		return new Scenario("Missed commitment",
				"A committed date, feature or deliverable was missed, often more than once.",
				new AreaKind[] { PRODUCT_MANAGEMENT, SALES, ENGINEERING },
				new String[] { "Missed delivery of a committed %s feature", "%s roadmap commitment missed twice" },
				new String[] { "We signed because you committed to single sign-on by Q2. It is Q4. Who CAN I talk to?",
						"Your team keeps moving the date and I keep having to explain it to my board.",
						"We need someone who can make a decision, not another status update." },
				"%1$s signed a three-year agreement for %2$s on the strength of a committed delivery date for a feature it needs to retire a legacy system. The date has slipped twice without notice; the customer learned of the second slip from a public roadmap webinar. Product management, sales and engineering each hold different information about the real date.",
				new Scenario.Event[] {
						event(-180, CONTRACT, "Order form includes a side letter committing to the feature by the end of Q2."),
						event(-120, MEETING, "Roadmap briefing: the feature is shown as 'on track'."),
						event(-75, EMAIL, "Engineering moves the feature to the next release to fix a security review finding; sales is not told."),
						event(-45, OTHER, "The customer learns of the slip from a public roadmap webinar."),
						event(-30, EMAIL, "The account executive promises a new date without checking with product management."),
						event(-10, INQUIRY_HISTORY, "Customer asks support for beta access; the request is rejected as out of policy."),
						event(0, EMAIL, "Customer's CTO asks for an advocate and a decision-maker."),
						event(3, MEETING, "Product, engineering and sales agree one set of facts and a realistic date.") },
				new Scenario.Cause[] {
						cause("Roadmap commitments made in side letters are not tracked by product management.", RootCauseCategory.MISSING_PROCESS, PRODUCT_MANAGEMENT),
						cause("Release re-planning does not notify account teams of committed customers.", RootCauseCategory.BROKEN_PROCESS, ENGINEERING),
						cause("Sales gave a new date without confirmation from product management.", RootCauseCategory.MISCOMMUNICATION, SALES) },
				new Scenario.Factor[] {
						factor("A security review finding required rework of the authentication design.", FIRM, false),
						factor("The customer's legacy-system licence expires at year end, amplifying the impact.", CUSTOMER, false),
						factor("Three executives called the customer separately with different dates.", FIRM, true) },
				new Scenario.Task[] { task("Confirm a realistic delivery date with engineering", PRODUCT_MANAGEMENT),
						task("Offer beta access under a signed preview agreement", PRODUCT_MANAGEMENT),
						task("Register all side-letter commitments in the roadmap tool", PRODUCT_MANAGEMENT),
						task("Review contractual remedies for the missed date", LEGAL) },
				new Scenario.Recommendation[] {
						recommend("Extend the customer's legacy-bridge licence at no cost until general availability.", "Removes the year-end pressure caused by our slip."),
						recommend("Monthly roadmap checkpoint with the customer's CTO until delivery.", "The customer heard about both slips second-hand.") },
				new String[] { "Feature generally available and deployed in the customer's production tenant",
						"Side-letter commitments tracked in product management" },
				new String[] { "Customer retires its legacy system on schedule",
						"Customer's CTO confirms trust in our roadmap communication" },
				new String[] { "Deliver the committed %2$s feature to %1$s and make our roadmap commitments trustworthy again.",
						"One agreed date; beta access now; general availability and deployment; tracked commitments.",
						"Other roadmap requests and the customer's legacy-system decommissioning project." },
				new Scenario.Task[] { task("Agree one set of facts across product, sales and engineering", PRODUCT_MANAGEMENT),
						task("Set up beta access under a preview agreement", PRODUCT_MANAGEMENT),
						task("Executive call with the customer's CTO", SALES),
						task("Confirm the contractual position with legal", LEGAL),
						task("Bridge licence for the legacy system", SALES) },
				new Scenario.Task[] { task("Deliver the feature to general availability", ENGINEERING),
						task("Customer acceptance test of the feature", PROFESSIONAL_SERVICES),
						task("Track side-letter commitments in the roadmap tool", PRODUCT_MANAGEMENT),
						task("Notify account teams on every re-plan", ENGINEERING),
						task("Deploy the feature to the customer's tenant", PROFESSIONAL_SERVICES) });
	}

	static Scenario renewalRisk() {
		return new Scenario("Contract/renewal risk",
				"The customer threatens to cancel, not renew or take legal action.",
				new AreaKind[] { SALES, LEGAL, FINANCE },
				new String[] { "%s renewal at risk after service problems", "Customer threatening not to renew %s" },
				new String[] { "I'm going to cancel at renewal unless someone senior explains how next year will be different.",
						"Frankly, we are talking to your competitors. Convince us otherwise.",
						"The survey says it all: I would not recommend you to anyone right now." },
				"%1$s's %2$s renewal, worth about $2.4M over three years, is due in 90 days and the customer has told the account team it is evaluating competitors. The dissatisfaction is cumulative: slow case handling, an unresolved performance problem and a price increase announced without context. No single issue is critical; together they put the renewal at risk.",
				new Scenario.Event[] {
						event(-240, CONTRACT, "Current three-year agreement signed; renewal notice period 90 days."),
						event(-150, PERFORMANCE_REPORT, "Quarterly service review: response-time targets missed in 4 of 12 weeks."),
						event(-110, PROBLEM_REPORT, "Performance problem on month-end reports, open for 70 days."),
						event(-60, INVOICE, "Price-increase notice sent with the annual invoice, without an account-team conversation."),
						event(-30, OTHER, "Relationship survey: 2 of 10, 'would not recommend right now'."),
						event(-14, MEETING, "Customer procurement tells the account team it has invited two competitors to bid."),
						event(0, EMAIL, "Sales director engages an advocate to coordinate the response."),
						event(3, INTERVIEW, "Interviews with the customer's IT director and finance lead to list every open grievance.") },
				new Scenario.Cause[] {
						cause("Price-increase notices are sent by billing without account-team review.", RootCauseCategory.BROKEN_PROCESS, FINANCE),
						cause("No process flags accounts with repeatedly missed response targets to sales before renewal.", RootCauseCategory.MISSING_PROCESS, TECHNICAL_SUPPORT),
						cause("Month-end report performance defect with large data volumes.", RootCauseCategory.PRODUCT, ENGINEERING) },
				new Scenario.Factor[] {
						factor("The customer's new CFO is reviewing all vendor contracts for savings.", CUSTOMER, false),
						factor("The account executive changed twice in 18 months.", FIRM, false),
						factor("A competitor's aggressive discount offer raised expectations.", THIRD_PARTY, false),
						factor("Several teams contacted the customer separately with 'save' offers.", FIRM, true) },
				new Scenario.Task[] { task("List every open grievance and give each an owner", null),
						task("Resolve the month-end report performance problem", ENGINEERING),
						task("Prepare a renewal proposal with price protection", SALES),
						task("Review the renewal terms and notice period", LEGAL) },
				new Scenario.Recommendation[] {
						recommend("Offer a two-year price hold with a performance commitment.", "The renewal is worth $2.4M; the price hold costs about $90k."),
						recommend("Name an executive sponsor on our side for the next 12 months.", "The customer has had three account executives in 18 months.") },
				new String[] { "Every listed grievance closed or accepted by the customer",
						"Renewal proposal delivered and discussed with the customer's CFO" },
				new String[] { "Renewal signed", "Relationship survey score of 7 or higher at the next quarterly review" },
				new String[] { "Address every grievance behind %1$s's renewal risk on %2$s and present a credible renewal.",
						"Grievances closed; performance problem fixed; renewal proposal discussed with the CFO.",
						"Discounts beyond the approved price-hold range and products the customer does not use today." },
				new Scenario.Task[] { task("Grievance inventory with the customer", null),
						task("Executive sponsor call", SALES),
						task("Fix month-end report performance", ENGINEERING),
						task("Review renewal terms and options", LEGAL),
						task("Weekly renewal-risk check-in with the account team", SALES) },
				new Scenario.Task[] { task("Price-increase review step for account teams", FINANCE),
						task("Flag missed-target accounts to sales monthly", TECHNICAL_SUPPORT),
						task("Renewal proposal with price protection", SALES),
						task("Performance test at the customer's data volumes", ENGINEERING),
						task("Renewal negotiation meeting", SALES) });
	}
}
