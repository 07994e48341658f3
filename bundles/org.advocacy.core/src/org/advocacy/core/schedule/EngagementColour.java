// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.schedule;

import org.advocacy.model.StatusColour;

/**
 * An engagement's colour code with the reason for it, as every list, board, report and customer draft shows it
 * (see {@link EngagementColours}).
 *
 * @param colour     green, yellow or red
 * @param rationale  one line a sponsor can read, starting with the colour, e.g. "Red: milestone 'Go-live' is 6
 *                   working days past its committed date of 12 Dec" or "Yellow (set by Dana Ortiz): waiting for the
 *                   customer's change window"
 * @param overridden whether the advocate set the colour by hand instead of the engine working it out
 */
public record EngagementColour(StatusColour colour, String rationale, boolean overridden) {
}
