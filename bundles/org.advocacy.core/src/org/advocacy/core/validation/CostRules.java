// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__ANNUAL_REVENUE;
import static org.advocacy.model.AdvocacyPackage.Literals.EFFORT_ENTRY__HOURLY_RATE;
import static org.advocacy.model.AdvocacyPackage.Literals.EFFORT_ENTRY__HOURS;
import static org.advocacy.model.AdvocacyPackage.Literals.EXPENSE__AMOUNT;

import java.math.BigDecimal;

import org.advocacy.model.Customer;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Expense;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Rules on the numbers behind the review's cost metric: an effort entry records more than no time and at most a
 * day, and rates, expenses and revenue are never negative.
 */
final class CostRules {

	/** The most hours one effort entry can record: one day. */
	private static final double MAX_HOURS_PER_ENTRY = 24;

	private CostRules() {
	}

	static void check(EffortEntry entry, Report report) {
		double hours = entry.getHours();
		if (!(hours > 0 && hours <= MAX_HOURS_PER_ENTRY)) {
			report.add(Rule.EFFORT_HOURS_OUT_OF_RANGE, entry, EFFORT_ENTRY__HOURS, Names.of(entry) + " records "
					+ (Double.isFinite(hours) ? plain(BigDecimal.valueOf(hours)) : "no valid number of") + " hours; an entry records more than 0 and at most 24 hours.");
		}
		checkNotNegative(entry, EFFORT_ENTRY__HOURLY_RATE, entry.getHourlyRate(), "an hourly rate", report);
	}

	static void check(Expense expense, Report report) {
		checkNotNegative(expense, EXPENSE__AMOUNT, expense.getAmount(), "an amount", report);
	}

	static void check(Customer customer, Report report) {
		checkNotNegative(customer, CUSTOMER__ANNUAL_REVENUE, customer.getAnnualRevenue(), "an annual revenue", report);
	}

	private static void checkNotNegative(EObject object, EAttribute feature, BigDecimal amount, String what,
			Report report) {
		if (amount != null && amount.signum() < 0) {
			report.add(Rule.MONEY_NEGATIVE, object, feature,
					Names.of(object) + " has " + what + " of " + plain(amount) + "; money amounts cannot be negative.");
		}
	}

	private static String plain(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}
}
