// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.forms;

import java.util.List;
import java.util.function.Supplier;

import org.advocacy.ui.emf.ValueText;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Makes labelled form fields bound to model features with EMF databinding: every edit becomes a
 * {@code SetCommand} on the file's editing domain (so it is undoable), text is committed after a short pause or
 * when the field loses focus, and the field follows the model (undo, redo, other editors).
 * <p>
 * The composite given must have a two-column {@code GridLayout}: label, then field.
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
public final class FormFields {

	/** How long typing may pause before the text is committed as a command. */
	public static final int COMMIT_DELAY_MS = 400;

	private final FormToolkit toolkit;
	private final DataBindingContext bindings;
	private final EditingDomain domain;
	private final ValueText valueText;

	/**
	 * @param toolkit   the form toolkit
	 * @param bindings  the page's binding context
	 * @param domain    the file's editing domain
	 * @param valueText plain-words text for choices
	 */
	public FormFields(FormToolkit toolkit, DataBindingContext bindings, EditingDomain domain, ValueText valueText) {
		this.toolkit = toolkit;
		this.bindings = bindings;
		this.domain = domain;
		this.valueText = valueText;
	}

	/**
	 * A text field bound to a string feature.
	 *
	 * @param parent    a two-column composite
	 * @param label     the field's label
	 * @param master    the object whose feature is shown (may change, e.g. the Situation Summary)
	 * @param feature   a string attribute
	 * @param multiLine whether the text wraps over several lines
	 * @return the text
	 */
	public Text text(Composite parent, String label, IObservableValue master, EStructuralFeature feature,
			boolean multiLine) {
		label(parent, label, multiLine);
		Text text = toolkit.createText(parent, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, multiLine ? 64 : SWT.DEFAULT).applyTo(text);
		bindings.bindValue(WidgetProperties.text(SWT.Modify).observeDelayed(COMMIT_DELAY_MS, text),
				EMFEditProperties.value(domain, feature).observeDetail(master));
		return text;
	}

	/**
	 * A drop-down bound to a single-valued feature.
	 *
	 * @param parent  a two-column composite
	 * @param label   the field's label
	 * @param master  the object whose feature is shown
	 * @param feature a single-valued feature (reference or enumeration)
	 * @param choices the values offered
	 * @return the viewer
	 */
	public ComboViewer choice(Composite parent, String label, IObservableValue master, EStructuralFeature feature,
			List<?> choices) {
		label(parent, label, false);
		ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(viewer.getCombo(), true, false);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getCombo());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return valueText.of(element);
			}
		});
		viewer.setInput(choices);
		bindings.bindValue(ViewerProperties.singleSelection().observe(viewer),
				EMFEditProperties.value(domain, feature).observeDetail(master));
		return viewer;
	}

	/**
	 * A read-only value reached through a path of features, following the model.
	 *
	 * @param parent a two-column composite
	 * @param label  the field's label
	 * @param master the object the path starts at
	 * @param path   the features to follow, e.g. customer, segment, name
	 * @return the label showing the value
	 */
	public Label readOnly(Composite parent, String label, IObservableValue master, EStructuralFeature... path) {
		label(parent, label, false);
		Label value = toolkit.createLabel(parent, "");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		bindings.bindValue(WidgetProperties.text().observe(value),
				EMFEditProperties.value(domain, FeaturePath.fromList(path)).observeDetail(master),
				new UpdateValueStrategy(UpdateValueStrategy.POLICY_NEVER), null);
		return value;
	}

	private void label(Composite parent, String text, boolean top) {
		Label label = toolkit.createLabel(parent, text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
	}

	/** @return a supplier of the master's current value, for registering fields with problems */
	public static Supplier<EObject> current(IObservableValue master) {
		return () -> (EObject) master.getValue();
	}
}
