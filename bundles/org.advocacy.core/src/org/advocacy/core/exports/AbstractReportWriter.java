// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.util.List;

/**
 * What every report writer does the same way: an empty list or table reads "None recorded." in the writer's own
 * format, and only a non-empty one is handed to the writer to lay out.
 */
public abstract class AbstractReportWriter implements ReportWriter {

	@Override
	public final void bullets(List<String> items) {
		if (items.isEmpty()) {
			none();
		} else {
			bulletList(items);
		}
	}

	@Override
	public final void table(List<String> headers, List<List<String>> rows) {
		if (rows.isEmpty()) {
			none();
		} else {
			tableOf(headers, rows);
		}
	}

	/** Writes "None recorded." in place of an empty list or table. */
	protected abstract void none();

	/** @param items a bulleted list's items, at least one */
	protected abstract void bulletList(List<String> items);

	/**
	 * @param headers the header row
	 * @param rows    the rows, at least one
	 */
	protected abstract void tableOf(List<String> headers, List<List<String>> rows);
}
