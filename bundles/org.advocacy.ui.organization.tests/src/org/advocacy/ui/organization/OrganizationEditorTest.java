// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.Widgets.button;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.command;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.escalation.LadderRungs;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Person;
import org.advocacy.tests.harness.ui.Keys;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.organization.internal.AwayHint;
import org.advocacy.ui.organization.internal.CsvFilePage;
import org.advocacy.ui.organization.internal.CsvImportWizard;
import org.advocacy.ui.organization.internal.MatrixPage;
import org.advocacy.ui.organization.internal.MatrixPageAccess;
import org.advocacy.ui.organization.internal.PeoplePage;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The organization editor and the who-to-call import, driven through their real widgets in the workbench. */
@ExtendWith(OpenSample.class)
class OrganizationEditorTest {

	private static final List<String> NEW_LEGAL_LADDER = List.of("Ines Ferreira", "Tom Okafor", "Mara Lind",
			"Raj Patel", "Clara Stein");

	@TempDir
	Path folder;

	@Test
	void theOpenOrganizationCommandShowsEveryAreasFiveRungs() throws Exception {
		command("org.advocacy.ui.organization.open");
		OrganizationEditor editor = (OrganizationEditor) page().getActiveEditor();
		assertNotNull(editor, "Open Organization opened the editor");
		assertSame(session().getRepository().getOrganization(), editor.getOrganization());
		MatrixPage matrix = (MatrixPage) editor.getActivePageInstance();
		Table grid = matrix.getMatrix().getTable();
		List<FunctionalArea> areas = session().getRepository().getOrganization().getAreas();

		assertEquals(7, areas.size(), "the sample has seven areas");
		assertEquals(areas.size(), grid.getItemCount(), "one row per area");
		for (TableItem row : grid.getItems()) {
			FunctionalArea area = (FunctionalArea) row.getData();
			assertEquals(area.getName(), row.getText(0));
			for (EscalationLevel level : EscalationLevel.VALUES) {
				Person person = LadderRungs.personAt(area, level);
				assertNotNull(person, area.getName() + " has a " + level);
				assertTrue(row.getText(MatrixPage.FIRST_LEVEL_COLUMN + level.getValue()).startsWith(person.getName()),
						level + " of " + area.getName() + " reads " + row.getText(MatrixPage.FIRST_LEVEL_COLUMN
								+ level.getValue()));
			}
		}
		assertEquals("VP", grid.getColumn(MatrixPage.FIRST_LEVEL_COLUMN + 4).getText());

		command("org.advocacy.ui.organization.open");
		assertEquals(1, page().getEditorReferences().length, "opening again activates the same editor");
	}

	@Test
	void ctrlAltPOpensTheOrganizationAndNothingElse() throws Exception {
		Keys.assertBoundAlone("M1+M3+P", "org.advocacy.ui.organization.open");
	}

	@Test
	void changingARungInTheGridIsOneCommandThatUndoesAndRedoes() throws Exception {
		OrganizationEditor editor = OrganizationEditor.open(page(), session(), null);
		MatrixPage matrix = (MatrixPage) editor.getActivePageInstance();
		FunctionalArea area = session().getRepository().getOrganization().getAreas().get(0);
		Person before = LadderRungs.personAt(area, EscalationLevel.BACKUP);
		Person chosen = LadderRungs.personAt(session().getRepository().getOrganization().getAreas().get(1),
				EscalationLevel.DIRECTOR);
		int column = MatrixPage.FIRST_LEVEL_COLUMN + EscalationLevel.BACKUP_VALUE;

		matrix.getMatrix().editElement(area, column);
		CCombo combo = (CCombo) MatrixPageAccess.rungEditor(matrix, EscalationLevel.BACKUP).getControl();
		assertTrue(combo.isVisible(), "the cell opens a drop-down of people");
		int index = Arrays.asList(combo.getItems()).indexOf(chosen.getName());
		assertTrue(index > 0, chosen.getName() + " is offered");
		combo.select(index);
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();

		assertSame(chosen, LadderRungs.personAt(area, EscalationLevel.BACKUP));
		assertEquals(5, area.getLadder().size(), "the rung changed, no rung was added");
		assertTrue(cell(matrix, area, column).startsWith(chosen.getName()));
		assertTrue(editor.isDirty());
		assertTrue(session().getEditingDomain().getCommandStack().getUndoCommand().getLabel()
				.contains(chosen.getName()));

		command("org.eclipse.ui.edit.undo");
		assertSame(before, LadderRungs.personAt(area, EscalationLevel.BACKUP), "Edit > Undo restores the rung");
		assertTrue(cell(matrix, area, column).startsWith(before.getName()), "and the grid");
		assertFalse(editor.isDirty());
		command("org.eclipse.ui.edit.redo");
		assertSame(chosen, LadderRungs.personAt(area, EscalationLevel.BACKUP));
		assertTrue(cell(matrix, area, column).startsWith(chosen.getName()));
	}

