// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.stream.Collectors;

import org.advocacy.model.provider.AdvocacyEditPlugin;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

/**
 * How a feature value reads in tables and the Properties view: instants and dates in the user's locale and time
 * zone instead of ISO-8601, flags as Yes/No, enumerations by their readable literal, and referenced objects by their label
 * without the type name the tree labels prefix ("Laura Bergstrom", not "Person Laura Bergstrom").
 */
public final class ValueText {

	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

	private final AdapterFactory adapterFactory;
	private final ZoneId zone;

	/**
	 * @param adapterFactory item providers, for the labels of referenced objects
	 * @param zone           the time zone instants are shown in
	 */
	public ValueText(AdapterFactory adapterFactory, ZoneId zone) {
		this.adapterFactory = adapterFactory;
		this.zone = zone;
	}

	/** @return the time zone instants are shown in */
	public ZoneId zone() {
		return zone;
	}

	/** @return the text of a feature value; empty for {@code null} */
	public String of(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Instant instant) {
			return INSTANT.format(instant.atZone(zone));
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (value instanceof Boolean flag) {
			return flag ? "Yes" : "No";
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof EObject object) {
			return labelWithoutType(object);
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(this::of).collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}

	private String labelWithoutType(EObject object) {
		Object provider = adapterFactory.adapt(object, IItemLabelProvider.class);
		String label = provider instanceof IItemLabelProvider labels ? labels.getText(object) : String.valueOf(object);
		String typeName = AdvocacyEditPlugin.INSTANCE.getString("_UI_" + object.eClass().getName() + "_type");
		return label.startsWith(typeName + " ") ? label.substring(typeName.length() + 1) : label;
	}
}
