// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.ui.emf.ChoiceCellEditor;
import org.advocacy.ui.emf.DataTypeText;
import org.advocacy.ui.emf.PropertyCellEditors;
import org.advocacy.ui.emf.ValueText;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Edits one feature of a table row in place: a drop-down of the objects the item property descriptor offers for a
 * single reference (with "(none)" first when the reference is optional), check boxes for flags, a drop-down for
 * enumerations, text for the rest, typed as {@link DataTypeText} reads it (a date and time as 2026-11-20 14:30 in
 * the user's time zone, a date as 2026-11-20). The new value is set with a {@code SetCommand}; text that does not
 * parse leaves the value unchanged.
 */
public final class FeatureEditingSupport extends EditingSupport {

	private final EditingDomain domain;
	private final EStructuralFeature feature;
	private CellEditor editor;

	/**
	 * @param viewer  the table viewer
	 * @param domain  the file's editing domain
	 * @param feature an attribute or single non-containment reference of the rows' objects
	 */
	public FeatureEditingSupport(ColumnViewer viewer, EditingDomain domain, EStructuralFeature feature) {
		super(viewer);
		this.domain = domain;
		this.feature = feature;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		if (isReference()) {
			if (editor == null) {
				editor = new ChoiceCellEditor((Composite) getViewer().getControl(), List.of(), valueText());
			}
			((ChoiceCellEditor) editor).setChoices(choices((EObject) element));
			return editor;
		}
		if (editor == null) {
			Composite table = (Composite) getViewer().getControl();
			if (isFlag()) {
				editor = new CheckboxCellEditor(table);
			} else if (feature.getEType() instanceof EEnum eEnum) {
				editor = new ComboBoxCellEditor(table,
						eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new),
						SWT.READ_ONLY);
			} else {
				editor = new TextCellEditor(table);
			}
		}
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		if (isReference()) {
			IItemPropertyDescriptor descriptor = descriptor((EObject) element);
			return descriptor != null && descriptor.canSetProperty(element);
		}
		return true;
	}

	@Override
	protected Object getValue(Object element) {
		Object value = ((EObject) element).eGet(feature);
		if (isReference()) {
			return value;
		}
		if (isFlag()) {
			return Boolean.TRUE.equals(value);
		}
		if (feature.getEType() instanceof EEnum eEnum) {
			List<EEnumLiteral> literals = eEnum.getELiterals();
			for (int i = 0; i < literals.size(); i++) {
				if (literals.get(i).getInstance() == value) {
					return i;
				}
			}
			return -1;
		}
		return typed().format(value);
	}

	@Override
	protected void setValue(Object element, Object edited) {
		Object value;
		try {
			value = parse(edited);
		} catch (RuntimeException unparsable) {
			getViewer().getControl().getDisplay().beep();
			return;
		}
		EObject object = (EObject) element;
		if (!Objects.equals(object.eGet(feature), value)) {
			domain.getCommandStack().execute(FeatureCommands.set(domain, object, feature, value));
		}
	}

	private Object parse(Object edited) {
		if (isFlag() || isReference()) {
			return edited;
		}
		if (feature.getEType() instanceof EEnum eEnum) {
			int index = (Integer) edited;
			return index < 0 ? null : eEnum.getELiterals().get(index).getInstance();
		}
		String text = ((String) edited).strip();
		if (text.isEmpty()) {
			return feature.getDefaultValue();
		}
		return typed().parse(text);
	}

	/** @return the descriptor's choices for the object, "(none)" first unless the reference is required */
	private List<Object> choices(EObject object) {
		List<Object> choices = PropertyCellEditors.choicesOf(object, descriptor(object), valueText());
		choices.removeIf(Objects::isNull);
		if (!feature.isRequired()) {
			choices.add(0, null);
		}
		return choices;
	}

	private IItemPropertyDescriptor descriptor(EObject object) {
		if (adapterFactory().adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
				if (feature.equals(descriptor.getFeature(object))) {
					return descriptor;
				}
			}
		}
		return null;
	}

	private ValueText valueText() {
		return new ValueText(adapterFactory(), ZoneId.systemDefault());
	}

	private AdapterFactory adapterFactory() {
		return ((AdapterFactoryEditingDomain) domain).getAdapterFactory();
	}

	private boolean isReference() {
		return feature instanceof EReference reference && !reference.isContainment() && !reference.isMany();
	}

	private DataTypeText typed() {
		return new DataTypeText((EDataType) feature.getEType(), ZoneId.systemDefault());
	}

	private boolean isFlag() {
		Class<?> type = feature.getEType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}
}
