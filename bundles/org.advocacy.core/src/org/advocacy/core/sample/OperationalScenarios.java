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

/** Scenarios of operational situations: outages, failed implementations, data loss and repeated defects. */
final class OperationalScenarios {

	private OperationalScenarios() {
	}

	static Scenario outage() {
		return new Scenario("Prolonged outage",
				"The customer is, or was, unable to conduct business because a service was down or degraded for longer than committed.",
				new AreaKind[] { ENGINEERING, TECHNICAL_SUPPORT },
				new String[] { "%s outage halting business operations", "Repeated %s service interruptions" },
				new String[] { "We have been unable to conduct business for several hours and nobody can tell us when it will be back.",
						"This is the third outage this quarter. I've already spoken to 3+ people and I still don't have an ETA.",
						"Who CAN I talk to? Our warehouses are idle and the trucks are waiting." },
				"%1$s lost access to %2$s for eleven hours during its busiest trading week, halting day-to-day operations across its sites. The outage followed a storage-controller firmware update; restoration took far longer than the committed four-hour recovery time because the failover runbook was out of date. The customer has lost confidence in our change management and expects a credible plan to prevent recurrence.",
				new Scenario.Event[] {
						event(-45, PERFORMANCE_REPORT, "Monthly availability report shows 99.2% against a 99.9% commitment; two short interruptions noted."),
						event(-30, PROBLEM_REPORT, "Problem report opened for intermittent latency spikes on the primary database cluster."),
						event(-21, INQUIRY_HISTORY, "Customer asks support for the root cause of the latency spikes; case closed with a workaround only."),
						event(-3, EMAIL, "Maintenance notice for a storage-controller firmware update goes to a distribution list the customer no longer monitors."),
						event(-1, PROBLEM_REPORT, "Severity 1 raised: order entry unavailable at all sites after the overnight maintenance window."),
						event(-1, INQUIRY_HISTORY, "Customer's operations director calls support four times in three hours; each call reaches a new engineer."),
						event(0, EMAIL, "Customer's CIO writes to the account executive: 'Who CAN I talk to?' The advocate is engaged."),
						event(0, MEETING, "Bridge call: failover to the secondary site attempted; runbook step 7 references decommissioned hardware."),
						event(1, PERFORMANCE_REPORT, "Service restored after eleven hours; timeline reconstructed from monitoring data."),
						event(2, MEETING, "Internal review with engineering, support and sales in the same room to agree the chronology.") },
				new Scenario.Cause[] {
						cause("Firmware update applied without a tested rollback plan; change approval was skipped for 'routine' maintenance.", RootCauseCategory.BROKEN_PROCESS, ENGINEERING),
						cause("Failover runbook not maintained after the data-centre migration.", RootCauseCategory.BROKEN_PROCESS, TECHNICAL_SUPPORT),
						cause("Storage-controller firmware drops paths under sustained write load.", RootCauseCategory.PRODUCT, ENGINEERING),
						cause("Maintenance notices sent to an outdated customer distribution list.", RootCauseCategory.MISCOMMUNICATION, TECHNICAL_SUPPORT) },
				new Scenario.Factor[] {
						factor("The customer's own monitoring did not alert its on-call staff until order clerks complained.", CUSTOMER, false),
						factor("Four support engineers gave the customer four different restoration estimates.", FIRM, true),
						factor("The regional sales team escalated separately to three vice presidents, spinning up parallel bridges.", FIRM, true),
						factor("The hosting provider's network maintenance overlapped the failover window.", THIRD_PARTY, false) },
				new Scenario.Task[] { task("Publish the complete incident timeline to the customer", null),
						task("Validate the failover runbook in a scheduled test", TECHNICAL_SUPPORT),
						task("Deliver the firmware fix with a rollback procedure", ENGINEERING),
						task("Update the customer's maintenance-notice distribution list", TECHNICAL_SUPPORT),
						task("Confirm the service credit under the availability commitment", FINANCE),
						task("Review change-approval exceptions for routine maintenance", ENGINEERING) },
				new Scenario.Recommendation[] {
						recommend("Offer a 90-day trial of Proactive Monitoring, switched off unless purchased.", "The customer puts the outage at roughly $400k of delayed orders; earlier alerting would have cut detection time by hours."),
						recommend("Enrol the customer in the quarterly failover-test programme.", "A tested failover would have restored service within the four-hour recovery objective."),
						recommend("One daily update from the advocate until ten stable business days.", "Several people gave conflicting incremental updates during the outage.") },
				new String[] { "No Severity 1 incident for 10 consecutive business days after the fix",
						"Firmware fix and tested rollback procedure deployed to production",
						"Failover runbook validated in a witnessed test" },
				new String[] { "Customer's CIO confirms restored confidence at the quarterly business review",
						"Service credit agreed and applied to the next invoice" },
				new String[] { "Restore stable %2$s service for %1$s and remove the causes of the outage found in the situation summary.",
						"Ten stable business days; firmware fix and rollback procedure in production; a failover that works when tested.",
						"New features, the renewal negotiation and unrelated open cases, which stay with the account team and standard support." },
				new Scenario.Task[] { task("Freeze non-essential changes on the customer's environment", ENGINEERING),
						task("Add storage-path alerting to the monitoring baseline", TECHNICAL_SUPPORT),
						task("Capture controller diagnostics for vendor analysis", ENGINEERING),
						task("Agree change windows with the customer's operations team", null),
						task("Daily stability check with the customer", null) },
				new Scenario.Task[] { task("Develop the firmware fix for the path-drop defect", ENGINEERING),
						task("Regression-test the fix under sustained write load", ENGINEERING),
						task("Rewrite the failover runbook for the new data centre", TECHNICAL_SUPPORT),
						task("Witnessed failover test with the customer", TECHNICAL_SUPPORT),
						task("Deploy the fix in the agreed change window", ENGINEERING) });
	}

