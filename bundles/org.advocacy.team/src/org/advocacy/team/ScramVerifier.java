// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, as {@code psql}'s
 * {@code \password} does), so that creating a user sends the server the verifier, never the password.
 */
final class ScramVerifier {

	private static final int ITERATIONS = 4096;
	private static final int SALT_BYTES = 16;

	private ScramVerifier() {
	}

	/**
	 * @param password the password
	 * @return {@code SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>}
	 */
	static String of(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		new SecureRandom().nextBytes(salt);
		return of(password, salt, ITERATIONS);
	}

	static String of(char[] password, byte[] salt, int iterations) {
		try {
			SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
			byte[] saltedPassword = pbkdf2.generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
			byte[] clientKey = hmac(saltedPassword, "Client Key");
			byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
			byte[] serverKey = hmac(saltedPassword, "Server Key");
			Base64.Encoder base64 = Base64.getEncoder();
			return "SCRAM-SHA-256$" + iterations + ":" + base64.encodeToString(salt) + "$"
					+ base64.encodeToString(storedKey) + ":" + base64.encodeToString(serverKey);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2 and HMAC-SHA-256 are part of every Java runtime", e);
		}
	}

	private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
	}
}
