// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

/**
 * A country or a region that the holiday library knows the public holidays of, as offered for choice.
 *
 * @param code the code: an ISO 3166 country code ({@code DE}) or the region's part of an ISO 3166-2 code ({@code BY})
 * @param name the English name, such as Germany or Bavaria
 */
public record HolidayPlace(String code, String name) {

	/** @return the name followed by the code, as a choice list shows it: "Bavaria (BY)" */
	public String label() {
		return name + " (" + code + ")";
	}
}
