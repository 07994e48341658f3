// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.*;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.ProductLine;
import org.advocacy.ui.emf.FeatureColumnLabelProvider;
import org.advocacy.ui.forms.FeatureEditingSupport;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.advocacy.ui.organization.ReferenceDataEditor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A page of the reference data editor that is one list of the repository edited in place: the reasons for
 * engagement, the business units, the product lines. Add and Remove are commands; removing what an engagement or a
 * customer still names is refused, naming where.
 */
public final class ReferenceListPage extends ReferenceDataPage {

	private final EReference list;
	private final String noun;
	private final String description;
	private final List<TableColumnSpec> columns;
	private final Supplier<EObject> newObject;
	private OrganizationListTable table;

	private ReferenceListPage(ReferenceDataEditor editor, String id, String title, EReference list, String noun,
			String description, List<TableColumnSpec> columns, Supplier<EObject> newObject) {
		super(editor, id, title);
		this.list = list;
		this.noun = noun;
		this.description = description;
		this.columns = columns;
		this.newObject = newObject;
	}

	/**
	 * @param editor the editor
	 * @return the Reasons page: why engagements are opened
	 */
	public static ReferenceListPage reasons(ReferenceDataEditor editor) {
		return new ReferenceListPage(editor, "reasons", "Reasons", ADVOCACY_REPOSITORY__REASONS, "Reason",
				"Why an engagement is opened (a critical outage, a failed upgrade...); the review counts engagements"
						+ " by reason.",
				List.of(TableColumnSpec.edit("Name", 220, ENGAGEMENT_REASON__NAME),
						TableColumnSpec.edit("Description", 480, ENGAGEMENT_REASON__DESCRIPTION)),
				() -> named(AdvocacyFactory.eINSTANCE.createEngagementReason(), "New reason"));
	}

	/**
	 * @param editor the editor
	 * @return the Business Units page
	 */
	public static ReferenceListPage businessUnits(ReferenceDataEditor editor) {
		return new ReferenceListPage(editor, "businessUnits", "Business Units", ADVOCACY_REPOSITORY__BUSINESS_UNITS,
				"Business Unit", "The business units that own customer accounts and product lines.",
				List.of(TableColumnSpec.edit("Name", 320, BUSINESS_UNIT__NAME)),
				() -> named(AdvocacyFactory.eINSTANCE.createBusinessUnit(), "New business unit"));
	}

	/**
	 * @param editor the editor
	 * @return the Product Lines page
	 */
	public static ReferenceListPage productLines(ReferenceDataEditor editor) {
		return new ReferenceListPage(editor, "productLines", "Product Lines", ADVOCACY_REPOSITORY__PRODUCT_LINES,
				"Product Line", "The product lines customers buy, each of a business unit.",
				List.of(TableColumnSpec.edit("Name", 320, PRODUCT_LINE__NAME),
						TableColumnSpec.edit("Business unit", 260, PRODUCT_LINE__BUSINESS_UNIT)),
				() -> named(AdvocacyFactory.eINSTANCE.createProductLine(), "New product line"));
	}

	private static EObject named(EObject object, String name) {
		object.eSet(object.eClass().getEStructuralFeature("name"), name);
		return object;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(body);
		Composite client = Sections.create(toolkit, body, getTitle(), description, 1, 1, true);
		table = new OrganizationListTable(toolkit, client, domain(), repository(), list, noun, newObject,
				valueText());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 360).applyTo(table.getControl());
		TableViewer viewer = table.getViewer();
		for (TableColumnSpec column : columns) {
			table.column(column.title(), column.width(), new FeatureColumnLabelProvider(valueText(), column.feature()),
					column.editable() ? new FeatureEditingSupport(viewer, domain(), column.feature()) : null);
		}
		if (list == ADVOCACY_REPOSITORY__BUSINESS_UNITS) {
			table.column("Product lines", 360, TextColumn.of(BusinessUnit.class, this::productLinesOf), null);
		}
		table.setInput();
		onModelChange(table::refresh);
		managedForm.getForm().reflow(true);
	}

	private String productLinesOf(BusinessUnit unit) {
		return repository().getProductLines().stream().filter(line -> line.getBusinessUnit() == unit)
				.map(ProductLine::getName).collect(Collectors.joining(", "));
	}

	@Override
	public List<? extends EObject> listed() {
		@SuppressWarnings("unchecked")
		List<? extends EObject> objects = (List<? extends EObject>) repository().eGet(list);
		return objects;
	}

	@Override
	public boolean shows(EObject object) {
		return object.eContainmentFeature() == list;
	}

	@Override
	public void reveal(EObject object) {
		table.getViewer().setSelection(new StructuredSelection(object), true);
		table.getViewer().getControl().setFocus();
	}

	/** @return the table of the list */
	public TableViewer getTable() {
		return table.getViewer();
	}

	/** @return the noun of a row, as on the Add and Remove buttons: "Reason", "Business Unit", "Product Line" */
	public String getNoun() {
		return noun;
	}
}
