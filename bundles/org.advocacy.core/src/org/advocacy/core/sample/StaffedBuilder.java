// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

/**
 * The base of the sample's builders that pick the people they need from the organization's staff: holds the shared
 * generation context (random source, factory, "now") and the staff.
 */
abstract class StaffedBuilder {

	/** The random source, factory and "now" shared by the whole generation. */
	final SampleContext context;
	/** The people of the sample organization, by role. */
	final Staff staff;

	/**
	 * @param context the shared generation context
	 * @param staff   the people of the sample organization
	 */
	StaffedBuilder(SampleContext context, Staff staff) {
		this.context = context;
		this.staff = staff;
	}
}
