// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One numbered SQL script of the team repository's schema, shipped inside this bundle under {@code sql/}. Its
 * checksum (SHA-256 of the text) is recorded when it is applied, so a script changed after it ran is noticed.
 *
 * @param version  the script's number, 1, 2, 3, … without gaps
 * @param name     the file name, such as {@code 001_roles_and_teams.sql}
 * @param sql      the script's text
 * @param checksum hexadecimal SHA-256 of the text
 */
public record Migration(int version, String name, String sql, String checksum) {

	/**
	 * Reads a script shipped in this bundle.
	 *
	 * @param name the file name below {@code sql/}, starting with its three-digit version
	 * @return the migration
	 * @throws IOException when the bundle does not contain the script
	 */
	static Migration load(String name) throws IOException {
		try (InputStream in = Migration.class.getResourceAsStream("/sql/" + name)) {
			if (in == null) {
				throw new IOException("The schema script sql/" + name + " is missing from org.advocacy.team");
			}
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return new Migration(Integer.parseInt(name.substring(0, 3)), name, sql, checksum(sql));
		}
	}

	static String checksum(String sql) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(sql.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
