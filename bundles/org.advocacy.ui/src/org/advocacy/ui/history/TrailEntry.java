// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.history;

import java.time.Instant;

import org.advocacy.model.LadderAttempt;

/**
 * One attempt to reach someone on an escalation ladder, with who recorded it and when, from the change log: the
 * accountability trail of an escalation.
 *
 * @param attempt    the attempt, as the newest version has it
 * @param area       the functional area whose escalation it belongs to
 * @param recordedBy who saved the version that added it, or {@code null} when the change log does not say
 * @param recordedAt when, or {@code null}
 */
record TrailEntry(LadderAttempt attempt, String area, String recordedBy, Instant recordedAt) {
}
