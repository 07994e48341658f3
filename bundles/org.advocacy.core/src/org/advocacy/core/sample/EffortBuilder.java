// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Expense;
import org.advocacy.model.Person;

/**
 * Records the level of effort (hours at each person's rate) and the expenses of an engagement, on working days
 * between its opening and its end, so the management review can report cost in dollars and cents.
 */
final class EffortBuilder extends StaffedBuilder {

	EffortBuilder(SampleContext context, Staff staff) {
		super(context, staff);
	}

	void build(Engagement engagement, Timeline timeline, boolean detailed) {
		EngagementState state = engagement.getState();
		int from = timeline.index(timeline.openedAt);
		int to = Math.max(from, timeline.index(timeline.end));
		int count = switch (state) {
		case REQUESTED, DECLINED -> 1;
		case ASSESSING -> detailed ? 3 : 1;
		default -> detailed ? context.between(5, 10) : context.between(2, 3);
		};
		List<Person> people = new ArrayList<>();
		people.add(engagement.getAdvocate());
		people.add(engagement.getAdvocate());
		people.addAll(engagement.getTeam());
		int[] dates = new int[count];
		for (int i = 0; i < count; i++) {
			dates[i] = context.between(from, to);
		}
		java.util.Arrays.sort(dates);
		for (int i = 0; i < count; i++) {
			Person person = i == 0 ? engagement.getAdvocate() : context.pick(people);
			EffortEntry entry = context.factory.createEffortEntry();
			entry.setPerson(person);
			entry.setDate(timeline.days.date(dates[i]));
			entry.setHours(0.5 * context.between(1, 12));
			entry.setHourlyRate(staff.rate(person));
			entry.setDescription(i == 0 ? "Intake and situation assessment" : context.pick(Scenarios.EFFORT));
			engagement.getEffortEntries().add(entry);
		}
		if (state.getValue() < EngagementState.ENGAGED_VALUE) {
			return;
		}
		int expenses = detailed ? context.between(0, 3) : context.chance(0.3) ? 1 : 0;
		for (int i = 0; i < expenses; i++) {
			int kind = context.random.nextInt(Scenarios.EXPENSE_CATEGORIES.length);
			Expense expense = context.factory.createExpense();
			expense.setDate(timeline.days.date(context.between(from, to)));
			expense.setCategory(Scenarios.EXPENSE_CATEGORIES[kind]);
			expense.setDescription(Scenarios.EXPENSE_DESCRIPTIONS[kind]);
			expense.setAmount(amount(kind));
			engagement.getExpenses().add(expense);
		}
	}

	private BigDecimal amount(int kind) {
		return switch (kind) {
		case 0 -> context.money(900, 3200);
		case 1 -> BigDecimal.valueOf(context.between(4, 50) * 500L).setScale(2);
		case 2 -> context.money(1500, 6000);
		case 3 -> context.money(150, 600);
		default -> context.money(800, 4000);
		};
	}
}
