// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.advocacy.model.Engagement;
import org.advocacy.model.StatusColour;
import org.advocacy.ui.StatusColours;
import org.eclipse.swt.graphics.Color;

/**
 * The colour-code column: a round Green/Yellow/Red swatch in the one palette ({@link StatusColours}), crisp at any
 * scale, and the colour's name. Sorted Green, Yellow, Red.
 */
final class StatusColumnLabelProvider extends PaintedColumnLabelProvider implements SortValueProvider {

	private final Map<StatusColour, Color> colours = new EnumMap<>(StatusColour.class);
	private final Function<Engagement, StatusColour> colourCode;

	/** @param colourCode the colour code of an engagement, from the one source the table uses */
	StatusColumnLabelProvider(Function<Engagement, StatusColour> colourCode) {
		this.colourCode = colourCode;
		StatusColour.VALUES.forEach(colour -> colours.put(colour, new Color(StatusColours.rgb(colour))));
	}

	private StatusColour colourOf(Object element) {
		return element instanceof Engagement engagement ? colourCode.apply(engagement) : null;
	}

	@Override
	String text(Object element) {
		StatusColour colour = colourOf(element);
		return colour == null ? "" : colour.getLiteral();
	}

	@Override
	Color swatch(Object element) {
		StatusColour colour = colourOf(element);
		return colour == null ? null : colours.get(colour);
	}

	@Override
	public Comparable<?> sortValue(Object element) {
		return colourOf(element);
	}

	@Override
	public void dispose() {
		colours.values().forEach(Color::dispose);
		colours.clear();
		super.dispose();
	}
}
