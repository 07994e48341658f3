// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.advocacy.core.imports.ImportProblem;
import org.advocacy.core.imports.CsvImport;
import org.advocacy.core.imports.CsvImporter;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.forms.TextColumns;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The page of a CSV import (the who-to-call matrix, customers): choose the CSV file, see its first lines, and — checked by the engine's
 * importer in a job — either "no problems" or the full report of every problem with its line and column, the lines
 * concerned marked in the preview. Only a clean file can be imported.
 */
public final class CsvFilePage extends WizardPage {

	/** How long typing in the file field may pause before the file named is checked. */
	private static final int TYPING_PAUSE_MS = 500;

	private final CsvImportKind kind;
	private final RepositorySession session;
	private Text file;
	private StyledText preview;
	private TableViewer problems;
	private Job check;
	private Path checked;
	private CsvImport prepared;
	private int generation;

	/**
	 * @param kind    what the file holds and how it is imported
	 * @param session the open repository, or {@code null} when none is open
	 */
	CsvFilePage(CsvImportKind kind, RepositorySession session) {
		super("csvFile", kind.pageTitle(), null);
		this.kind = kind;
		this.session = session;
		setDescription("Choose the CSV file. It is checked first; a file with problems is reported line by line and "
				+ "nothing is imported.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText("CSV file:");
		file = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
		file.addListener(SWT.DefaultSelection, event -> checkFile());
		file.addListener(SWT.FocusOut, event -> checkChangedFile());
		file.addListener(SWT.Modify, event -> file.getDisplay().timerExec(TYPING_PAUSE_MS, this::checkChangedFile));
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, event -> browse());
		Label format = new Label(page, SWT.WRAP);
		format.setText(kind.format());
		GridDataFactory.fillDefaults().span(3, 1).hint(560, SWT.DEFAULT).applyTo(format);

		new Label(page, SWT.NONE).setText("Preview:");
		preview = new StyledText(page, SWT.BORDER | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		preview.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(560, 140).applyTo(preview);

		new Label(page, SWT.NONE).setText("Problems:");
		Table table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(560, 140).applyTo(table);
		problems = new TableViewer(table);
		problems.setContentProvider(ArrayContentProvider.getInstance());
		problemColumn("Line", 50, problem -> problem.line() == 0 ? "" : Integer.toString(problem.line()));
		problemColumn("Column", 170, problem -> problem.column() == 0 ? ""
				: problem.column() + (problem.columnName().isEmpty() ? "" : " (" + problem.columnName() + ")"));
		problemColumn("Problem", 600, ImportProblem::message);
		problems.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof ImportProblem problem
					&& problem.line() > 0 && problem.line() <= preview.getLineCount()) {
				preview.setTopIndex(Math.max(0, problem.line() - 3));
			}
		});
		setControl(page);
		if (session == null) {
			setErrorMessage("Open an advocacy repository first (File > Open Advocacy Repository...); the file is "
					+ "imported into the repository open in the workbench.");
			file.setEnabled(false);
			browse.setEnabled(false);
		}
	}

	private void problemColumn(String title, int width, java.util.function.Function<ImportProblem, String> text) {
		TextColumns.add(problems, SWT.NONE, title, width, text, ImportProblem::toString);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		dialog.setFilterNames(new String[] { "CSV files (*.csv)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
			checkFile();
		}
	}

	/** Checks the file named in the field once typing pauses or the field is left, unless it was just checked. */
	private void checkChangedFile() {
		Path path = file.isDisposed() ? null : path();
		if (path != null && !path.equals(checked) && Files.isRegularFile(path)) {
			checkFile();
		}
	}

	/** Checks the file named in the field with the engine's importer, in a job; the page shows the outcome. */
	void checkFile() {
		Path path = path();
		if (session == null || path == null) {
			return;
		}
		if (!Files.isRegularFile(path)) {
			show(null);
			setErrorMessage(path + " is not a file that can be read.");
			return;
		}
		checked = path;
		int current = ++generation;
		prepared = null;
		setPageComplete(false);
		setErrorMessage(null);
		setMessage("Checking " + path.getFileName() + "...");
		Display display = file.getDisplay();
		CsvImporter<?, ?> importer = kind.importer().apply(session);
		check = new CsvCheckJob(importer, path, outcome -> display.asyncExec(() -> {
			if (current == generation && !file.isDisposed()) {
				show(outcome);
			}
		}));
		check.schedule();
	}

	private Path path() {
		String text = file.getText().strip();
		try {
			return text.isEmpty() ? null : Path.of(text);
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void show(CsvCheckJob.Outcome outcome) {
		preview.setText(outcome == null ? "" : String.join("\n", outcome.preview()));
		preview.setLineBackground(0, preview.getLineCount(), null);
		if (outcome == null || outcome.failure() != null) {
			prepared = null;
			problems.setInput(List.of());
			if (outcome != null) {
				setErrorMessage("Could not read " + outcome.file() + ": " + outcome.failure().getMessage());
			}
			setPageComplete(false);
			return;
		}
		prepared = outcome.prepared();
		problems.setInput(prepared.problems());
		if (prepared.isClean()) {
			setErrorMessage(null);
			setMessage("No problems in " + outcome.file().getFileName() + ". Finish imports it as one change; "
					+ "Edit > Undo reverts the whole import.", IMessageProvider.INFORMATION);
			setPageComplete(true);
			return;
		}
		for (ImportProblem problem : prepared.problems()) {
			if (problem.line() > 0 && problem.line() <= preview.getLineCount()) {
				preview.setLineBackground(problem.line() - 1, 1, JFaceColors.getErrorBackground(preview.getDisplay()));
			}
		}
		int count = prepared.problems().size();
		setErrorMessage(outcome.file().getFileName() + " has " + count + (count == 1 ? " problem" : " problems")
				+ "; nothing will be imported. Fix the file and check it again.");
		setPageComplete(false);
	}

	/** @return the engine's outcome for a clean file, ready to import; {@code null} otherwise */
	CsvImport getPrepared() {
		return prepared != null && prepared.isClean() ? prepared : null;
	}

	/** @return the field naming the file */
	public Text getFileField() {
		return file;
	}

	/** @return the report of the problems found, one row each */
	public TableViewer getProblems() {
		return problems;
	}

	/** @return the last check started, or {@code null} */
	public Job getCheck() {
		return check;
	}
}
