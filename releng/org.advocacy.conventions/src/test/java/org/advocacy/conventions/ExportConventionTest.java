// SPDX-License-Identifier: EPL-2.0
package org.advocacy.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One API/internal convention (CONTRIBUTING.md): an exported package is API, or is named {@code *.internal} and
 * exported {@code x-internal:=true} (or {@code x-friends} naming another of our bundles, never the bundle's own test
 * fragment, which sees everything anyway). Every internal package is exported, so another bundle that reaches for it
 * gets a "discouraged access" warning rather than a class loading failure.
 */
class ExportConventionTest {

	@Test
	void exportedPackagesAreApiOrInternalAndFriendsAreOtherBundles() throws IOException {
		List<ManifestBundle> bundles = ManifestBundle.all(Repository.root());
		Map<String, ManifestBundle> byName = bundles.stream()
				.collect(Collectors.toMap(ManifestBundle::name, Function.identity()));
		List<String> problems = new ArrayList<>();
		for (ManifestBundle bundle : bundles) {
			for (ManifestClause export : bundle.clauses("Export-Package")) {
				check(bundle, export, byName, problems);
			}
		}
		assertEquals(List.of(), problems);
	}

	private static void check(ManifestBundle bundle, ManifestClause export, Map<String, ManifestBundle> byName,
			List<String> problems) {
		String where = bundle + " exports " + export.name();
		boolean internal = isInternal(export.name());
		boolean hidden = "true".equals(export.directives().get("x-internal"));
		String friends = export.directives().get("x-friends");
		if (internal && !hidden && friends == null) {
			problems.add(where + " without x-internal:=true or x-friends");
		}
		if (!internal && (hidden || friends != null)) {
			problems.add(where + " as internal: name it *.internal or export it as API");
		}
		if (friends != null) {
			for (String friend : friends.split(",")) {
				ManifestBundle other = byName.get(friend.trim());
				if (other == null || other.isFragment() || other == bundle) {
					problems.add(where + " to " + friend + ", which is not another bundle of ours");
				}
			}
		}
		if (!Files.isDirectory(sourceFolder(bundle, export.name()))) {
			problems.add(where + ", which has no source folder");
		}
	}

	@Test
	void everyInternalPackageIsExported() throws IOException {
		List<String> problems = new ArrayList<>();
		for (ManifestBundle bundle : ManifestBundle.all(Repository.root())) {
			if (bundle.isFragment()) {
				continue;
			}
			Set<String> exported = bundle.clauses("Export-Package").stream().map(ManifestClause::name)
					.collect(Collectors.toSet());
			for (String internal : packages(bundle).stream().filter(ExportConventionTest::isInternal).toList()) {
				if (!exported.contains(internal)) {
					problems.add(bundle + " does not export " + internal + " (x-internal:=true)");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	private static boolean isInternal(String packageName) {
		return packageName.endsWith(".internal") || packageName.contains(".internal.");
	}

	private static Path sourceFolder(ManifestBundle bundle, String packageName) {
		Path relative = Path.of(packageName.replace('.', '/'));
		Path generated = bundle.folder().resolve("src-gen").resolve(relative);
		return Files.isDirectory(generated) ? generated : bundle.folder().resolve("src").resolve(relative);
	}

	/** @return the packages that have Java sources in the bundle's src/ and src-gen/ */
	private static Set<String> packages(ManifestBundle bundle) throws IOException {
		Set<String> packages = new TreeSet<>();
		for (String folder : List.of("src", "src-gen")) {
			Path root = bundle.folder().resolve(folder);
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(file -> file.toString().endsWith(".java")).map(file -> root.relativize(file.getParent()))
						.forEach(path -> packages.add(path.toString().replace('/', '.')));
			}
		}
		return packages;
	}
}
