// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import java.time.LocalDate;

/**
 * A day off for a whole country or region.
 *
 * @param date the day it is observed on (a holiday falling on a weekend may be observed on a weekday)
 * @param name its name, in the country's language where the holiday library has it, else in English
 */
public record PublicHoliday(LocalDate date, String name) {
}
