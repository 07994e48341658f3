// SPDX-License-Identifier: EPL-2.0
package org.advocacy.conventions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checked working tree is: the {@code advocacy.root} system property the build sets. */
final class Repository {

	private Repository() {
	}

	/** @return the repository root, holding {@code bundles/} */
	static Path root() {
		Path root = Path.of(System.getProperty("advocacy.root", "../..")).toAbsolutePath().normalize();
		if (!Files.isDirectory(root.resolve("bundles"))) {
			throw new IllegalStateException("No bundles/ folder in " + root + " (set -Dadvocacy.root)");
		}
		return root;
	}
}