	static Scenario failedImplementation() {
		return new Scenario("Failed implementation",
				"A project to implement or migrate to our product missed its go-live or failed at cut-over.",
				new AreaKind[] { PROFESSIONAL_SERVICES, ENGINEERING, PRODUCT_MANAGEMENT },
				new String[] { "Stalled %s implementation past its go-live date", "%s go-live failed; rolled back to the legacy system" },
				new String[] { "We were promised go-live in June. It is now September and we are still running the legacy system in parallel.",
						"Your consultants keep changing and every new one starts from scratch. Who CAN I talk to about getting this done?",
						"Our board approved this project on your timeline. Now I have to explain why we are paying for two systems." },
				"%1$s's %2$s implementation is fourteen weeks behind the go-live date in the statement of work. The first cut-over failed because the data-migration scripts could not handle the customer's historical records, three consultants rotated off the project, and integration requirements were never signed off. The customer is paying for two systems and its sponsor has lost confidence in the delivery team.",
				new Scenario.Event[] {
						event(-150, CONTRACT, "Statement of work signed: go-live in 16 weeks, fixed-fee milestone schedule."),
						event(-120, MEETING, "Requirements workshop; integration scope left 'to be confirmed' in the minutes."),
						event(-90, EMAIL, "Lead consultant reassigned to another project; the replacement starts a week later."),
						event(-60, PROBLEM_REPORT, "Data-migration scripts fail on records older than 2015 (multi-currency fields)."),
						event(-35, MEETING, "First cut-over attempted and rolled back after 36 hours; the customer runs both systems."),
						event(-20, INVOICE, "Milestone invoice issued for 'migration complete' although the cut-over was rolled back."),
						event(-10, INTERVIEW, "Customer's project manager: 'every new consultant starts from scratch'."),
						event(0, EMAIL, "Customer's COO asks for an advocate; the project is declared at risk."),
						event(3, MEETING, "Joint recovery workshop with professional services, engineering and product management.") },
				new Scenario.Cause[] {
						cause("No requirements sign-off gate before build; integration scope stayed undefined.", RootCauseCategory.MISSING_PROCESS, PROFESSIONAL_SERVICES),
						cause("Migration tooling does not support multi-currency historical records.", RootCauseCategory.PRODUCT, ENGINEERING),
						cause("Consultants rotated off the project without a hand-over plan.", RootCauseCategory.BROKEN_PROCESS, PROFESSIONAL_SERVICES),
						cause("Milestone invoicing is not tied to customer acceptance.", RootCauseCategory.BROKEN_PROCESS, FINANCE) },
				new Scenario.Factor[] {
						factor("The customer's subject-matter experts were available only two days a week.", CUSTOMER, false),
						factor("The third-party payroll vendor delivered its interface specification six weeks late.", THIRD_PARTY, false),
						factor("Sales presented a roadmap feature as generally available.", FIRM, true),
						factor("Weekly status reports stayed green until the week of the failed cut-over.", FIRM, false) },
				new Scenario.Task[] { task("Name a single delivery lead for the rest of the project", PROFESSIONAL_SERVICES),
						task("Fix the migration scripts for multi-currency records", ENGINEERING),
						task("Sign off the integration requirements with the customer", PROFESSIONAL_SERVICES),
						task("Hold the disputed milestone invoice", FINANCE),
						task("Confirm the roadmap date of the promised feature", PRODUCT_MANAGEMENT) },
				new Scenario.Recommendation[] {
						recommend("Fund two weeks of additional consulting at no charge.", "Our staffing changes caused at least three weeks of the delay."),
						recommend("Introduce a go/no-go checklist for every cut-over.", "A dry run on production-sized data would have caught the failure before cut-over.") },
				new String[] { "Successful go-live with the legacy system switched off",
						"Two month-end closes completed on the new system",
						"Milestone invoices re-aligned with customer acceptance" },
				new String[] { "Customer sponsor signs the project acceptance certificate",
						"Customer agrees to act as a reference within six months" },
				new String[] { "Bring the %2$s implementation at %1$s to a successful go-live and retire the legacy system.",
						"A realistic, agreed plan; one delivery lead; migration that handles all historical data; go-live and two clean month-end closes.",
						"Additional modules, change requests raised after the recovery workshop and the customer's internal training programme." },
				new Scenario.Task[] { task("Name a single delivery lead and a backup", PROFESSIONAL_SERVICES),
						task("Re-baseline the project plan with the customer", PROFESSIONAL_SERVICES),
						task("Hold the disputed milestone invoice", FINANCE),
						task("Sign off the integration requirements", PROFESSIONAL_SERVICES),
						task("Weekly steering committee with the customer's sponsor", null) },
				new Scenario.Task[] { task("Fix migration scripts for multi-currency history", ENGINEERING),
						task("Dry-run the migration on a production-sized copy", PROFESSIONAL_SERVICES),
						task("Deliver the payroll interface with the third-party vendor", PROFESSIONAL_SERVICES),
						task("Cut-over rehearsal and go/no-go review", PROFESSIONAL_SERVICES),
						task("Go-live and two weeks of hyper-care", PROFESSIONAL_SERVICES, 10) });
	}

