// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.advocacy.model.Engagement;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementFormPage;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.FormFields;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The Meetings page: what the whitepaper asks of the advocate between engaging the experts and the get-well plan.
 * The response meeting ("get all the liars in the same room") with the experts from the who-to-call list, the five
 * questions, the evidence each brings and the first draft situation summary written from it
 * ({@link ResponseMeetingSection}); the customer meetings, whether senior management attends, the dry-run where each
 * participant covers their part, the warning when a meeting is less than a day away without one, and the brief to
 * take in ({@link CustomerMeetingSection}); the services offered on a free trial with the customer's impact against
 * the investment ({@link OffersSection}).
 */
public class MeetingsPage extends EngagementFormPage {

	/** The page id. */
	public static final String ID = "meetings";

	private ResponseMeetingSection response;
	private CustomerMeetingSection customer;
	private OffersSection offers;
	private PageTicker ticker;

	/** @param editor the editor */
	public MeetingsPage(EngagementEditor editor) {
		super(editor, ID, "Meetings");
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		Composite body = PageBodies.titled(managedForm, getTitle(), engagement(), 2, true);
		FormToolkit toolkit = managedForm.getToolkit();
		response = new ResponseMeetingSection(this, toolkit, body);
		customer = new CustomerMeetingSection(this, toolkit, body);
		offers = new OffersSection(this, toolkit, body);
		onModelChange(response::refresh);
		onModelChange(customer::refresh);
		onModelChange(offers::refresh);
		ticker = new PageTicker(managedForm.getForm(), customer::refreshWarning);
		managedForm.getForm().reflow(true);
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (ticker != null) {
			ticker.pageShown(active);
		}
	}

	/** @return the editor's clock, so tests fix "now" */
	Clock clock() {
		return ((EngagementEditor) getEditor()).getClock();
	}

	/** @return now, on the editor's clock */
	Instant now() {
		return clock().instant();
	}

	/** @return the engagement edited */
	Engagement edited() {
		return engagement();
	}

	/** @return the repository's file, beside which evidence files are kept; {@code null} when it has none */
	Path repositoryFile() {
		return editor().getSession().getFile();
	}

	/** @return the file's editing domain */
	EditingDomain editingDomain() {
		return domain();
	}

	/** @return plain-words text for values */
	ValueText text() {
		return valueText();
	}

	/** @return form fields bound through the page's binding context */
	FormFields fields(FormToolkit toolkit) {
		return new FormFields(toolkit, bindings(), domain(), valueText());
	}

	/** @return the page's binding context */
	DataBindingContext bindingContext() {
		return bindings();
	}

	/** Records that a control shows a feature, so that validation problems land on it. */
	void register(Supplier<? extends EObject> object, EStructuralFeature feature, Control control) {
		registerField(object, feature, control);
	}

	/** Lays the form out again after a section changed its size. */
	void reflow() {
		if (getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
			getManagedForm().getForm().reflow(true);
		}
	}

	/** @return the response meeting section */
	ResponseMeetingSection getResponse() {
		return response;
	}

	/** @return the customer meeting section */
	CustomerMeetingSection getCustomer() {
		return customer;
	}

	/** @return the offers section */
	OffersSection getOffers() {
		return offers;
	}
}
