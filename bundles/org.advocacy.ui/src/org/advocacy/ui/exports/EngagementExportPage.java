// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.advocacy.model.Audience;
import org.advocacy.model.Engagement;
import org.advocacy.ui.session.CurrentRepository;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.ui.forms.TextColumns;
import org.advocacy.ui.forms.ChoiceViewers;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The export wizard's page: which engagements, which format (and audience, for customer updates), and where to —
 * a file for one engagement, a folder for several, where each gets a file named after its case number.
 */
final class EngagementExportPage extends WizardPage {

	private static final String FOLDER = "folder";
	private static final String FORMAT = "format";

	private final EngagementExport export;
	private final List<Engagement> engagements;
	private final List<Engagement> preselected;
	private CheckboxTableViewer table;
	private ComboViewer formats;
	private ComboViewer audiences;
	private Label targetLabel;
	private Text target;
	private int shownCount = -1;
	private ExportFormat shownFormat;

	EngagementExportPage(EngagementExport export, RepositorySession session, List<Engagement> preselected) {
		super("engagementExport");
		this.export = export;
		this.engagements = session == null ? List.of()
				: session.getRepository().getEngagements().stream().filter(export::appliesTo).toList();
		this.preselected = preselected.stream().filter(engagements::contains).toList();
		setTitle(export.title());
		setDescription(export.description());
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		Label label = new Label(page, SWT.NONE);
		label.setText("&Engagements:");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(label);
		createTable(page);
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, "Select &All", () -> table.setAllChecked(true));
		button(buttons, "&Deselect All", () -> table.setAllChecked(false));
		formats = combo(page, "&Format:", export.formats());
		if (export.needsAudience()) {
			audiences = combo(page, "A&udience:", Audience.VALUES);
		}
		targetLabel = new Label(page, SWT.NONE);
		target = new Text(page, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
		target.addListener(SWT.Modify, event -> validate());
		button(page, "B&rowse...", this::browse);
		restoreSettings();
		updateTarget();
		setControl(page);
		validate();
	}