	static Scenario dataLoss() {
		return new Scenario("Data loss",
				"Customer data was lost, corrupted or could not be restored.",
				new AreaKind[] { ENGINEERING, TECHNICAL_SUPPORT, LEGAL },
				new String[] { "Data loss after a failed %s restore", "Corrupted %s snapshots for production databases" },
				new String[] { "We lost two days of transactions and your restore failed twice. Our regulator is asking questions.",
						"I'm going to have our lawyers read the contract if we don't get a straight answer on what happened to our data.",
						"I've already spoken to 3+ people and nobody will tell me whether last week's backups are usable." },
				"%1$s lost about 40 hours of production data when a restore from %2$s failed: the nightly backup jobs had completed with warnings for three weeks, and the verification step that should have flagged the corrupted snapshots was disabled during an upgrade. The customer has regulatory reporting obligations and has involved its legal counsel.",
				new Scenario.Event[] {
						event(-30, PERFORMANCE_REPORT, "Backup report shows 'completed with warnings' for the production databases; no alert raised."),
						event(-25, PROBLEM_REPORT, "Upgrade notes: snapshot verification disabled temporarily to shorten the backup window."),
						event(-4, INQUIRY_HISTORY, "Customer's DBA reports a storage failure and requests a point-in-time restore."),
						event(-3, PROBLEM_REPORT, "First restore attempt fails: snapshot checksum mismatch."),
						event(-2, PROBLEM_REPORT, "Second restore, from the previous week's snapshot, fails the same way."),
						event(-1, EMAIL, "Customer's CIO: the regulator expects an incident report within 72 hours."),
						event(0, EMAIL, "Account executive asks for an advocate; legal informed of potential contractual exposure."),
						event(1, MEETING, "Engineering recovers 80% of the lost data from transaction logs; the remaining gap is documented."),
						event(2, INTERVIEW, "Interview with the backup operations engineer about the disabled verification step.") },
				new Scenario.Cause[] {
						cause("Snapshot verification was disabled during an upgrade and never re-enabled.", RootCauseCategory.BROKEN_PROCESS, ENGINEERING),
						cause("Backup jobs that complete with warnings raise no alert.", RootCauseCategory.MISSING_PROCESS, TECHNICAL_SUPPORT),
						cause("Checksum defect in the snapshot writer under concurrent compaction.", RootCauseCategory.PRODUCT, ENGINEERING) },
				new Scenario.Factor[] {
						factor("The customer had not run a test restore in over a year, despite the recommended quarterly test.", CUSTOMER, false),
						factor("A storage failure at the customer's co-location provider triggered the restore.", THIRD_PARTY, false),
						factor("Two teams started separate recovery attempts and overwrote each other's working copy.", FIRM, true),
						factor("The customer's CIO and DBA were told different things about recoverability.", FIRM, true) },
				new Scenario.Task[] { task("Re-enable snapshot verification on all customer vaults", ENGINEERING),
						task("Provide a regulator-ready incident report", LEGAL),
						task("Recover the remaining data from transaction logs where possible", ENGINEERING),
						task("Alert on backup jobs completed with warnings", TECHNICAL_SUPPORT),
						task("Schedule quarterly test restores with the customer", TECHNICAL_SUPPORT) },
				new Scenario.Recommendation[] {
						recommend("Offer a 90-day trial of Verified Restore, switched off unless purchased.", "Weekly automatic test restores would have found the corrupted snapshots three weeks earlier; the customer values the lost data at $250k."),
						recommend("Write the regulator's incident report jointly, reviewed by both legal teams.", "One consistent account protects both companies.") },
				new String[] { "All recoverable data restored and verified by the customer",
						"Snapshot verification and warning alerts live on all vaults", "Successful witnessed test restore" },
				new String[] { "Regulator's inquiry closed without findings against the customer",
						"Customer renews the backup service at its current tier" },
				new String[] { "Recover %1$s's data, make %2$s restores reliable and support the customer's regulatory reporting.",
						"All recoverable data back; verified snapshots; alerts on warnings; a witnessed test restore.",
						"Migration to a different backup product and the customer's own disaster-recovery design." },
				new Scenario.Task[] { task("Recover data from transaction logs", ENGINEERING),
						task("Take fresh, verified full backups", TECHNICAL_SUPPORT),
						task("Document the remaining data gap for the customer", null),
						task("Draft the regulator incident report with legal", LEGAL),
						task("Daily recovery status to the customer's CIO", null) },
				new Scenario.Task[] { task("Re-enable and enforce snapshot verification", ENGINEERING),
						task("Fix the checksum defect in the snapshot writer", ENGINEERING),
						task("Alert on backups completed with warnings", TECHNICAL_SUPPORT),
						task("Witnessed test restore with the customer", TECHNICAL_SUPPORT),
						task("Audit all vaults for disabled verification", ENGINEERING) });
	}

