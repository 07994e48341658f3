// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__DISENGAGEMENT_CRITERIA;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__RELATED_ENGAGEMENTS;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__SUCCESS_CRITERIA;

import java.time.Instant;

import org.advocacy.core.commands.EngagementCommands;
import org.advocacy.core.validation.RelatedIncidents;
import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.editor.EngagementFormPage;
import org.advocacy.ui.forms.ActionButtons;
import org.advocacy.ui.forms.Sections;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The Close-out page: the criteria agreed with the customer up front as a checklist (met, confirmed by the
 * customer), the lifecycle moves with the return to standard operating procedure offered only when the rules allow
 * it (refused with the engine's reasons otherwise), and the spin-off of a similar but separate incident as a new
 * engagement linked to this one, never a re-opened one.
 */
public class CloseOutPage extends EngagementFormPage {

	/** The page id. */
	public static final String ID = "closeOut";

	private FormToolkit toolkit;
	private CriteriaChecklist checklist;
	private TransitionsSection transitions;
	private Composite related;
	private Button spinOff;
	private Composite offer;
	private Engagement spunOff;

	/** @param editor the editor */
	public CloseOutPage(EngagementEditor editor) {
		super(editor, ID, "Close-out");
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		ScrolledForm form = managedForm.getForm();
		form.setText("Close-out \u2014 " + OverviewPage.escape(engagement().getKey()));
		toolkit = managedForm.getToolkit();
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(14, 10).applyTo(body);

		Composite criteria = Sections.create(toolkit, body, "Criteria checklist",
				"The advocate disengages when the issue is resolved and corrective action is in place: every criterion "
						+ "met, and the customer agrees.",
				2, 1);
		checklist = new CriteriaChecklist(toolkit, criteria, domain(), engagement(), this::now, valueText());
		registerField(this::engagement, ENGAGEMENT__DISENGAGEMENT_CRITERIA, checklist.getViewer().getControl());
		registerField(this::engagement, ENGAGEMENT__SUCCESS_CRITERIA, checklist.getViewer().getControl());
		onModelChange(checklist::refresh);

		Composite lifecycle = Sections.create(toolkit, body, "Return to standard operating procedure",
				"Offered at close-out once the customer confirmed every criterion; a refused move says why.", 1, 1);
		transitions = new TransitionsSection(toolkit, lifecycle, (EngagementEditor) getEditor());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(transitions.getControl());
		onModelChange(transitions::refresh);

		createRelated(body);
		onModelChange(this::refreshRelated);
		refreshRelated();
		form.reflow(true);
	}

	private void createRelated(Composite body) {
		Composite client = Sections.create(toolkit, body, "Related engagements",
				"A similar but separate incident is a new engagement linked to this one, not a re-opened one.", 1, 1);
		related = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(related);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(related);
		registerField(this::engagement, ENGAGEMENT__RELATED_ENGAGEMENTS, related);
		spinOff = ActionButtons.push(toolkit, client, "Spin off a related engagement");
		spinOff.setToolTipText("Open a new engagement for the same customer, linked to this one both ways");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).indent(0, 6).applyTo(spinOff);
		spinOff.addListener(SWT.Selection, event -> spinOff());
		offer = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(offer);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(offer);
	}

	private Instant now() {
		return ((EngagementEditor) getEditor()).getClock().instant();
	}

	/** Adds the new engagement and both links as one command, then offers to open it. */
	private void spinOff() {
		RelatedIncidents.SpinOff spin = RelatedIncidents.spinOff(engagement(), now());
		domain().getCommandStack().execute(EngagementCommands.apply(domain(),
				"Spin off " + spin.engagement().getKey() + " from " + engagement().getKey(), spin.changes()));
		spunOff = spin.engagement();
		refreshRelated();
	}

	private void refreshRelated() {
		if (related.isDisposed()) {
			return;
		}
		for (Control child : related.getChildren()) {
			child.dispose();
		}
		if (engagement().getRelatedEngagements().isEmpty()) {
			toolkit.createLabel(related, "None.");
		}
		for (Engagement other : engagement().getRelatedEngagements()) {
			link(related, other.getKey() + "  " + nullToEmpty(other.getTitle()) + "  (" + other.getState().getLiteral()
					+ ")", other);
		}
		for (Control child : offer.getChildren()) {
			child.dispose();
		}
		if (spunOff != null && spunOff.eContainer() != null) {
			Label created = toolkit.createLabel(offer, "Created " + spunOff.getKey() + ", requested now.");
			GridDataFactory.fillDefaults().applyTo(created);
			link(offer, "Open it", spunOff);
		} else {
			spunOff = null;
		}
		related.getParent().layout(true, true);
	}

	private void link(Composite parent, String text, Engagement target) {
		Hyperlink link = toolkit.createHyperlink(parent, OverviewPage.escape(text), SWT.NONE);
		link.setHref(target);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				open(target);
			}
		});
	}

	/**
	 * Opens an engagement of the same repository in its own editor.
	 *
	 * @param target the engagement
	 */
	void open(Engagement target) {
		EngagementEditor editor = (EngagementEditor) getEditor();
		try {
			getSite().getPage().openEditor(EngagementEditorInput.of(editor.getSession(), target), EngagementEditor.ID);
		} catch (PartInitException e) {
			AdvocacyUiPlugin.getDefault().getLog().log(e.getStatus());
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** @return the criteria checklist */
	CriteriaChecklist getChecklist() {
		return checklist;
	}

	/** @return the lifecycle moves */
	TransitionsSection getTransitions() {
		return transitions;
	}

	/** @return the spin-off button */
	Button getSpinOffButton() {
		return spinOff;
	}

	/** @return the line offering to open the engagement just spun off (empty otherwise) */
	Composite getOffer() {
		return offer;
	}
}
