// SPDX-License-Identifier: EPL-2.0
package org.advocacy.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The next engineer imports every module into Eclipse as it is committed: each has a {@code .project} named after its
 * folder, bundles a {@code .classpath} with their source folders, JavaSE-21 and the plug-in dependencies, and every
 * module the shared {@code .settings} of {@code releng/eclipse-settings} (UTF-8, LF, one set of compiler warnings that
 * Tycho compiles with too, one formatter profile). {@code releng/eclipse-settings/apply.sh} writes them.
 */
class ProjectSettingsTest {

	private static final String SHARED = "releng/eclipse-settings";
	private static final List<String> EVERY_MODULE = List.of("org.eclipse.core.resources.prefs",
			"org.eclipse.core.runtime.prefs");
	private static final List<String> JAVA_MODULE = List.of("org.eclipse.jdt.core.prefs", "org.eclipse.jdt.ui.prefs");
	private static final String APPLY = " (run " + SHARED + "/apply.sh)";

	@Test
	void everyModuleHasItsProjectAndTheSharedSettings() throws IOException {
		Path root = Repository.root();
		List<String> problems = new ArrayList<>();
		for (Path module : modules(root)) {
			String project = read(module.resolve(".project"));
			if (!project.contains("<name>" + module.getFileName() + "</name>")) {
				problems.add(root.relativize(module) + ": no .project named after its folder" + APPLY);
			}
			boolean java = Files.isDirectory(module.resolve("src")) || Files.isDirectory(module.resolve("src-gen"));
			for (String prefs : java ? concat(EVERY_MODULE, JAVA_MODULE) : EVERY_MODULE) {
				if (!read(root.resolve(SHARED).resolve(prefs)).equals(read(module.resolve(".settings").resolve(prefs)))) {
					problems.add(root.relativize(module) + ": .settings/" + prefs + " differs from " + SHARED + APPLY);
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void everyBundleIsAPluginProjectWithItsSourceFolders() throws IOException {
		List<String> problems = new ArrayList<>();
		for (ManifestBundle bundle : ManifestBundle.all(Repository.root())) {
			String classpath = read(bundle.folder().resolve(".classpath"));
			List<String> expected = new ArrayList<>(List.of("JavaSE-21\"", "org.eclipse.pde.core.requiredPlugins"));
			Stream.of("src", "src-gen").filter(folder -> Files.isDirectory(bundle.folder().resolve(folder)))
					.forEach(folder -> expected.add("kind=\"src\" path=\"" + folder + "\""));
			expected.stream().filter(entry -> !classpath.contains(entry))
					.forEach(entry -> problems.add(bundle + ": .classpath lacks " + entry + APPLY));
			if (!read(bundle.folder().resolve(".project")).contains("org.eclipse.pde.PluginNature")) {
				problems.add(bundle + ": .project is not a plug-in project" + APPLY);
			}
		}
		assertEquals(List.of(), problems);
	}

	/** @return bundles, features, the target platform and the releng modules that have a pom.xml */
	private static List<Path> modules(Path root) throws IOException {
		List<Path> modules = new ArrayList<>();
		modules.add(root.resolve("targetplatform"));
		for (String[] kind : new String[][] { { "bundles", "META-INF/MANIFEST.MF" }, { "features", "feature.xml" },
				{ "releng", "pom.xml" } }) {
			try (Stream<Path> folders = Files.list(root.resolve(kind[0]))) {
				folders.filter(folder -> Files.isRegularFile(folder.resolve(kind[1]))).sorted().forEach(modules::add);
			}
		}
		return modules;
	}

	private static String read(Path file) throws IOException {
		return Files.isRegularFile(file) ? Files.readString(file) : "";
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return Arrays.stream(lists).flatMap(List::stream).toList();
	}
}
