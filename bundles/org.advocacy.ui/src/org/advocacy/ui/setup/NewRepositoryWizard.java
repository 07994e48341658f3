// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import java.nio.file.Path;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.setup.NewRepositoryRequest;
import org.advocacy.core.setup.RepositoryInitializer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;

/**
 * File > New Advocacy Repository...: the organization and its time zone, the default business calendar with the
 * public holidays of its country, and a look at the segments and areas it starts with. Finishing writes the new file
 * in a job (never replacing an existing one) and opens it as the workbench's repository.
 */
public final class NewRepositoryWizard extends Wizard {

	private final Path folder;
	private final Display display;
	private OrganizationPage organization;
	private CalendarPage calendar;
	private OpenRepositoryJob creation;

	/**
	 * @param folder  where the new file is proposed
	 * @param display the workbench's display, where the new repository is opened
	 */
	public NewRepositoryWizard(Path folder, Display display) {
		this.folder = folder;
		this.display = display;
		setWindowTitle("New Advocacy Repository");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		organization = new OrganizationPage(folder);
		calendar = new CalendarPage();
		addPage(organization);
		addPage(calendar);
		addPage(new StarterContentPage());
	}

	@Override
	public boolean performFinish() {
		// Finish is enabled only when every page is complete, and complete pages make a valid request.
		NewRepositoryRequest request = NewRepositoryRequest.withStarterContent(organization.organizationName(),
				organization.zone(), calendar.settings());
		Path file = organization.file();
		creation = new OpenRepositoryJob("Creating " + file.getFileName(), display, () -> {
			new RepositoryInitializer(new RepositoryStore()).write(request, file, false);
			return file;
		});
		creation.schedule();
		return true;
	}

	/** @return the job that creates and opens the repository once finished, or {@code null} before */
	public OpenRepositoryJob getCreation() {
		return creation;
	}

	OrganizationPage organizationPage() {
		return organization;
	}

	CalendarPage calendarPage() {
		return calendar;
	}
}