	@Test
	void savingTheOrganizationClearsTheDirtyMarkOfTheOpenEngagementEditorsAtOnce() throws Exception {
		EngagementEditor engagementEditor = (EngagementEditor) page().openEditor(
				EngagementEditorInput.of(session(), session().getRepository().getEngagements().get(0)),
				EngagementEditor.ID);
		OrganizationEditor editor = OrganizationEditor.open(page(), session(), null);
		FunctionalArea area = session().getRepository().getOrganization().getAreas().get(0);
		session().getEditingDomain().getCommandStack().execute(FeatureCommands.set(session().getEditingDomain(), area,
				AdvocacyPackage.Literals.FUNCTIONAL_AREA__NAME, "Legal and contracts"));
		processEvents();
		assertTrue(engagementEditor.isDirty(), "one file, one dirty state");
		List<Integer> changed = new ArrayList<>();
		engagementEditor.addPropertyListener((source, property) -> changed.add(property));

		assertSame(editor, page().getActiveEditor());
		command("org.eclipse.ui.file.save");

		assertFalse(session().isDirty());
		assertFalse(engagementEditor.isDirty());
		assertTrue(changed.contains(IEditorPart.PROP_DIRTY), "the engagement editor's tab drops its * at once");
	}

	@Test
	void anAwayPeriodShowsTheAlternateInTheMatrixAndItsUnagreedAlternateInTheHeader() throws Exception {
		FunctionalArea area = session().getRepository().getOrganization().getAreas().get(2);
		Person primary = LadderRungs.personAt(area, EscalationLevel.PRIMARY);
		Person alternate = LadderRungs.personAt(area, EscalationLevel.BACKUP);
		assertEquals("", AwayHint.of(primary, EscalationLevel.PRIMARY, NOW), "not away at first");
		OrganizationEditor editor = OrganizationEditor.open(page(), session(), primary);
		editor.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		PeoplePage people = (PeoplePage) editor.getActivePageInstance();
		assertEquals(PeoplePage.ID, people.getId(), "a person is revealed on the People page");
		assertSame(primary, people.getPeople().getStructuredSelection().getFirstElement());
		int periods = primary.getAwayPeriods().size();

		press(people.getAwayPeriods().getControl(), "Add");
		assertEquals(periods + 1, primary.getAwayPeriods().size());
		AwayPeriod away = primary.getAwayPeriods().get(periods);
		assertEquals(NOW, away.getStart(), "a new away period starts now");
		people.getAlternate().setSelection(new StructuredSelection(alternate));
		processEvents();
		assertSame(alternate, away.getAlternate(), "the alternate is set through the drop-down");

		editor.setActivePage(MatrixPage.ID);
		processEvents();
		MatrixPage matrix = (MatrixPage) editor.getActivePageInstance();
		String text = cell(matrix, area, MatrixPage.FIRST_LEVEL_COLUMN);
		assertEquals(primary.getName() + "\naway " + AwayHint.ARROW + " " + alternate.getName(), text,
				"the alternate under the name");
		TableItem listed = Arrays.stream(matrix.getAwayOverview().getTable().getItems())
				.filter(row -> row.getData() == away).findFirst().orElseThrow();
		assertEquals("Away now", listed.getText(0), "listed under the matrix");
		assertEquals(alternate.getName(), listed.getText(5));
		assertEquals("not yet", listed.getText(6));
		assertTrue(editor.getProblems().getShown().stream().anyMatch(p -> p.getData().get(0) == away
				&& p.getMessage().contains("has not agreed")), "the unagreed alternate is a problem");
		ScrolledForm form = matrix.getManagedForm().getForm();
		assertTrue(form.getMessage() != null && form.getMessageType() != 0, "shown in the form header");

		command("org.eclipse.ui.edit.undo");
		command("org.eclipse.ui.edit.undo");
		assertEquals(periods, primary.getAwayPeriods().size(), "two undos remove the away period");
		assertEquals(primary.getName(), cell(matrix, area, MatrixPage.FIRST_LEVEL_COLUMN));
	}

