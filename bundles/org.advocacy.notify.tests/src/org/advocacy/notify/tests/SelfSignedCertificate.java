// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A self-signed certificate for 127.0.0.1 and localhost, made with the JDK's keytool, for a test mail server. */
final class SelfSignedCertificate {

	static final String PASSWORD = "changeit";
	static final String ALIAS = "test-server";

	private SelfSignedCertificate() {
	}

	/** @return a PKCS#12 keystore with the key and its certificate, valid for two days */
	static Path create(Path folder) throws IOException, InterruptedException {
		Path keystore = folder.resolve("server.p12");
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA",
				"-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
				"-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD))
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("keytool failed: " + output);
		}
		return keystore;
	}
}
