// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.FUNCTIONAL_AREA__CALENDAR;
import static org.advocacy.model.AdvocacyPackage.Literals.FUNCTIONAL_AREA__KIND;
import static org.advocacy.model.AdvocacyPackage.Literals.FUNCTIONAL_AREA__NAME;
import static org.advocacy.model.AdvocacyPackage.Literals.ORGANIZATION__AREAS;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AreaKind;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.ui.forms.FeatureEditingSupport;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.organization.OrganizationEditor;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The Who-to-Call page: the matrix as a grid, one row per functional area, one column per escalation level from the
 * primary contact to the vice president. Each cell names the person called at that level — with the alternate when
 * they are away now — and is changed in place with a drop-down of people (one undoable command).
 */
public final class MatrixPage extends OrganizationFormPage {

	/** The page id. */
	public static final String ID = "matrix";

	/** The column of the first level; the area's name comes before. */
	public static final int FIRST_LEVEL_COLUMN = 1;

	/** The Area column's preferred width; wider when an area's name needs it. */
	private static final int AREA_WIDTH = 150;

	/** The most rows the matrix shows without scrolling. */
	private static final int MAX_ROWS_SHOWN = 12;

	private OrganizationListTable areas;
	private AwayOverview away;
	private final List<RungEditingSupport> rungEditors = new ArrayList<>();

	/** @param editor the editor */
	public MatrixPage(OrganizationEditor editor) {
		super(editor, ID, "Who to Call");
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		Composite client = Sections.create(toolkit, body, "Who-to-call matrix",
				"For each area, who to call first and who next when nobody answers, up to the vice president. "
						+ "Click a cell to choose the person; someone away now shows who takes their calls.", 1,
				1, false);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(client.getParent());
		areas = new OrganizationListTable(toolkit, client, domain(), organization(), ORGANIZATION__AREAS, "Area",
				this::newArea, valueText());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(areas.getControl());
		TableViewer viewer = areas.getViewer();
		TableViewerColumn areaColumn = areas.column("Area", AREA_WIDTH, new StyledCellLabelProvider() {
			@Override
			public void update(ViewerCell cell) {
				// drawn like the rungs, so that the name sits level with the people of its row
				cell.setText(valueText().of(((FunctionalArea) cell.getElement()).getName()));
				super.update(cell);
			}
		}, new FeatureEditingSupport(viewer, domain(), FUNCTIONAL_AREA__NAME));
		for (EscalationLevel level : EscalationLevel.VALUES) {
			RungEditingSupport editing = new RungEditingSupport(viewer, domain(), organization(), level);
			rungEditors.add(editing);
			areas.column(level == EscalationLevel.VICE_PRESIDENT ? "VP" : level.getLiteral(), 200,
					new RungLabelProvider(level, this::now), editing).getColumn().setToolTipText(level.getLiteral());
		}
		viewer.getTable().addListener(SWT.MeasureItem, RungLabelProvider::twoLines);
		areas.setInput();
		Runnable fitAreaNames = () -> areas.fitTexts(areaColumn, AREA_WIDTH,
				organization().getAreas().stream().map(area -> valueText().of(area.getName())).toList());
		fitAreaNames.run();
		onModelChange(fitAreaNames);
		fitHeight();
		publishSelectionOf(viewer);
		onModelChange(areas::refresh);
		onModelChange(this::fitHeight);

		Composite awayClient = Sections.create(toolkit, body, "Away now and coming up",
				"Who is away, until when, and who takes their calls meanwhile. Double-click to edit the away period.", 1,
				1, true);
		away = new AwayOverview(toolkit, awayClient, organization(), valueText(), this::now, editor()::reveal);
		onModelChange(away::refresh);
		createAreaDetails(toolkit, body, viewer);
		if (!organization().getAreas().isEmpty()) {
			viewer.setSelection(new StructuredSelection(organization().getAreas().get(0)));
		}
	}

	/** Makes the matrix as high as its rows (up to {@value #MAX_ROWS_SHOWN}; more scroll). */
	private void fitHeight() {
		Table grid = areas.getViewer().getTable();
		GC gc = new GC(grid);
		int line = gc.getFontMetrics().getHeight();
		gc.dispose();
		int rows = Math.min(MAX_ROWS_SHOWN, Math.max(3, organization().getAreas().size()));
		areas.setHeight(grid.getHeaderHeight() + rows * (2 * line + 12) + 4);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void createAreaDetails(FormToolkit toolkit, Composite body, TableViewer viewer) {
		Composite client = Sections.create(toolkit, body, "Selected area",
				"The kind of the area chosen in the matrix, and the calendar its due times count in.", 1, 2, true);
		GridDataFactory.fillDefaults().grab(false, true).hint(300, SWT.DEFAULT).applyTo(client.getParent());
		IObservableValue area = ViewerProperties.singleSelection().observe(viewer);
		FormFields fields = fields(toolkit);
		fields.text(client, "Name:", area, FUNCTIONAL_AREA__NAME, false);
		fields.choice(client, "Kind:", area, FUNCTIONAL_AREA__KIND, AreaKind.VALUES);
		ComboViewer calendar = fields.choice(client, "Calendar:", area, FUNCTIONAL_AREA__CALENDAR,
				organization().getCalendars());
		onModelChange(calendar::refresh);
	}

	private FunctionalArea newArea() {
		FunctionalArea area = AdvocacyFactory.eINSTANCE.createFunctionalArea();
		area.setName("New area");
		area.setKind(AreaKind.OTHER);
		area.setCalendar(organization().getDefaultCalendar());
		return area;
	}

	@Override
	public boolean shows(EObject object) {
		return object instanceof FunctionalArea || object instanceof LadderRung;
	}

	@Override
	public void reveal(EObject object) {
		EObject area = object instanceof LadderRung ? object.eContainer() : object;
		areas.getViewer().setSelection(new StructuredSelection(area), true);
		areas.getViewer().getControl().setFocus();
	}

	/** @return the list of people away now or soon */
	public TableViewer getAwayOverview() {
		return away.getViewer();
	}

	/** @return the grid of the matrix, for tests */
	public TableViewer getMatrix() {
		return areas.getViewer();
	}

	/**
	 * @param level an escalation level
	 * @return the in-place editing of that level's column, for tests
	 */
	RungEditingSupport rungEditing(EscalationLevel level) {
		return rungEditors.get(level.getValue());
	}
}
