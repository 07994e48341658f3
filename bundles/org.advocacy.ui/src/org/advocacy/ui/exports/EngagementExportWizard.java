// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File &gt; Export &gt; Customer Advocacy: one wizard for each of the engine's exports (which one is the
 * {@code class} attribute's parameter in plugin.xml, e.g. {@code EngagementExportWizard:SITUATION_SUMMARY}). The
 * user picks engagements (the current selection, or the engagement of the active editor, is preselected), a format
 * and the target file (one engagement) or folder (several); existing files are replaced only after asking. The
 * files are written by an {@link ExportJob}.
 */
public class EngagementExportWizard extends Wizard implements IExportWizard, IExecutableExtension {

	private static final String SETTINGS = "EngagementExportWizard";
	private static final int LISTED = 10;

	private EngagementExport export = EngagementExport.SITUATION_SUMMARY;
	private RepositorySession session;
	private final List<Engagement> preselected = new ArrayList<>();
	private Clock clock = Clock.systemDefaultZone();
	private Predicate<List<Path>> overwrite = this::askToOverwrite;
	private EngagementExportPage page;
	private ExportJob job;

	/** The wizard of the Situation Summary export; plugin.xml chooses another export by parameter. */
	public EngagementExportWizard() {
		setNeedsProgressMonitor(false);
		IDialogSettings settings = AdvocacyUiPlugin.getDefault().getDialogSettings();
		setDialogSettings(settings.getSection(SETTINGS) == null ? settings.addNewSection(SETTINGS)
				: settings.getSection(SETTINGS));
	}

	/**
	 * @param export  the export offered
	 * @param session the repository exported from
	 */
	public EngagementExportWizard(EngagementExport export, RepositorySession session) {
		this();
		this.export = export;
		this.session = session;
		setWindowTitle("Export " + export.title());
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String name && !name.isBlank()) {
			export = EngagementExport.valueOf(name.strip());
		}
		setWindowTitle("Export " + export.title());
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		for (Object element : selection) {
			Engagement engagement = engagementOf(element);
			if (engagement != null && !preselected.contains(engagement)) {
				preselected.add(engagement);
			}
		}
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (preselected.isEmpty() && window != null && window.getActivePage() != null
				&& window.getActivePage().getActiveEditor() instanceof EngagementEditor editor
				&& editor.getSession() == session) {
			preselected.add(editor.getEngagement());
		}
	}

	/** @param engagements the engagements checked when the page opens */
	public void preselect(List<Engagement> engagements) {
		preselected.clear();
		preselected.addAll(engagements);
	}

	/** @param newClock "now" for drafts and the time zone of dates (tests fix it) */
	public void setClock(Clock newClock) {
		clock = newClock;
	}

	/** @param confirmation asked with the files that exist already; {@code false} keeps them and the wizard open */
	public void setOverwriteConfirmation(Predicate<List<Path>> confirmation) {
		overwrite = confirmation;
	}

	@Override
	public void addPages() {
		page = new EngagementExportPage(export, session, preselected);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		List<ExportJob.Item> items = page.items();
		List<Path> existing = items.stream().map(ExportJob.Item::file).filter(Files::exists).toList();
		if (!existing.isEmpty() && !overwrite.test(existing)) {
			return false;
		}
		page.saveSettings();
		job = new ExportJob(export, page.format(), new ExportOptions(page.audience(), clock), items,
				Display.getCurrent());
		job.schedule();
		return true;
	}

	/** @return the job started by Finish, or {@code null} before */
	public ExportJob getJob() {
		return job;
	}

	/** @return the page, for tests */
	EngagementExportPage getPage() {
		return page;
	}

	private boolean askToOverwrite(List<Path> existing) {
		String listed = existing.stream().limit(LISTED).map(Path::toString).collect(Collectors.joining("\n"));
		String more = existing.size() > LISTED ? "\n\u2026 and " + (existing.size() - LISTED) + " more" : "";
		return MessageDialog.openQuestion(getShell(), "Replace Existing Files?",
				(existing.size() == 1 ? "This file already exists:" : existing.size() + " files already exist:")
						+ "\n\n" + listed + more + "\n\nReplace " + (existing.size() == 1 ? "it" : "them") + "?");
	}

	private static Engagement engagementOf(Object element) {
		for (Object object = element; object instanceof EObject eObject; object = eObject.eContainer()) {
			if (eObject instanceof Engagement engagement) {
				return engagement;
			}
		}
		return null;
	}

}