	static Scenario repeatedDefects() {
		return new Scenario("Repeated defects",
				"The same or similar defects keep coming back despite fixes.",
				new AreaKind[] { ENGINEERING, PRODUCT_MANAGEMENT, TECHNICAL_SUPPORT },
				new String[] { "Recurring %s defects after each release", "%s regressions in every monthly update" },
				new String[] { "Every monthly update breaks something we rely on. We have opened 23 cases this year.",
						"Your survey asked how likely I am to recommend you. Zero. The same defect has come back three times.",
						"We spend more time testing your releases than using your product." },
				"%1$s has opened 23 support cases this year against %2$s, most of them regressions introduced by monthly releases; the same report-export defect has been fixed and reintroduced three times. The customer's satisfaction score dropped from 8 to 1 and its team now tests every release before allowing it into production.",
				new Scenario.Event[] {
						event(-200, PROBLEM_REPORT, "Report-export defect fixed in the March release."),
						event(-140, PROBLEM_REPORT, "Same defect reintroduced by the May release; hotfix delivered after 12 days."),
						event(-90, INQUIRY_HISTORY, "Case history: 23 cases this year, 14 of them regressions."),
						event(-60, PROBLEM_REPORT, "Defect reintroduced a third time by the July release."),
						event(-30, EMAIL, "Customer asks for the release test plan; the answer is a marketing overview."),
						event(-14, OTHER, "Relationship survey: 1 of 10, 'the same defect has come back three times'."),
						event(-7, MEETING, "Account review: the customer says it is evaluating alternatives."),
						event(0, EMAIL, "Support director engages an advocate on the survey response."),
						event(2, MEETING, "Engineering, product management and support review the regression history together.") },
				new Scenario.Cause[] {
						cause("No automated regression test for fixed customer defects; fixes are lost on branch merges.", RootCauseCategory.MISSING_PROCESS, ENGINEERING),
						cause("Release notes do not list behaviour changes that affect report exports.", RootCauseCategory.MISCOMMUNICATION, PRODUCT_MANAGEMENT),
						cause("Hotfix branches are merged back into the release train without review.", RootCauseCategory.BROKEN_PROCESS, ENGINEERING) },
				new Scenario.Factor[] {
						factor("The customer runs heavy customisations outside our test matrix.", CUSTOMER, false),
						factor("Each regression was handled as a new case by a different support engineer.", FIRM, true),
						factor("The customer's integration partner upgraded its connector in the same window.", THIRD_PARTY, false) },
				new Scenario.Task[] { task("Add regression tests for every defect this customer reported", ENGINEERING),
						task("Give the customer early access to release candidates", PRODUCT_MANAGEMENT),
						task("Assign a named support engineer to the account", TECHNICAL_SUPPORT),
						task("List behaviour changes in the release notes", PRODUCT_MANAGEMENT) },
				new Scenario.Recommendation[] {
						recommend("Add the customer's key workflows to our release test suite.", "Its 14 regressions this year each cost the customer about three days of testing and rework."),
						recommend("Name a technical account manager for six months.", "One person who knows the history stops the case-by-case churn.") },
				new String[] { "Two consecutive monthly releases without regression in the customer's key workflows",
						"Regression tests for all reported defects in the release pipeline" },
				new String[] { "Relationship survey score back to 7 or higher", "Customer stops pre-testing every release" },
				new String[] { "Stop regressions in %2$s from reaching %1$s and rebuild trust in our releases.",
						"Regression tests for every reported defect; the customer's key workflows in our release tests; two clean releases.",
						"New feature requests and the customer's own customisations." },
				new Scenario.Task[] { task("Hotfix the current report-export regression", ENGINEERING),
						task("Consolidate open cases under one named engineer", TECHNICAL_SUPPORT),
						task("Catalogue the customer's key workflows", null),
						task("Pause automatic updates for the customer", TECHNICAL_SUPPORT),
						task("Weekly defect review with the customer", null) },
				new Scenario.Task[] { task("Build regression tests for reported defects", ENGINEERING),
						task("Add customer workflows to the release test suite", ENGINEERING),
						task("Review and fix the hotfix merge process", ENGINEERING),
						task("Release-candidate early access for the customer", PRODUCT_MANAGEMENT),
						task("Publish behaviour changes in release notes", PRODUCT_MANAGEMENT) });
	}
}
