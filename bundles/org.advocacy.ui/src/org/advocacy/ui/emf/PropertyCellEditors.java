// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Chooses the Properties view's cell editor for an EMF.Edit property: a drop-down of the descriptor's choices for
 * enumerations and single references, yes/no for flags, and typed text for every other data type (numbers,
 * dates, instants, text). Lists and properties the item provider marks read-only get no editor.
 */
public final class PropertyCellEditors {

	private PropertyCellEditors() {
	}

	/**
	 * @param parent     the Properties view's tree
	 * @param object     the object whose property is edited
	 * @param descriptor the property
	 * @param valueText  how values read
	 * @return the cell editor, or {@code null} when the property cannot be edited here
	 */
	static CellEditor create(Composite parent, Object object, IItemPropertyDescriptor descriptor,
			ValueText valueText) {
		if (!descriptor.canSetProperty(object)
				|| !(descriptor.getFeature(object) instanceof EStructuralFeature feature) || feature.isMany()) {
			return null;
		}
		if (isFlag(feature)) {
			return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), valueText);
		}
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null || feature.getEType() instanceof EEnum) {
			return new ChoiceCellEditor(parent, choicesOf(object, descriptor, valueText), valueText);
		}
		if (feature instanceof EAttribute attribute && attribute.getEType() instanceof EDataType type) {
			return new DataTypeCellEditor(parent, new DataTypeText(type, valueText.zone()));
		}
		return null;
	}

	private static boolean isFlag(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	/**
	 * @param object     the object whose property is edited
	 * @param descriptor the property
	 * @param valueText  how values read
	 * @return the values the descriptor offers, sorted by their text when the descriptor asks for it
	 */
	public static List<Object> choicesOf(Object object, IItemPropertyDescriptor descriptor, ValueText valueText) {
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		List<Object> list = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
		if (descriptor.isSortChoices(object)) {
			list.sort(Comparator.nullsFirst(Comparator.comparing(valueText::of, String.CASE_INSENSITIVE_ORDER)));
		}
		return list;
	}
}