	private void createTable(Composite page) {
		table = CheckboxTableViewer.newCheckList(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(420, 220).applyTo(table.getTable());
		column("Case", 90, Engagement::getKey);
		column("Title", 220, Engagement::getTitle);
		column("Customer", 160,
				engagement -> engagement.getCustomer() == null ? "" : engagement.getCustomer().getName());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(engagements);
		table.setCheckedElements(preselected.toArray());
		if (!preselected.isEmpty()) {
			table.reveal(preselected.get(0));
		}
		table.addCheckStateListener(event -> updateTarget());
	}

	private void column(String title, int width, java.util.function.Function<Engagement, String> text) {
		TextColumns.add(table, title, width, text);
	}

	private ComboViewer combo(Composite page, String text, List<?> choices) {
		Label label = new Label(page, SWT.NONE);
		label.setText(text);
		ComboViewer viewer = ChoiceViewers.create(page, choices,
				element -> element instanceof ExportFormat format ? format.label() : String.valueOf(element));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(viewer.getCombo());
		viewer.setSelection(new StructuredSelection(choices.get(0)));
		viewer.addSelectionChangedListener(event -> updateTarget());
		return viewer;
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** Switches the target between file and folder as the number of engagements checked changes. */
	private void updateTarget() {
		int count = checked().size();
		ExportFormat format = format();
		if (count == 1 && (shownCount != 1 || format != shownFormat)) {
			String folder = shownCount == 1 ? parentOf(target.getText()) : target.getText().strip();
			target.setText(folder.isEmpty() ? "" : Path.of(folder).resolve(export.fileName(checked().get(0), format)).toString());
		} else if (count != 1 && shownCount == 1) {
			target.setText(parentOf(target.getText()));
		}
		targetLabel.setText(count == 1 ? "&To file:" : "&To folder:");
		targetLabel.getParent().layout();
		shownCount = count;
		shownFormat = format;
		validate();
	}

	private static String parentOf(String file) {
		try {
			Path parent = Path.of(file.strip()).getParent();
			return parent == null ? "" : parent.toString();
		} catch (InvalidPathException e) {
			return "";
		}
	}

	private void browse() {
		String chosen;
		if (checked().size() == 1) {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setText("Export " + export.title() + " To");
			dialog.setFilterExtensions(new String[] { "*." + format().extension() });
			dialog.setFilterNames(new String[] { format().label() });
			Path current = targetPath();
			if (current != null && current.getParent() != null) {
				dialog.setFilterPath(current.getParent().toString());
				dialog.setFileName(current.getFileName().toString());
			}
			chosen = dialog.open();
		} else {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setText("Export " + export.title() + " To");
			dialog.setMessage("Each engagement's file is named after its case number.");
			dialog.setFilterPath(target.getText());
			chosen = dialog.open();
		}
		if (chosen != null) {
			target.setText(chosen);
		}
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (engagements.isEmpty()) {
			return export == EngagementExport.GET_WELL_PLAN ? "No engagement of the open repository has a get-well plan."
					: CurrentRepository.OPEN_ONE_FIRST;
		}
		if (checked().isEmpty()) {
			return "Check the engagements to export.";
		}
		Path path = targetPath();
		if (path == null) {
			return checked().size() == 1 ? "Enter the file to export to." : "Enter the folder to export to.";
		}
		if (checked().size() == 1 && Files.isDirectory(path)) {
			return path + " is a folder; enter the name of the file to write.";
		}
		if (checked().size() > 1 && Files.exists(path) && !Files.isDirectory(path)) {
			return path + " is a file; choose a folder for several engagements.";
		}
		return null;
	}

	private Path targetPath() {
		String text = target == null ? "" : target.getText().strip();
		try {
			return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	/** @return the engagements checked, in the table's order */
	List<Engagement> checked() {
		return table == null ? List.of() : List.of(table.getCheckedElements()).stream().map(Engagement.class::cast).toList();
	}

	/** @return the format chosen */
	ExportFormat format() {
		return formats == null ? export.formats().get(0) : (ExportFormat) formats.getStructuredSelection().getFirstElement();
	}

	/** @return the audience chosen, or {@code null} when the export has none */
	Audience audience() {
		return audiences == null ? null : (Audience) audiences.getStructuredSelection().getFirstElement();
	}

	/** @return the files to write, one per engagement checked */
	List<ExportJob.Item> items() {
		List<Engagement> chosen = checked();
		Path path = targetPath();
		if (chosen.size() == 1) {
			return List.of(new ExportJob.Item(chosen.get(0), path));
		}
		return chosen.stream().map(engagement -> new ExportJob.Item(engagement, path.resolve(export.fileName(engagement,
				format())))).toList();
	}

	/** @return the target text field, for tests */
	Text getTarget() {
		return target;
	}

	/** @return the engagement table, for tests */
	CheckboxTableViewer getTable() {
		return table;
	}

	/** @return the format drop-down, for tests */
	ComboViewer getFormats() {
		return formats;
	}

	private void restoreSettings() {
		IDialogSettings settings = getDialogSettings();
		String folder = settings == null ? null : settings.get(export.name() + "." + FOLDER);
		target.setText(folder == null ? System.getProperty("user.home") : folder);
		String format = settings == null ? null : settings.get(export.name() + "." + FORMAT);
		export.formats().stream().filter(f -> f.name().equals(format)).findFirst()
				.ifPresent(f -> formats.setSelection(new StructuredSelection(f)));
	}

	/** Remembers the folder and format for the next export of this kind. */
	void saveSettings() {
		IDialogSettings settings = getDialogSettings();
		Path path = targetPath();
		if (settings != null && path != null) {
			settings.put(export.name() + "." + FOLDER, (checked().size() == 1 ? path.getParent() : path).toString());
			settings.put(export.name() + "." + FORMAT, format().name());
		}
	}
}
