// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;

/** A table column whose text is computed from the row's object, with the same text as tool tip. */
final class TextColumn<T> extends ColumnLabelProvider {

	private final Class<T> type;
	private final Function<T, String> text;

	private TextColumn(Class<T> type, Function<T, String> text) {
		this.type = type;
		this.text = text;
	}

	/**
	 * @param type the rows' type
	 * @param text the text of a row
	 * @return the label provider
	 */
	static <T> TextColumn<T> of(Class<T> type, Function<T, String> text) {
		return new TextColumn<>(type, text);
	}

	@Override
	public String getText(Object element) {
		return type.isInstance(element) ? text.apply(type.cast(element)) : "";
	}

	@Override
	public String getToolTipText(Object element) {
		String tip = getText(element);
		return tip.isEmpty() ? null : tip;
	}
}
