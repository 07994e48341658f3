// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

import org.advocacy.core.persistence.AdvocacyResource;
import org.advocacy.core.setup.NewRepositoryRequest;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The first page of the New Advocacy Repository wizard: the organization's name, the time zone it works in and the
 * new file. The file is named after the organization until the user names it.
 */
final class OrganizationPage extends WizardPage {

	private final Path folder;
	private Text name;
	private Combo timeZone;
	private Text file;
	private boolean fileNamedByUser;
	private boolean namingFile;

	/** @param folder where the new file goes unless the user chooses another place */
	OrganizationPage(Path folder) {
		super("organization");
		this.folder = folder;
		setTitle("Organization");
		setDescription("Who the repository is for, the time zone it works in, and the file it is kept in.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		name = new Text(labelled(body, "&Organization name:"), SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
		timeZone = new Combo(labelled(body, "&Time zone:"), SWT.DROP_DOWN);
		timeZone.setItems(TimeZones.regions().toArray(String[]::new));
		timeZone.setText(ZoneId.systemDefault().getId());
		timeZone.setVisibleItemCount(20);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(timeZone);
		file = new Text(labelled(body, "&File:"), SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, event -> browse());
		Label note = new Label(body, SWT.WRAP);
		note.setText("Working hours, customer service targets and the escalation timeouts of business-hours "
				+ "engagements all count in this time zone; a region such as Europe/Berlin follows daylight saving time.");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(400, SWT.DEFAULT).indent(0, 12).applyTo(note);
		name.addModifyListener(event -> nameFileAfterOrganization());
		timeZone.addModifyListener(event -> check());
		file.addModifyListener(event -> {
			fileNamedByUser |= !namingFile;
			check();
		});
		nameFileAfterOrganization();
		setControl(body);
		setErrorMessage(null);
		setPageComplete(false);
	}

	private static Composite labelled(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		return body;
	}

	private void nameFileAfterOrganization() {
		if (!fileNamedByUser) {
			String base = name.getText().strip().replaceAll("[^\\p{L}\\p{N}._ -]+", "").replace(' ', '-');
			namingFile = true;
			file.setText(folder.resolve((base.isEmpty() ? "repository" : base) + "."
					+ AdvocacyResource.FILE_EXTENSION).toString());
			namingFile = false;
		}
		check();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText("New Advocacy Repository");
		dialog.setFilterExtensions(new String[] { "*." + AdvocacyResource.FILE_EXTENSION });
		dialog.setFilterNames(new String[] { "Advocacy repositories (*.advocacy)" });
		String current = file.getText().strip();
		int slash = current.lastIndexOf(File.separatorChar);
		dialog.setFilterPath(slash > 0 ? current.substring(0, slash) : folder.toString());
		dialog.setFileName(current.substring(slash + 1));
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen.endsWith("." + AdvocacyResource.FILE_EXTENSION) ? chosen
					: chosen + "." + AdvocacyResource.FILE_EXTENSION);
		}
	}

	/** A blank name is what to do next, not an error; every other problem is one. */
	private void check() {
		boolean unnamed = name.getText().isBlank();
		String problem = unnamed ? null : problem();
		setMessage(unnamed ? "Give the organization's name." : null);
		setErrorMessage(problem);
		setPageComplete(!unnamed && problem == null);
	}

	private String problem() {
		try {
			NewRepositoryRequest.checkZone(ZoneId.of(timeZone.getText().strip()));
		} catch (DateTimeException e) {
			return "'" + timeZone.getText() + "' is not a time zone; choose one from the list.";
		} catch (IllegalArgumentException e) {
			return capitalized(e.getMessage()) + ".";
		}
		try {
			Path chosen = Path.of(file.getText().strip());
			Path fileName = chosen.getFileName();
			if (fileName == null || !fileName.toString().endsWith("." + AdvocacyResource.FILE_EXTENSION)) {
				return "The file must end in ." + AdvocacyResource.FILE_EXTENSION + ".";
			}
			if (Files.exists(chosen)) {
				return chosen + " already exists; a new repository never replaces a file. Choose another name.";
			}
		} catch (InvalidPathException e) {
			return "'" + file.getText() + "' is not a file name.";
		}
		return null;
	}

	private static String capitalized(String message) {
		return Character.toUpperCase(message.charAt(0)) + message.substring(1);
	}

	/** @return the organization's name */
	String organizationName() {
		return name.getText().strip();
	}

	/** @return the time zone; only when the page is complete */
	ZoneId zone() {
		return ZoneId.of(timeZone.getText().strip());
	}

	/** @return the new file; only when the page is complete */
	Path file() {
		return Path.of(file.getText().strip());
	}

	Text nameText() {
		return name;
	}

	Combo timeZoneCombo() {
		return timeZone;
	}

	Text fileText() {
		return file;
	}
}
