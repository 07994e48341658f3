// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How an import matches what a file names with what the repository has: by a key that ignores case and spacing
 * (e.g. {@code CustomerRow.customerKey}), the file's rows grouped by it and the repository's objects indexed by it.
 */
final class ImportKeys {

	private ImportKeys() {
	}

	/**
	 * @param <R>  the rows
	 * @param rows the file's rows, in file order
	 * @param key  the key of a row
	 * @return the rows by key, the keys in the order they first appear, each key's rows in file order
	 */
	static <R> Map<String, List<R>> group(List<R> rows, Function<R, String> key) {
		Map<String, List<R>> grouped = new LinkedHashMap<>();
		for (R row : rows) {
			grouped.computeIfAbsent(key.apply(row), any -> new ArrayList<>()).add(row);
		}
		return grouped;
	}

	/**
	 * @param <T>     the objects
	 * @param objects the repository's objects
	 * @param name    the name (or e-mail address) an object is matched by; objects without one are left out
	 * @param key     the key of a name
	 * @return the objects by key, the first where several have the same key; a map the caller may add to
	 */
	static <T> Map<String, T> index(List<T> objects, Function<T, String> name, UnaryOperator<String> key) {
		Map<String, T> index = new HashMap<>();
		for (T object : objects) {
			String value = name.apply(object);
			if (value != null) {
				index.putIfAbsent(key.apply(value), object);
			}
		}
		return index;
	}
}
