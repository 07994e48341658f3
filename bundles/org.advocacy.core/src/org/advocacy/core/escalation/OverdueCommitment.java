// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.escalation;

import org.advocacy.model.ManagementReview;
import org.advocacy.model.RootCauseCommitment;

/**
 * A root-cause commitment whose promised update date has passed while it is still open or in progress.
 *
 * @param review      the management review the commitment was made in
 * @param commitment  the commitment
 * @param daysOverdue whole days since the promised update date (at least 1)
 * @param reason      one line a support manager understands, naming who promised what and by when
 */
public record OverdueCommitment(ManagementReview review, RootCauseCommitment commitment, long daysOverdue,
		String reason) {
}
