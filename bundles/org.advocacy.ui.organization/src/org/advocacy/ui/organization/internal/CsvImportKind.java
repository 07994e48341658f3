// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.util.function.Function;

import org.advocacy.core.imports.CsvImporter;
import org.advocacy.core.imports.CustomerColumn;
import org.advocacy.core.imports.CustomerCsvImporter;
import org.advocacy.core.imports.WhoToCallColumn;
import org.advocacy.core.imports.WhoToCallCsvImporter;
import org.advocacy.ui.session.RepositorySession;

/**
 * What a CSV import wizard imports: its words for the dialog and the engine's importer for the open repository.
 *
 * @param windowTitle the wizard's title, also the title of "open a repository first"
 * @param pageTitle   the file page's title
 * @param format      the documented header and what importing does, shown under the file field
 * @param importer    the engine's importer for a repository session
 */
record CsvImportKind(String windowTitle, String pageTitle, String format,
		Function<RepositorySession, CsvImporter<?, ?>> importer) {

	/** The who-to-call matrix: each area named gets exactly the file's ladder. */
	static final CsvImportKind WHO_TO_CALL = new CsvImportKind("Import Who-to-Call Matrix",
			"Who-to-call matrix from CSV", "Columns (header line, any order): " + WhoToCallColumn.headerLine()
					+ ". Each area named in the file gets exactly the file's ladder; other areas stay as they are.",
			session -> new WhoToCallCsvImporter(session.getEditingDomain(), session.getRepository().getOrganization()));

	/** Customers and their contacts: matched by name (contacts by e-mail), updated or added, never removed. */
	static final CsvImportKind CUSTOMERS = new CsvImportKind("Import Customers", "Customers and contacts from CSV",
			"Columns (header line, any order; only customer is required): " + CustomerColumn.headerLine()
					+ ". One line per contact; the customer's values may be repeated or left empty after its first"
					+ " line. Customers are matched by name and contacts by e-mail, updated or added; nothing is"
					+ " removed.",
			session -> new CustomerCsvImporter(session.getEditingDomain(), session.getRepository()));

	/**
	 * @param name the kind as the plug-in manifest names it: {@code who-to-call} or {@code customers}
	 * @return that kind
	 * @throws IllegalArgumentException for another name
	 */
	static CsvImportKind named(String name) {
		return switch (name.strip()) {
		case "who-to-call" -> WHO_TO_CALL;
		case "customers" -> CUSTOMERS;
		default -> throw new IllegalArgumentException("No CSV import of '" + name + "'; who-to-call or customers.");
		};
	}
}
