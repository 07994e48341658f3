// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import java.util.Locale;

import org.advocacy.model.GetWellPlan;

/**
 * The plan's name as it reads after the words "Get-Well Plan" already shown in a title: without a leading
 * "Get-well plan:" of its own, so that the title does not say it twice.
 */
public final class PlanTitle {

	private static final String PREFIX = "get-well plan";
	private static final String SEPARATORS = ":\u2014\u2013-, ";

	private PlanTitle() {
	}

	/**
	 * @param plan the plan, or {@code null}
	 * @return its name without a leading "Get-well plan" and separator; the whole name when nothing else is left
	 */
	public static String of(GetWellPlan plan) {
		String name = plan == null || plan.getName() == null ? "" : plan.getName().strip();
		if (!name.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
			return name;
		}
		int start = PREFIX.length();
		while (start < name.length() && SEPARATORS.indexOf(name.charAt(start)) >= 0) {
			start++;
		}
		return start == name.length() ? name : name.substring(start);
	}
}
