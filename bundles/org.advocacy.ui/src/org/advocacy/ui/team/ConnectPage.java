// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import java.util.List;

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
 * The Connect to Team Repository page: a recent repository to start from, the server, port, database and login, the
 * password (kept in secure storage when asked), and TLS, on by default, with what turning it off means.
 */
final class ConnectPage extends WizardPage {

	/** What the user is told TLS off means. */
	static final String WITHOUT_TLS = "Without TLS everything you read and write, customers' names and situations "
			+ "included, crosses the network in clear text, and nothing proves the server is the one you meant. "
			+ "Only for a server on this computer or a test.";

	private final List<TeamConnection> recent;
	private Combo recentCombo;
	private Text host;
	private Text port;
	private Text database;
	private Text user;
	private Text password;
	private Button keepPassword;
	private Button tls;
	private Text rootCertificate;
	private Button browse;
	private Label tlsNote;

	/** @param recent the repositories connected to lately, most recent first */
	ConnectPage(List<TeamConnection> recent) {
		super("connect");
		this.recent = recent;
		setTitle("Connect to Team Repository");
		setDescription("Your team's PostgreSQL server and your login there.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		recentCombo = new Combo(labelled(page, "&Recent:"), SWT.READ_ONLY);
		recentCombo.setItems(recent.stream().map(TeamConnection::describe).toArray(String[]::new));
		span(recentCombo);
		recentCombo.setEnabled(!recent.isEmpty());
		recentCombo.addListener(SWT.Selection, event -> fill(recent.get(recentCombo.getSelectionIndex())));
		host = text(page, "&Server:", SWT.BORDER);
		port = text(page, "P&ort:", SWT.BORDER);
		port.setText(Integer.toString(TeamConnection.DEFAULT_PORT));
		database = text(page, "&Database:", SWT.BORDER);
		database.setText("advocacy");
		user = text(page, "&User:", SWT.BORDER);
		user.setText(System.getProperty("user.name", ""));
		password = text(page, "&Password:", SWT.BORDER | SWT.PASSWORD);
		password.setMessage("empty: the one in ~/.pgpass, or the one kept in secure storage");
		new Label(page, SWT.NONE);
		keepPassword = new Button(page, SWT.CHECK);
		keepPassword.setText("&Keep the password in Eclipse secure storage (encrypted, on this computer)");
		keepPassword.setSelection(true);
		span(keepPassword);
		new Label(page, SWT.NONE);
		tls = new Button(page, SWT.CHECK);
		tls.setText("Encrypt with &TLS and verify the server's certificate (sslmode=verify-full)");
		tls.setSelection(true);
		span(tls);
		rootCertificate = new Text(labelled(page, "&CA certificate:"), SWT.BORDER);
		rootCertificate.setMessage("~/.postgresql/root.crt");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(rootCertificate);
		browse = new Button(page, SWT.PUSH);
		browse.setText("B&rowse...");
		browse.addListener(SWT.Selection, event -> chooseCertificate());
		new Label(page, SWT.NONE);
		tlsNote = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(tlsNote);
		tls.addListener(SWT.Selection, event -> validate());
		for (Text field : List.of(host, port, database, user, rootCertificate)) {
			field.addModifyListener(event -> validate());
		}
		if (!recent.isEmpty()) {
			recentCombo.select(0);
			fill(recent.get(0));
		}
		setControl(page);
		validate();
	}

	private static Composite labelled(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		return page;
	}

	private static Text text(Composite page, String label, int style) {
		Text text = new Text(labelled(page, label), style);
		span(text);
		return text;
	}

	private static void span(org.eclipse.swt.widgets.Control control) {
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(control);
	}

	private void fill(TeamConnection connection) {
		host.setText(connection.host());
		port.setText(Integer.toString(connection.port()));
		database.setText(connection.database());
		user.setText(connection.user());
		tls.setSelection(connection.tls());
		rootCertificate.setText(connection.rootCertificate());
		password.setText("");
		password.setMessage(TeamPasswords.isKept(connection) ? "kept in secure storage; type to replace it"
				: "empty: the one in ~/.pgpass");
		validate();
	}

	private void chooseCertificate() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.crt;*.pem", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			rootCertificate.setText(chosen);
		}
	}

	private void validate() {
		boolean encrypted = tls.getSelection();
		rootCertificate.setEnabled(encrypted);
		browse.setEnabled(encrypted);
		tlsNote.setText(encrypted ? "The server's certificate must be signed by this authority and name the server."
				: WITHOUT_TLS);
		setMessage(encrypted ? null : "TLS is off: nothing is encrypted", WARNING);
		setErrorMessage(problem());
		setPageComplete(getErrorMessage() == null);
	}

	private String problem() {
		if (host.getText().isBlank()) {
			return "Enter the server's host name or address.";
		}
		try {
			int number = Integer.parseInt(port.getText().strip());
			if (number < 1 || number > 65_535) {
				return "The port is a number from 1 to 65535.";
			}
		} catch (NumberFormatException e) {
			return "The port is a number from 1 to 65535, not '" + port.getText() + "'.";
		}
		if (database.getText().isBlank()) {
			return "Enter the database that holds the team repository.";
		}
		if (user.getText().isBlank()) {
			return "Enter the user you sign in as.";
		}
		return null;
	}

	/** @return what was entered; valid when the page is complete */
	TeamConnection connection() {
		return new TeamConnection(host.getText(), Integer.parseInt(port.getText().strip()), database.getText(),
				user.getText(), tls.getSelection(), rootCertificate.getText());
	}

	/** @return the password typed, or {@code null} when none was */
	char[] password() {
		return password.getText().isEmpty() ? null : password.getTextChars();
	}

	/** @return whether to keep the typed password in secure storage */
	boolean keepPassword() {
		return keepPassword.getSelection();
	}

	/** Shows why connecting failed, so the user can correct what they typed. */
	void failed(String reason) {
		setErrorMessage(reason);
	}
}
