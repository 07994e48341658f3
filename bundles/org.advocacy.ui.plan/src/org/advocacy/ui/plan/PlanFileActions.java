// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.advocacy.core.commands.PlanCommands;
import org.advocacy.core.exports.MsProjectXmlExporter;
import org.advocacy.core.imports.PlanImport;
import org.advocacy.core.imports.PlanImportException;
import org.advocacy.core.imports.ProjectPlanImporter;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The file actions of the Get-Well Plan view: export the chart as PNG, export the plan as Microsoft Project XML,
 * and import a plan from any project format MPXJ reads (replacing the engagement's plan through an undoable
 * command). Thin: the engine's importer and exporter do the work.
 */
final class PlanFileActions {

	private final Shell shell;
	private final Supplier<Engagement> engagement;
	private final GanttComposite chart;

	PlanFileActions(Shell shell, Supplier<Engagement> engagement, GanttComposite chart) {
		this.shell = shell;
		this.engagement = engagement;
		this.chart = chart;
	}

	IAction exportPng() {
		return new Action("Export as PNG…") {
			@Override
			public void run() {
				Path file = ask(SWT.SAVE, "*.png", "-get-well-plan.png");
				if (file != null && chart.getPlan() != null) {
					try {
						chart.exportPng(file);
					} catch (IOException e) {
						fail("Export as PNG", "The chart could not be written to " + file + ": " + e.getMessage());
					}
				}
			}
		};
	}

	IAction exportProject() {
		return new Action("Export to Microsoft Project…") {
			@Override
			public void run() {
				Path file = ask(SWT.SAVE, "*.xml", "-get-well-plan.xml");
				if (file != null && chart.getPlan() != null) {
					try (OutputStream out = Files.newOutputStream(file)) {
						new MsProjectXmlExporter().write(chart.getPlan(), out);
					} catch (IOException e) {
						fail("Export to Microsoft Project", "The plan could not be written to " + file + ": "
								+ e.getMessage());
					}
				}
			}
		};
	}

	IAction importProject() {
		return new Action("Import from Microsoft Project…") {
			@Override
			public void run() {
				Engagement shown = engagement.get();
				RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
				if (shown == null || session == null) {
					return;
				}
				FileDialog dialog = new FileDialog(shell, SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.xml;*.mpp;*.mpx;*.xer;*.gan;*.planner", "*.*" });
				String name = dialog.open();
				if (name == null || shown.getGetWellPlan() != null && !MessageDialog.openConfirm(shell,
						"Import from Microsoft Project", "Replace the get-well plan of " + shown.getKey()
								+ "? Edit > Undo brings it back.")) {
					return;
				}
				AdvocacyRepository repository = session.getRepository();
				try {
					PlanImport imported = new ProjectPlanImporter().read(Path.of(name), repository.getOrganization());
					session.getEditingDomain().getCommandStack().execute(
							PlanCommands.replacePlan(session.getEditingDomain(), shown, imported.plan()));
					if (!imported.notMapped().isEmpty()) {
						MessageDialog.openInformation(shell, "Import from Microsoft Project",
								"The plan was imported. Not carried over:\n\n" + String.join("\n",
										imported.notMapped()));
					}
				} catch (PlanImportException e) {
					fail("Import from Microsoft Project", e.getMessage());
				}
			}
		};
	}

	private Path ask(int style, String extension, String suffix) {
		FileDialog dialog = new FileDialog(shell, style);
		dialog.setFilterExtensions(new String[] { extension });
		Engagement shown = engagement.get();
		dialog.setFileName((shown == null ? "plan" : shown.getKey()) + suffix);
		dialog.setOverwrite(true);
		String file = dialog.open();
		return file == null ? null : Path.of(file);
	}

	private void fail(String title, String message) {
		MessageDialog.openError(shell, title, message);
	}
}
