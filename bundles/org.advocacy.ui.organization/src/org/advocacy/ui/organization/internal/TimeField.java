// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.advocacy.ui.forms.FormFields;
import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A labelled time-of-day field ("09:00") bound with EMF databinding to a time attribute: committed as a command after
 * a short pause, refused with a decoration saying how to write it when it does not read as a time.
 */
final class TimeField {

	private TimeField() {
	}

	/**
	 * @param toolkit  the form toolkit
	 * @param bindings the page's binding context
	 * @param domain   the file's editing domain
	 * @param parent   a two-column composite
	 * @param label    the field's label
	 * @param master   the object whose attribute is shown
	 * @param feature  a {@link LocalTime} attribute
	 * @return the text
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Text create(FormToolkit toolkit, DataBindingContext bindings, EditingDomain domain, Composite parent,
			String label, IObservableValue master, EStructuralFeature feature) {
		Label caption = toolkit.createLabel(parent, label);
		GridDataFactory.swtDefaults().applyTo(caption);
		Text text = toolkit.createText(parent, "", SWT.SINGLE);
		GridDataFactory.swtDefaults().hint(70, SWT.DEFAULT).applyTo(text);
		UpdateValueStrategy<String, LocalTime> toModel = UpdateValueStrategy
				.create(IConverter.create(String.class, LocalTime.class, TimeField::parse));
		toModel.setAfterGetValidator(value -> {
			try {
				parse(value);
				return ValidationStatus.ok();
			} catch (DateTimeParseException e) {
				return ValidationStatus.error("Write the time of day as hours and minutes, e.g. 09:00 or 17:30.");
			}
		});
		UpdateValueStrategy<LocalTime, String> toTarget = UpdateValueStrategy
				.create(IConverter.create(LocalTime.class, String.class, time -> time == null ? "" : time.toString()));
		Binding binding = bindings.bindValue(
				WidgetProperties.text(SWT.Modify).observeDelayed(FormFields.COMMIT_DELAY_MS, text),
				EMFEditProperties.value(domain, feature).observeDetail(master), toModel, toTarget);
		ControlDecorationSupport.create(binding, SWT.TOP | SWT.LEFT);
		return text;
	}

	private static LocalTime parse(String text) {
		String time = text == null ? "" : text.strip();
		return time.isEmpty() ? null : LocalTime.parse(time.length() == 4 ? "0" + time : time);
	}
}
