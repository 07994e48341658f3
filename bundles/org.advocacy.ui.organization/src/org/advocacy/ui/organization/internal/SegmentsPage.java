// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.advocacy.core.commands.ReferenceDataCommands;
import org.advocacy.core.escalation.ServiceTargets;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyLevel;
import org.advocacy.model.AdvocacyOffering;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;
import org.advocacy.ui.emf.FeatureColumnLabelProvider;
import org.advocacy.ui.forms.FeatureEditingSupport;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.organization.ReferenceDataEditor;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The Segments page: the customer segments with their advocacy level and offering; the selected segment's drivers,
 * who may engage an advocate, and its service targets per urgency (how often the customer is updated, how long the
 * ladder waits for an answer). Every change is a command; removing a segment a customer is in is refused.
 */
public final class SegmentsPage extends ReferenceDataPage {

	/** The page id. */
	public static final String ID = "segments";

	private OrganizationListTable segments;
	private final Map<Urgency, ServiceTargetRow> targets = new EnumMap<>(Urgency.class);
	/** The segment whose targets the rows show, which a change typed in them is for. */
	private CustomerSegment shown;

	/** @param editor the editor */
	public SegmentsPage(ReferenceDataEditor editor) {
		super(editor, ID, "Segments");
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		FormToolkit toolkit = managedForm.getToolkit();
		FormColumns.Pair columns = FormColumns.two(managedForm, 480, 640);
		createSegments(toolkit, columns.left());
		IObservableValue<?> segment = segments.observeSelection();
		createDetails(toolkit, columns.right(), segment, fields(toolkit));
		createServiceTargets(toolkit, columns.right());
		segment.addValueChangeListener(event -> showTargets());
		onModelChange(this::showTargets);
		managedForm.getForm().reflow(true);
		segments.selectFirst();
	}

	private void createSegments(FormToolkit toolkit, Composite parent) {
		Composite client = Sections.create(toolkit, parent, "Customer segments",
				"How much advocacy each kind of customer gets. Select a segment for its drivers and service targets.",
				1, 1, true);
		segments = new OrganizationListTable(toolkit, client, domain(), repository(), ADVOCACY_REPOSITORY__SEGMENTS,
				"Segment", this::newSegment, valueText());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 360).applyTo(segments.getControl());
		TableViewer viewer = segments.getViewer();
		segments.column("Name", 170, new FeatureColumnLabelProvider(valueText(), CUSTOMER_SEGMENT__NAME),
				new FeatureEditingSupport(viewer, domain(), CUSTOMER_SEGMENT__NAME));
		segments.fitTexts(segments.column("Advocacy level", 190,
				new FeatureColumnLabelProvider(valueText(), CUSTOMER_SEGMENT__ADVOCACY_LEVEL),
				new FeatureEditingSupport(viewer, domain(), CUSTOMER_SEGMENT__ADVOCACY_LEVEL)), 190,
				AdvocacyLevel.VALUES.stream().map(valueText()::of).toList());
		segments.column("Offering", 150, new FeatureColumnLabelProvider(valueText(), CUSTOMER_SEGMENT__OFFERING),
				new FeatureEditingSupport(viewer, domain(), CUSTOMER_SEGMENT__OFFERING));
		segments.setInput();
		onModelChange(segments::refresh);
	}

	private CustomerSegment newSegment() {
		CustomerSegment segment = AdvocacyFactory.eINSTANCE.createCustomerSegment();
		segment.setName("New segment");
		segment.setAdvocacyLevel(AdvocacyLevel.ADVOCATE);
		return segment;
	}

	@SuppressWarnings({ "rawtypes" })
	private void createDetails(FormToolkit toolkit, Composite parent, IObservableValue segment, FormFields fields) {
		Composite client = Sections.create(toolkit, parent, "Details",
				"The selected segment: its advocacy level, why its customers get it and who may ask for an advocate.",
				1, 2, false);
		fields.text(client, "Name:", segment, CUSTOMER_SEGMENT__NAME, false);
		fields.text(client, "Description:", segment, CUSTOMER_SEGMENT__DESCRIPTION, true);
		fields.choice(client, "Advocacy level:", segment, CUSTOMER_SEGMENT__ADVOCACY_LEVEL, AdvocacyLevel.VALUES);
		fields.choice(client, "Offering:", segment, CUSTOMER_SEGMENT__OFFERING, AdvocacyOffering.VALUES);
		fields.text(client, "Drivers:", segment, CUSTOMER_SEGMENT__DRIVERS, true);
		fields.text(client, "Who may engage:", segment, CUSTOMER_SEGMENT__WHO_MAY_ENGAGE, true);
	}

	private void createServiceTargets(FormToolkit toolkit, Composite parent) {
		Composite client = Sections.create(toolkit, parent, "Service targets",
				"Per urgency: how often the customer is updated and how long the ladder waits for an answer before"
						+ " calling the next person. Without a target of its own the repository's default applies.",
				1, 6, false);
		for (Urgency urgency : Urgency.VALUES) {
			targets.put(urgency, new ServiceTargetRow(toolkit, client, valueText().of(urgency) + ":",
					(cadence, timeout) -> setTarget(urgency, cadence, timeout)));
		}
	}

	private void setTarget(Urgency urgency, Integer cadence, Integer timeout) {
		CustomerSegment segment = shown;
		if (segment != null) {
			domain().getCommandStack()
					.execute(ReferenceDataCommands.serviceTarget(domain(), segment, urgency, cadence, timeout));
		}
	}

	private void showTargets() {
		targets.values().forEach(ServiceTargetRow::flush);
		CustomerSegment segment = selected();
		shown = segment;
		for (Map.Entry<Urgency, ServiceTargetRow> row : targets.entrySet()) {
			ServiceTarget own = segment == null ? null
					: segment.getTargets().stream().filter(target -> target.getUrgency() == row.getKey())
							.findFirst().orElse(null);
			ServiceTarget applying = own != null || segment == null ? own
					: ServiceTargets.startingTarget(segment, row.getKey());
			row.getValue().show(segment != null, applying, own != null);
		}
	}

	private CustomerSegment selected() {
		return segments.getViewer().getStructuredSelection().getFirstElement() instanceof CustomerSegment segment
				? segment
				: null;
	}

	@Override
	public List<? extends EObject> listed() {
		return repository().getSegments();
	}

	@Override
	public boolean shows(EObject object) {
		return object instanceof CustomerSegment || object instanceof ServiceTarget
				&& object.eContainer() instanceof CustomerSegment;
	}

	@Override
	public void reveal(EObject object) {
		EObject segment = object instanceof CustomerSegment ? object : object.eContainer();
		segments.getViewer().setSelection(new StructuredSelection(segment), true);
		segments.getViewer().getControl().setFocus();
	}

	/** @return the table of segments */
	public TableViewer getSegments() {
		return segments.getViewer();
	}

	/**
	 * @param urgency an urgency
	 * @return the row of the selected segment's target for it
	 */
	public ServiceTargetRow getTarget(Urgency urgency) {
		return targets.get(urgency);
	}
}
