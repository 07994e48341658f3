// SPDX-License-Identifier: EPL-2.0
package org.advocacy.conventions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A bundle or fragment of {@code bundles/} as its {@code META-INF/MANIFEST.MF} declares it: the headers the
 * conventions checks read, parsed into clauses.
 *
 * @param folder   the bundle's folder
 * @param name     its symbolic name (without directives)
 * @param host     the host's symbolic name when it is a fragment, else {@code null}
 * @param headers  the main attributes of the manifest
 */
public record ManifestBundle(Path folder, String name, String host, Attributes headers) {

	/**
	 * @param root the repository root
	 * @return every bundle and fragment under {@code root/bundles}, by folder name
	 * @throws IOException when a manifest cannot be read
	 */
	public static List<ManifestBundle> all(Path root) throws IOException {
		List<ManifestBundle> bundles = new ArrayList<>();
		try (Stream<Path> folders = Files.list(root.resolve("bundles"))) {
			for (Path folder : folders.sorted().toList()) {
				Path manifest = folder.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(manifest)) {
					bundles.add(read(folder, manifest));
				}
			}
		}
		return bundles;
	}

	private static ManifestBundle read(Path folder, Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Attributes headers = new Manifest(in).getMainAttributes();
			String host = headers.getValue("Fragment-Host");
			return new ManifestBundle(folder, ManifestClause.parse(headers.getValue("Bundle-SymbolicName")).name(),
					host == null ? null : ManifestClause.parse(host).name(), headers);
		}
	}

	/** @return whether this is a fragment (a test fragment, here) */
	public boolean isFragment() {
		return host != null;
	}

	/**
	 * @param header a header name, e.g. {@code Require-Bundle}
	 * @return its clauses, none when the header is absent
	 */
	public List<ManifestClause> clauses(String header) {
		String value = headers.getValue(header);
		return value == null ? List.of() : split(value, ',').stream().map(ManifestClause::parse).toList();
	}

	/**
	 * Splits a header value at a separator outside double quotes.
	 *
	 * @param value     the value
	 * @param separator {@code ','} between clauses, {@code ';'} between a clause's parts
	 * @return the parts, trimmed
	 */
	static List<String> split(String value, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : value.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(part.toString().trim());
				part.setLength(0);
			} else {
				part.append(c);
			}
		}
		parts.add(part.toString().trim());
		return parts;
	}

	@Override
	public String toString() {
		return folder.getFileName().toString();
	}
}
