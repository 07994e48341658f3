// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.advocacy.core.commands.CustomerRow;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;

/**
 * The rules that span lines of a customer file: a customer has the same values on every line that gives them (later
 * lines may leave them empty), and a contact appears once per customer. Each conflict is reported on the later line,
 * naming the earlier.
 */
final class CustomerConsistency {

	/** The customer's values by their column, {@code null} when a row does not give one. */
	private static final Map<CustomerColumn, Function<CustomerRow, Object>> CUSTOMER_VALUES = new EnumMap<>(Map.of(
			CustomerColumn.SEGMENT, CustomerRow::segment, CustomerColumn.BUSINESS_UNIT, CustomerRow::businessUnit,
			CustomerColumn.PRODUCT_LINES, row -> row.productLines().isEmpty() ? null : row.productLines(),
			CustomerColumn.ACCOUNT_OWNER, CustomerRow::accountOwner, CustomerColumn.CUSTOMER_SINCE,
			CustomerRow::customerSince, CustomerColumn.CUSTOMER_UNTIL, CustomerRow::customerUntil,
			CustomerColumn.ESCALATION_REQUEST, CustomerRow::escalationRequested));

	private CustomerConsistency() {
	}

	static void check(List<CustomerRow> rows, CsvHeader<CustomerColumn> header, List<ImportProblem> problems) {
		Map<String, Map<CustomerColumn, CustomerRow>> firstGiving = new HashMap<>();
		Map<String, CustomerRow> contacts = new HashMap<>();
		for (CustomerRow row : rows) {
			String customer = CustomerRow.customerKey(row.name());
			Map<CustomerColumn, CustomerRow> earlier = firstGiving.computeIfAbsent(customer,
					key -> new EnumMap<>(CustomerColumn.class));
			CUSTOMER_VALUES.forEach((column, value) -> {
				Object given = value.apply(row);
				if (given == null) {
					return;
				}
				CustomerRow first = earlier.putIfAbsent(column, row);
				if (first != null && !Objects.equals(value.apply(first), given)) {
					problems.add(header.problem(row.line(), column, "customer \"" + row.name() + "\" has "
							+ column.header() + " " + words(value.apply(first)) + " on line " + first.line()
							+ "; give a customer the same values on every line, or leave them empty after the first"));
				}
			});
			if (row.contact() != null) {
				CustomerRow same = contacts.putIfAbsent(customer + "\n" + row.contact().key(), row);
				if (same != null) {
					CustomerColumn column = row.contact().email() == null ? CustomerColumn.CONTACT
							: CustomerColumn.EMAIL;
					problems.add(header.problem(row.line(), column, "the contact " + row.contact().name()
							+ " of customer \"" + row.name() + "\" is already on line " + same.line()
							+ "; give each contact one line"));
				}
			}
		}
	}

	/** @return how a value of the customer reads in a message */
	private static String words(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(CustomerConsistency::words).collect(Collectors.joining("; "));
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no";
		}
		String name = value instanceof CustomerSegment segment ? segment.getName()
				: value instanceof BusinessUnit unit ? unit.getName()
				: value instanceof ProductLine line ? line.getName()
				: value instanceof Person person ? person.getName() : String.valueOf(value);
		return "\"" + name + "\"";
	}
}
