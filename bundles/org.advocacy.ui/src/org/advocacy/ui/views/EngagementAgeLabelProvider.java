// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.advocacy.model.Engagement;
import org.eclipse.jface.viewers.ColumnLabelProvider;

/**
 * How long an engagement has been open (or was open, once closed): hours in the first day, then days. Sorting
 * uses the exact duration.
 */
final class EngagementAgeLabelProvider extends ColumnLabelProvider implements SortValueProvider {

	private final Clock clock;

	EngagementAgeLabelProvider(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String getText(Object element) {
		Duration age = age(element);
		if (age == null) {
			return "";
		}
		return age.toHours() < 24 ? age.toHours() + " h" : age.toDays() + " d";
	}

	@Override
	public Comparable<?> sortValue(Object element) {
		return age(element);
	}

	private Duration age(Object element) {
		if (!(element instanceof Engagement engagement) || engagement.getOpenedAt() == null) {
			return null;
		}
		Instant end = engagement.getClosedAt() != null ? engagement.getClosedAt() : clock.instant();
		return Duration.between(engagement.getOpenedAt(), end);
	}
}
