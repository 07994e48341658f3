// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.notify.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.NotificationSettings;
import org.advocacy.model.SmtpSecurity;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.TestSecureStorage;
import org.advocacy.tests.harness.ui.WorkbenchFixture;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.session.RepositorySession;
import org.advocacy.model.Engagement;

/**
 * What the notification UI tests share: a secure storage of their own with a fixed master password (no prompt), the
 * open repository's mail settings pointed at the test's SMTP server (as the preference page sets them: one command),
 * and an engagement editor on one page with its clock at the sample's instant.
 */
final class MailFixture {

	private MailFixture() {
	}

	/** Keeps mail passwords in a secure storage file in the folder, protected by a fixed master password. */
	static void useTestStorage(Path folder) throws IOException {
		TestSecureStorage.use(folder);
	}

	/** Points the open repository's mail settings at a plain SMTP server on this machine, as one command. */
	static NotificationSettings pointAt(int port) {
		RepositorySession session = WorkbenchFixture.session();
		NotificationSettings settings = AdvocacyFactory.eINSTANCE.createNotificationSettings();
		settings.setSmtpHost("127.0.0.1");
		settings.setSmtpPort(port);
		settings.setSecurity(SmtpSecurity.NONE);
		settings.setFromAddress("advocacy@example.com");
		settings.setFromName("Customer Advocacy");
		session.getEditingDomain().getCommandStack().execute(FeatureCommands.applyValues(session.getEditingDomain(),
				"Change Mail Settings", session.getRepository(), ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS, settings));
		return session.getRepository().getNotificationSettings();
	}

	/** Opens an engagement with the editor's clock at {@link StandardSample#NOW} and shows one of its pages. */
	static EngagementEditor openOn(Engagement engagement, String pageId) throws Exception {
		EngagementEditor editor = WorkbenchFixture.open(engagement);
		editor.setClock(Clock.fixed(StandardSample.NOW, ZoneOffset.UTC));
		editor.setActivePage(pageId);
		DisplayEvents.processEvents();
		return editor;
	}
}
