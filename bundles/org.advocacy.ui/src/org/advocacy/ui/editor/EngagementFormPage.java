// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.advocacy.model.Engagement;
import org.advocacy.ui.editor.internal.EditorProblems;
import org.advocacy.ui.forms.RepositoryFormPage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IMessage;

/**
 * A page of the engagement editor, built in or contributed through the {@code engagementEditorPages} extension point:
 * knows which control shows which feature of which object, so that validation problems land on the right field and
 * {@link #reveal(EObject, EStructuralFeature, boolean)} finds it. What every repository form page does (bindings,
 * header problems, refreshing after commands) comes from {@link RepositoryFormPage}.
 */
public abstract class EngagementFormPage extends RepositoryFormPage<EngagementEditor> implements RevealingPage {

	private final List<Field> fields = new ArrayList<>();

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

	/** A problem in the header opens at its field; a message without a diagnostic at its control. */
	@Override
	protected void messageActivated(IMessage message) {
		if (message.getData() instanceof Diagnostic problem) {
			EditorProblems.reveal(editor(), problem);
		} else {
			goTo(message.getControl());
		}
	}

	/** @return the engagement edited */
	protected Engagement engagement() {
		return editor().getEngagement();
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
}
