// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER;
import static org.advocacy.model.AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__DROP_REASON;
import static org.advocacy.model.AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON;

import org.advocacy.model.CommitmentStatus;
import org.advocacy.model.RootCauseCommitment;

/**
 * Rules on the management's root-cause commitments: each names the manager accountable and the day they update the
 * review (the whitepaper's "management commitment … with a date for an update to the group"), and a dropped one says
 * why. Whether a promise is overdue depends on the day and is the engine's verdict
 * ({@link org.advocacy.core.escalation.OverdueCommitments}), not a rule of the data.
 */
final class CommitmentRules {

	private CommitmentRules() {
	}

	static void check(RootCauseCommitment commitment, Report report) {
		if (commitment.getAccountableManager() == null) {
			report.add(Rule.COMMITMENT_MANAGER_MISSING, commitment, ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER,
					Names.of(commitment) + " has no accountable manager; name who answers to the review for it.");
		}
		if (commitment.getPromisedUpdateOn() == null) {
			report.add(Rule.COMMITMENT_UPDATE_DATE_MISSING, commitment, ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON,
					Names.of(commitment) + " has no promised update date; agree the day the manager updates the review.");
		}
		if (commitment.getStatus() == CommitmentStatus.DROPPED
				&& (commitment.getDropReason() == null || commitment.getDropReason().isBlank())) {
			report.add(Rule.COMMITMENT_DROP_REASON_MISSING, commitment, ROOT_CAUSE_COMMITMENT__DROP_REASON,
					Names.of(commitment) + " was dropped without a reason; say why management no longer pursues it.");
		}
	}
}
