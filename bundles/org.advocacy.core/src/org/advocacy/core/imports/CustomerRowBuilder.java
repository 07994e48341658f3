// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import static org.advocacy.core.imports.CustomerColumn.ACCOUNT_OWNER;
import static org.advocacy.core.imports.CustomerColumn.AUDIENCE;
import static org.advocacy.core.imports.CustomerColumn.AVAILABLE_24X7;
import static org.advocacy.core.imports.CustomerColumn.BUSINESS_UNIT;
import static org.advocacy.core.imports.CustomerColumn.CONTACT;
import static org.advocacy.core.imports.CustomerColumn.CUSTOMER;
import static org.advocacy.core.imports.CustomerColumn.CUSTOMER_SINCE;
import static org.advocacy.core.imports.CustomerColumn.CUSTOMER_UNTIL;
import static org.advocacy.core.imports.CustomerColumn.EMAIL;
import static org.advocacy.core.imports.CustomerColumn.ESCALATION_REQUEST;
import static org.advocacy.core.imports.CustomerColumn.MOBILE;
import static org.advocacy.core.imports.CustomerColumn.PHONE;
import static org.advocacy.core.imports.CustomerColumn.PRODUCT_LINES;
import static org.advocacy.core.imports.CustomerColumn.SEGMENT;
import static org.advocacy.core.imports.CustomerColumn.TITLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.commands.ContactRow;
import org.advocacy.core.commands.CustomerRow;
import org.advocacy.model.Audience;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;

/**
 * Turns one line of a customer file into a {@link CustomerRow}: reports each value that is not what its column
 * expects — a segment, business unit, product line or account owner the repository does not know, a date that is not
 * one or ends the customer before it began, an audience, e-mail, phone number or yes/no that is not one — and contact
 * details without the contact's name.
 */
final class CustomerRowBuilder {

	private final KnownReferenceData known;

	/** @param known the repository's reference data by name */
	CustomerRowBuilder(KnownReferenceData known) {
		this.known = known;
	}

	/** @return the row, or {@code null} when the line has a problem */
	CustomerRow build(CsvLine<CustomerColumn> line) {
		line.reportEmptyRequiredValues(CustomerColumn.values());
		CustomerSegment segment = line.typed(SEGMENT, known.segments()::find, known.segments()::problem);
		BusinessUnit unit = line.typed(BUSINESS_UNIT, known.units()::find, known.units()::problem);
		List<ProductLine> productLines = productLines(line);
		Person owner = line.typed(ACCOUNT_OWNER, known::person, known::personProblem);
		LocalDate since = line.typed(CUSTOMER_SINCE, CustomerFieldRules::date, CustomerFieldRules::dateProblem);
		LocalDate until = line.typed(CUSTOMER_UNTIL, CustomerFieldRules::date, CustomerFieldRules::dateProblem);
		if (since != null && until != null && until.isBefore(since)) {
			line.report(CUSTOMER_UNTIL, "the customer until date " + until + " is before the customer since date "
					+ since + "; a customer cannot end before it began");
		}
		Boolean escalation = line.typed(ESCALATION_REQUEST, CsvFieldRules::yesNo, CsvFieldRules::yesNoProblem);
		ContactRow contact = contact(line);
		if (!line.clean()) {
			return null;
		}
		return new CustomerRow(line.line(), line.value(CUSTOMER), segment, unit, productLines, owner, since, until,
				escalation, contact);
	}

	/** @return the product lines named, separated by semicolons; empty when none are given */
	private List<ProductLine> productLines(CsvLine<CustomerColumn> line) {
		String value = line.given(PRODUCT_LINES);
		List<ProductLine> lines = new ArrayList<>();
		if (value == null) {
			return lines;
		}
		for (String name : value.split(CustomerColumn.PRODUCT_LINE_SEPARATOR)) {
			if (name.isBlank()) {
				continue;
			}
			ProductLine productLine = known.productLines().find(name);
			if (productLine == null) {
				line.report(PRODUCT_LINES, known.productLines().problem(name.strip()));
			} else if (!lines.contains(productLine)) {
				lines.add(productLine);
			}
		}
		return lines;
	}

	/** @return the line's contact, or {@code null} when the line names none */
	private static ContactRow contact(CsvLine<CustomerColumn> line) {
		Audience audience = line.typed(AUDIENCE, CustomerFieldRules::audience, CustomerFieldRules::audienceProblem);
		line.check(EMAIL, CsvFieldRules::emailProblem);
		line.check(PHONE, CsvFieldRules::phoneProblem);
		line.check(MOBILE, CsvFieldRules::phoneProblem);
		Boolean available = line.typed(AVAILABLE_24X7, CsvFieldRules::yesNo, CsvFieldRules::yesNoProblem);
		if (Boolean.TRUE.equals(available) && line.given(MOBILE) == null) {
			line.report(AVAILABLE_24X7, "24x7 is yes but the line has no mobile number; give the number that"
					+ " answers around the clock in the mobile column");
		}
		String name = line.given(CONTACT);
		if (name == null) {
			for (CustomerColumn column : List.of(TITLE, AUDIENCE, EMAIL, PHONE, MOBILE, AVAILABLE_24X7)) {
				if (line.given(column) != null) {
					line.report(CONTACT, "the contact's name is empty but the line gives the contact's "
							+ column.header() + "; name the contact, or leave the contact's values empty");
					break;
				}
			}
			return null;
		}
		return new ContactRow(name, line.given(TITLE), audience, line.given(EMAIL), line.given(PHONE),
				line.given(MOBILE), available);
	}
}
