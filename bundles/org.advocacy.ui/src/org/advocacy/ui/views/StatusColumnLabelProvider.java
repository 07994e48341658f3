// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.advocacy.core.schedule.EngagementColour;
import org.advocacy.model.Engagement;
import org.advocacy.model.StatusColour;
import org.advocacy.ui.StatusColours;
import org.eclipse.swt.graphics.Color;

/**
 * The colour-code column: a round Green/Yellow/Red swatch in the one palette ({@link StatusColours}), crisp at any
 * scale, and the colour's name, with the reason for it as the tooltip. Sorted Green, Yellow, Red.
 */
final class StatusColumnLabelProvider extends PaintedColumnLabelProvider implements SortValueProvider {

	private final Map<StatusColour, Color> colours = new EnumMap<>(StatusColour.class);
	private final Function<Engagement, EngagementColour> colourCode;

	/** @param colourCode the colour code of an engagement with its reason, from the one source the table uses */
	StatusColumnLabelProvider(Function<Engagement, EngagementColour> colourCode) {
		this.colourCode = colourCode;
		StatusColour.VALUES.forEach(colour -> colours.put(colour, new Color(StatusColours.rgb(colour))));
	}

	private StatusColour colourOf(Object element) {
		return element instanceof Engagement engagement ? colourCode.apply(engagement).colour() : null;
	}

	/** @return why the engagement has its colour: the advocate's override with its reason, or the engine's */
	@Override
	public String getToolTipText(Object element) {
		return element instanceof Engagement engagement ? colourCode.apply(engagement).rationale() : null;
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
