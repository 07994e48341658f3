// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.CustomerAdvocacyPerspective;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The standalone workbench starts in the Customer Advocacy perspective and lists the repository's engagements. */
@ExtendWith(OpenSample.class)
class CustomerAdvocacyPerspectiveTest {

	@Test
	void workbenchStartsInTheCustomerAdvocacyPerspective() {
		IWorkbenchPage page = page();

		assertEquals(CustomerAdvocacyPerspective.ID, page.getPerspective().getId());
		assertNotNull(page.findView(EngagementsView.ID), "the Engagements view is part of the perspective");
	}

	@Test
	void engagementsViewListsEverySampleEngagementWithItsDetails() {
		Table table = engagementsTable();
		List<Engagement> engagements = session().getRepository().getEngagements();
		Map<String, Engagement> byKey = engagements.stream()
				.collect(Collectors.toMap(Engagement::getKey, Function.identity()));

		assertEquals(engagements.size(), table.getItemCount());
		for (TableItem row : table.getItems()) {
			Engagement engagement = byKey.get(cell(row, "Key"));
			assertNotNull(engagement, "unknown engagement key in row: " + cell(row, "Key"));
			assertEquals(engagement.getCustomer().getName(), cell(row, "Customer"));
			assertEquals(engagement.getState().getLiteral(), cell(row, "State"));
			assertEquals(engagement.getUrgency().getLiteral(), cell(row, "Urgency"));
			assertEquals(engagement.getAdvocate().getName(), cell(row, "Advocate"));
			assertTrue(cell(row, "Age").matches("\\d+ [hd]"), "age reads like '12 d': " + cell(row, "Age"));
		}
	}

	@Test
	void clickingTheStateHeaderSortsByLifecycleOrder() {
		Table table = engagementsTable();
		TableColumn stateColumn = column(table, "State");

		stateColumn.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		processEvents();

		List<Integer> order = Arrays.stream(table.getItems())
				.map(row -> stateByLiteral(cell(row, "State"))).toList();
		assertEquals(order.stream().sorted().toList(), order, "rows sorted from Requested to Returned to SOP");
	}

	@Test
	void selectingAnEngagementShowsItsPropertiesInPlainWords() throws PartInitException {
		EngagementsView view = (EngagementsView) page().findView(EngagementsView.ID);
		PropertySheet sheet = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET, null,
				IWorkbenchPage.VIEW_VISIBLE);
		page().activate(view);
		Engagement shown = (Engagement) view.getViewer().getElementAt(0);

		view.getViewer().setSelection(new StructuredSelection(shown), true);
		processEvents();

		Tree properties = (Tree) sheet.getCurrentPage().getControl();
		assertEquals(shown.getAdvocate().getName(), propertyValue(properties, "Advocate"),
				"references read as their name, without the type name");
		assertEquals(shown.getKey(), propertyValue(properties, "Key"));
		assertFalse(propertyValue(properties, "Opened At").contains("T"), "instants read as local dates, not ISO");
	}

	private static String propertyValue(Tree properties, String name) {
		return Arrays.stream(properties.getItems()).filter(item -> item.getText(0).equals(name)).findFirst()
				.map(item -> item.getText(1)).orElseThrow(() -> new AssertionError("no property " + name));
	}

	private int stateByLiteral(String literal) {
		return org.advocacy.model.EngagementState.VALUES.stream().filter(state -> state.getLiteral().equals(literal))
				.findFirst().orElseThrow().ordinal();
	}

	private static Table engagementsTable() {
		EngagementsView view = (EngagementsView) page().findView(EngagementsView.ID);
		processEvents();
		return view.getViewer().getTable();
	}

	private static TableColumn column(Table table, String title) {
		return Arrays.stream(table.getColumns()).filter(column -> column.getText().equals(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no column " + title));
	}

	private static String cell(TableItem row, String title) {
		return row.getText(Arrays.asList(row.getParent().getColumns()).indexOf(column(row.getParent(), title)));
	}
}
