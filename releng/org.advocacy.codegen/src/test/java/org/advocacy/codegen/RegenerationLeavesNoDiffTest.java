/*
 * Copyright (c) 2026 Advocacy Workbench contributors
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.advocacy.codegen.ModelGenerator.GeneratedFiles;
import org.junit.jupiter.api.Test;

/**
 * Regenerates the model and edit code from the genmodel into a scratch directory and checks that the committed code
 * in {@code bundles/*}{@code /src-gen} (and the edit bundle's {@code plugin.properties}) is exactly what EMF generates
 * now: nobody edited generated code by hand, and nobody changed the {@code .ecore}/{@code .genmodel} without
 * regenerating.
 */
class RegenerationLeavesNoDiffTest {

	private static final String HOW_TO_FIX = "Regenerate with: ./mvnw -f releng/org.advocacy.codegen/pom.xml verify -Pregenerate"
			+ " (hand-written code belongs in other bundles, not in src-gen).";

	private static final int MAX_LISTED = 40;

	@Test
	void regenerationLeavesNoDiff() throws IOException {
		Path root = Path.of(System.getProperty("advocacy.root", "../..")).toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(root.resolve(ModelGenerator.GENMODEL)),
				"advocacy.root does not point at the repository root: " + root);

		GeneratedFiles generated = ModelGenerator.generate(root);

		List<String> differing = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, byte[]> entry : generated.exact().entrySet()) {
			Path committed = root.resolve(entry.getKey());
			if (!Files.isRegularFile(committed)) {
				missing.add(entry.getKey());
			} else if (!text(Files.readAllBytes(committed)).equals(text(entry.getValue()))) {
				differing.add(entry.getKey());
			}
		}
		List<String> extra = new ArrayList<>();
		for (String folder : ModelGenerator.OWNED_FOLDERS) {
			for (String committed : ModelGenerator.listFiles(root, folder)) {
				if (!generated.exact().containsKey(committed)) {
					extra.add(committed);
				}
			}
		}
		for (String icon : generated.icons().keySet()) {
			if (!Files.isRegularFile(root.resolve(icon))) {
				missing.add(icon);
			}
		}

		if (!differing.isEmpty() || !missing.isEmpty() || !extra.isEmpty()) {
			StringBuilder message = new StringBuilder(
					"The committed generated code does not match what EMF generates from " + ModelGenerator.GENMODEL
							+ ". " + HOW_TO_FIX);
			list(message, "Differ from the generated version", differing);
			list(message, "Generated but not committed", missing);
			list(message, "Committed in src-gen but no longer generated", extra);
			fail(message.toString());
		}
	}

	/** Compares text with LF line ends, so that a CRLF checkout does not count as a difference. */
	private static String text(byte[] content) {
		return new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

	private static void list(StringBuilder message, String title, List<String> files) {
		if (files.isEmpty()) {
			return;
		}
		message.append("\n").append(title).append(" (").append(files.size()).append("):");
		files.stream().limit(MAX_LISTED).forEach(file -> message.append("\n  ").append(file));
		if (files.size() > MAX_LISTED) {
			message.append("\n  … and ").append(files.size() - MAX_LISTED).append(" more");
		}
	}
}
