// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import java.time.Clock;

import org.advocacy.model.Audience;

/**
 * The choices besides engagements, format and target that some exports need.
 *
 * @param audience who reads a customer update draft
 * @param clock    "now" for drafts and the time zone dates are written in
 */
public record ExportOptions(Audience audience, Clock clock) {
}
