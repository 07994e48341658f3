// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import org.advocacy.model.StatusColour;

/**
 * A get-well plan's colour code with the reason for it, as shown to the plan's sponsor.
 *
 * @param colour    green, yellow or red, as defined by {@link StatusColourRules}
 * @param rationale one line a sponsor can read, starting with the colour, e.g. "Red: milestone 'Go-live' is 6
 *                  working days past its committed date of 12 Dec"
 */
public record PlanStatus(StatusColour colour, String rationale) {
}
