// SPDX-License-Identifier: EPL-2.0
package org.advocacy.conventions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One clause of a manifest header such as {@code Require-Bundle}: a name (a bundle or a package) with its attributes
 * ({@code bundle-version="..."}) and directives ({@code visibility:=reexport}), quotes removed.
 *
 * @param name       the bundle's symbolic name or the package's name
 * @param attributes the attributes by name
 * @param directives the directives by name
 */
public record ManifestClause(String name, Map<String, String> attributes, Map<String, String> directives) {

	/**
	 * Parses one clause.
	 *
	 * @param text the clause as written, e.g. {@code org.eclipse.ui;bundle-version="[3.209.0,4.0.0)"}
	 * @return the clause
	 */
	static ManifestClause parse(String text) {
		List<String> parts = ManifestBundle.split(text, ';');
		Map<String, String> attributes = new LinkedHashMap<>();
		Map<String, String> directives = new LinkedHashMap<>();
		for (String part : parts.subList(1, parts.size())) {
			int directive = part.indexOf(":=");
			int attribute = part.indexOf('=');
			if (directive > 0) {
				directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
			} else if (attribute > 0) {
				attributes.put(part.substring(0, attribute).trim(), unquote(part.substring(attribute + 1)));
			}
		}
		return new ManifestClause(parts.get(0).trim(), Map.copyOf(attributes), Map.copyOf(directives));
	}

	private static String unquote(String value) {
		String trimmed = value.trim();
		return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
				? trimmed.substring(1, trimmed.length() - 1)
				: trimmed;
	}
}
