// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.advocacy.model.Engagement;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.RevealingPage;
import org.advocacy.ui.emf.ValueText;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessage;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;

/**
 * A page of the engagement editor: owns its data-binding context, knows which control shows which feature of which
 * object (so that validation problems land on the right field), and refreshes what bindings do not cover when the
 * model changes.
 */
public abstract class EngagementFormPage extends FormPage implements RevealingPage {

	private final List<Field> fields = new ArrayList<>();
	private final List<Runnable> refreshers = new ArrayList<>();
	private DataBindingContext bindings;

	/** A feature of an object (which may change, such as the Situation Summary) shown by one control. */
	private record Field(Supplier<? extends EObject> owner, EStructuralFeature feature, Control control) {
	}

	/**
	 * @param editor the editor
	 * @param id     the page id
	 * @param title  the tab title
	 */
	protected EngagementFormPage(EngagementEditor editor, String id, String title) {
		super(editor, id, title);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		bindings = new DataBindingContext();
		managedForm.getForm().getForm().addMessageHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				if (event.data instanceof IMessage[] messages && messages.length > 0) {
					if (messages[0].getData() instanceof Diagnostic problem) {
						EditorProblems.reveal((EngagementEditor) getEditor(), problem);
					} else {
						goTo(messages[0].getControl());
					}
				}
			}
		});
		managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
		EngagementEditor editor = (EngagementEditor) getEditor();
		managedForm.getForm().getDisplay().asyncExec(editor::validate);
	}

	/** @return the engagement edited */
	protected Engagement engagement() {
		return ((EngagementEditor) getEditor()).getEngagement();
	}

	/** @return the file's editing domain */
	protected EditingDomain domain() {
		return ((EngagementEditor) getEditor()).getEditingDomain();
	}

	/** @return plain-words text for values */
	protected ValueText valueText() {
		return new ValueText(((EngagementEditor) getEditor()).getSession().getAdapterFactory(), ZoneId.systemDefault());
	}

	/** @return the page's data-binding context */
	protected DataBindingContext bindings() {
		return bindings;
	}

	/**
	 * Records that a control shows a feature, so that problems on that feature decorate it.
	 *
	 * @param object  the object, or a container of the objects shown (for tables: the owner of the list)
	 * @param feature the feature shown, or the list feature for tables
	 * @param control the control
	 */
	protected void registerField(Supplier<? extends EObject> object, EStructuralFeature feature, Control control) {
		fields.add(new Field(object, feature, control));
	}

	private Control find(EObject object, EStructuralFeature feature) {
		return find(object, shown -> shown == feature);
	}

	private Control find(EObject object, Predicate<EStructuralFeature> feature) {
		for (Field field : fields) {
			if (feature.test(field.feature()) && field.owner().get() == object && !field.control().isDisposed()) {
				return field.control();
			}
		}
		return null;
	}

	/** @param refresher run after every change of the model, for what data binding does not cover */
	protected void onModelChange(Runnable refresher) {
		refreshers.add(refresher);
	}

	/**
	 * Finds the control showing a feature of an object, or a table of one of its containers.
	 *
	 * @param object  the object a problem is about
	 * @param feature the feature a problem is about, or {@code null}
	 * @return the control, or {@code null} when this page does not show it
	 */
	public Control controlFor(EObject object, EStructuralFeature feature) {
		Control control = find(object, feature);
		EObject child = object;
		while (control == null && child != null && child.eContainer() != null) {
			control = find(child.eContainer(), child.eContainmentFeature());
			child = child.eContainer();
		}
		return control;
	}

	/** @return the header's message manager, or {@code null} before the page is shown the first time */
	public IMessageManager messages() {
		return getManagedForm() == null ? null : getManagedForm().getMessageManager();
	}

	/** Called after every command on the file's stack; refreshes what bindings do not. */
	public void modelChanged() {
		if (getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
			refreshers.forEach(Runnable::run);
			getManagedForm().getForm().reflow(true);
		}
	}

	/**
	 * Shows this page and puts the focus on a control of it.
	 *
	 * @param control the control
	 */
	public void goTo(Control control) {
		getEditor().setActivePage(getId());
		if (control != null && !control.isDisposed()) {
			getManagedForm().getForm().showControl(control);
			control.setFocus();
		}
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature, boolean focus) {
		if (getManagedForm() == null) {
			return false;
		}
		Control control = feature == null ? find(object, any -> true) : null;
		if (control == null) {
			control = controlFor(object, feature);
		}
		if (control == null) {
			return false;
		}
		if (focus) {
			goTo(control);
		} else {
			getEditor().setActivePage(getId());
			getManagedForm().getForm().showControl(control);
		}
		if (control instanceof Table table) {
			selectRow(table, object);
		}
		return true;
	}

	/** Selects the row showing the object, or the row of the object containing it, as a click would. */
	private static void selectRow(Table table, EObject object) {
		for (EObject shown = object; shown != null; shown = shown.eContainer()) {
			for (TableItem item : table.getItems()) {
				if (item.getData() == shown) {
					table.setSelection(item);
					table.showItem(item);
					Event event = new Event();
					event.item = item;
					table.notifyListeners(SWT.Selection, event);
					return;
				}
			}
		}
	}

	@Override
	public void dispose() {
		if (bindings != null) {
			bindings.dispose();
		}
		super.dispose();
	}
}
