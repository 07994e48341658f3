// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.advocacy.core.commands.PlanCommands;
import org.advocacy.core.exports.MsProjectXmlExporter;
import org.advocacy.core.imports.PlanImport;
import org.advocacy.core.imports.ProjectPlanImporter;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.exports.WriteFileJob;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The file actions of the Get-Well Plan view: export the chart as PNG, export the plan as Microsoft Project XML,
 * and import a plan from any project format MPXJ reads (replacing the engagement's plan through an undoable
 * command). The files are read and written in background jobs with progress and cancellation, never on the UI
 * thread; what they need from the model is taken on the UI thread first, and an import's plan is put into the
 * model on the UI thread afterwards. Thin: the engine's importer and exporter do the work.
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
				Path file = ask("*.png", "-get-well-plan.png");
				if (file != null) {
					writePng(file);
				}
			}
		};
	}

	IAction exportProject() {
		return new Action("Export to Microsoft Project…") {
			@Override
			public void run() {
				Path file = ask("*.xml", "-get-well-plan.xml");
				if (file != null) {
					writeProject(file);
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
				importFrom(Path.of(name), shown, session);
			}
		};
	}

	/**
	 * Draws the chart and writes it as PNG in the background.
	 *
	 * @param file the PNG file
	 * @return the scheduled job, or {@code null} when no plan is shown
	 */
	Job writePng(Path file) {
		ImageData image = chart.drawImage();
		return image == null ? null : schedule(WriteFileJob.png("the get-well plan chart", file, image));
	}

	/**
	 * Writes the shown plan as Microsoft Project XML in the background, from a copy taken now, so that the job
	 * never reads the plan while the user edits it.
	 *
	 * @param file the XML file
	 * @return the scheduled job, or {@code null} when no plan is shown
	 */
	Job writeProject(Path file) {
		GetWellPlan plan = chart.getPlan();
		if (plan == null) {
			return null;
		}
		GetWellPlan copy = EcoreUtil.copy(plan);
		return schedule(new WriteFileJob("the get-well plan as Microsoft Project XML", file,
				out -> new MsProjectXmlExporter().write(copy, out)));
	}

	/**
	 * Reads a project file in the background; then, on the UI thread, makes the plan and replaces the engagement's
	 * plan with it as one undoable command, unless the repository was closed meanwhile.
	 *
	 * @param file    the project file
	 * @param shown   the engagement whose plan is replaced
	 * @param session the session the engagement belongs to
	 * @return the scheduled job; its result is an error naming the file when the file is not a readable plan
	 */
	Job importFrom(Path file, Engagement shown, RepositorySession session) {
		PlanImportJob job = new PlanImportJob(file);
		Display display = shell.getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().isOK()) {
					display.asyncExec(() -> replacePlan(job, shown, session));
				}
			}
		});
		job.schedule();
		return job;
	}

	private void replacePlan(PlanImportJob job, Engagement shown, RepositorySession session) {
		if (session != AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent()
				|| !EcoreUtil.isAncestor(session.getRepository(), shown)) {
			return;
		}
		PlanImport imported = new ProjectPlanImporter().map(job.parsed(), session.getRepository().getOrganization());
		session.getEditingDomain().getCommandStack()
				.execute(PlanCommands.replacePlan(session.getEditingDomain(), shown, imported));
		if (!imported.notes().isEmpty() && !chart.isDisposed()) {
			// under the chart's header, not in a dialog: the advocate checks the plan against them
			chart.showNote(imported.notes().stream().map(note -> "Imported; please check: " + note).toList());
		}
	}

	private static Job schedule(Job job) {
		job.schedule();
		return job;
	}

	private Path ask(String extension, String suffix) {
		if (chart.getPlan() == null) {
			return null;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension });
		Engagement shown = engagement.get();
		dialog.setFileName((shown == null ? "plan" : shown.getKey()) + suffix);
		dialog.setOverwrite(true);
		String file = dialog.open();
		return file == null ? null : Path.of(file);
	}
}