	@Test
	void aCsvWithErrorsShowsTheReportNamingLineAndColumnAndImportsNothing() throws Exception {
		Path csv = folder.resolve("who-to-call.csv");
		Files.writeString(csv, "area,area kind,level,name,title,email,phone,mobile,24x7,time zone\n"
				+ "Legal,legal,primary,Ines Ferreira,Counsel,ines.ferreira@northwind.example,,,yes,America/New_York\n"
				+ "Legal,legal,chief,Tom Okafor,Counsel,tom.okafor@northwind.example,,,yes,Europe/London\n"
				+ "Legal,legal,backup,Mara Lind,Counsel,,,,yes,Europe/Berlin\n");
		String before = ladderNames("Legal").toString();
		WizardDialog dialog = openImport();
		CsvFilePage page = ((CsvImportWizard) dialog.getCurrentPage().getWizard()).getFilePage();

		ImportWizards.check(page, csv);

		TableItem[] problems = page.getProblems().getTable().getItems();
		assertTrue(problems.length >= 2, "every problem is listed");
		assertTrue(Arrays.stream(problems).anyMatch(row -> row.getText(0).equals("3")
				&& row.getText(1).startsWith("3") && row.getText(2).contains("chief")), "the bad level, line 3 column 3");
		assertTrue(Arrays.stream(problems).anyMatch(row -> row.getText(0).equals("4")
				&& row.getText(1).contains("email")), "the missing e-mail, line 4");
		assertNotNull(dialog.getCurrentPage().getErrorMessage());
		assertFalse(button(dialog.getShell(), "Finish").isEnabled(), "nothing can be imported");
		press(dialog.getShell(), "Finish");
		assertEquals(before, ladderNames("Legal").toString(), "the repository is unchanged");
		assertFalse(session().getEditingDomain().getCommandStack().canUndo(), "no command on the stack");
		assertFalse(session().isDirty());
		dialog.close();
	}

	@Test
	void aCleanCsvImportsAsOneUndoableCommand() throws Exception {
		Path csv = folder.resolve("legal.csv");
		StringBuilder text = new StringBuilder("area,area kind,level,name,title,email,phone,mobile,24x7,time zone\n");
		String[] levels = { "primary", "backup", "manager", "director", "vice president" };
		for (int i = 0; i < levels.length; i++) {
			String name = NEW_LEGAL_LADDER.get(i);
			text.append("Legal,legal,").append(levels[i]).append(',').append(name).append(",Counsel,")
					.append(name.toLowerCase().replace(' ', '.')).append("@northwind.example,+1 212 555 01")
					.append(10 + i).append(",,yes,America/New_York\n");
		}
		Files.writeString(csv, text);
		OrganizationEditor editor = OrganizationEditor.open(page(), session(), null);
		List<String> before = ladderNames("Legal");
		WizardDialog dialog = openImport();
		CsvFilePage page = ((CsvImportWizard) dialog.getCurrentPage().getWizard()).getFilePage();

		ImportWizards.check(page, csv);
		assertEquals(0, page.getProblems().getTable().getItemCount());
		assertNull(dialog.getCurrentPage().getErrorMessage());
		press(dialog.getShell(), "Finish");

		assertEquals(NEW_LEGAL_LADDER, ladderNames("Legal"));
		CommandStack stack = session().getEditingDomain().getCommandStack();
		assertEquals("Import who-to-call matrix from legal.csv", stack.getUndoCommand().getLabel());
		assertTrue(editor.isDirty());
		MatrixPage matrix = (MatrixPage) editor.getActivePageInstance();
		FunctionalArea legal = area("Legal");
		assertTrue(cell(matrix, legal, MatrixPage.FIRST_LEVEL_COLUMN).startsWith(NEW_LEGAL_LADDER.get(0)));

		command("org.eclipse.ui.edit.undo");
		assertEquals(before, ladderNames("Legal"), "one Undo reverts the whole import");
		assertFalse(stack.canUndo());
		assertFalse(session().isDirty());
		assertTrue(cell(matrix, legal, MatrixPage.FIRST_LEVEL_COLUMN).startsWith(before.get(0)));
	}

	private static WizardDialog openImport() {
		return ImportWizards.open(CsvImportWizard.whoToCall(session()));
	}

	private FunctionalArea area(String name) {
		return session().getRepository().getOrganization().getAreas().stream()
				.filter(area -> name.equals(area.getName())).findFirst().orElseThrow();
	}

	private List<String> ladderNames(String area) {
		return area(area).getLadder().stream().map(rung -> rung.getPerson().getName()).toList();
	}

	private static String cell(MatrixPage matrix, FunctionalArea area, int column) {
		Table grid = matrix.getMatrix().getTable();
		for (TableItem row : grid.getItems()) {
			if (row.getData() == area) {
				return row.getText(column);
			}
		}
		throw new AssertionError(area.getName() + " is not in the grid");
	}

	private static void press(Composite parent, String text) {
		Button button = button(parent, text);
		if (button.isEnabled()) {
			button.notifyListeners(SWT.Selection, new Event());
		}
		processEvents();
	}
}
