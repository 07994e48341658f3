// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import java.nio.file.Path;

import org.advocacy.tests.harness.mail.SmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the tests that send mail to a real SMTP server: a plain (unencrypted) one runs for each test, and a
 * fresh folder holds the test's repository files.
 */
abstract class SmtpTest {

	/** A fresh folder for the test's files. */
	@TempDir
	Path folder;

	/** The SMTP server running for the test. */
	SmtpServer smtp;

	@BeforeEach
	void startSmtp() {
		smtp = SmtpServer.plain();
	}

	@AfterEach
	void stopSmtp() {
		smtp.close();
	}
}
