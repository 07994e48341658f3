// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written for the advocate — repositories and exports — are either the old or the whole new content. */
class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void aFailureHalfwayLeavesTheOldContentAndNoTemporaryFile() throws IOException {
		Path report = Files.writeString(folder.resolve("summary.html"), "the report sent to the VP");

		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(report, out -> {
			out.write("<html>half of the new".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));

		assertEquals("disk full", failure.getMessage());
		assertEquals("the report sent to the VP", Files.readString(report));
		assertEquals(List.of(report), Files.list(folder).toList(), "no temporary sibling is left behind");
	}

	@Test
	void writesIntoAFolderThatDoesNotExistYetWithTheFolderUsualPermissions() throws IOException {
		Path plain = Files.writeString(folder.resolve("plain.txt"), "x");
		Path export = folder.resolve("exports/ADV-0042/status.pdf");

		AtomicFiles.write(export, out -> out.write(new byte[] { 1, 2, 3 }));

		assertEquals(3, Files.size(export));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(export),
				"not the owner-only permissions of a temporary file");
	}

	@Test
	void aNewFileIsNeverWrittenOverAnExistingOne() throws IOException {
		Path existing = Files.writeString(folder.resolve("team.advocacy"), "the team's repository");

		assertThrows(FileAlreadyExistsException.class,
				() -> AtomicFiles.writeNew(existing, out -> out.write("a new one".getBytes(StandardCharsets.UTF_8))));

		assertEquals("the team's repository", Files.readString(existing));
		assertEquals(List.of(existing), Files.list(folder).toList(), "no temporary sibling is left behind");
	}

	@Test
	void aNewFileAppearsWithItsWholeContent() throws IOException {
		Path created = folder.resolve("new/team.advocacy");

		AtomicFiles.writeNew(created, out -> out.write("the new repository".getBytes(StandardCharsets.UTF_8)));

		assertEquals("the new repository", Files.readString(created));
		assertEquals(List.of(created), Files.list(created.getParent()).toList());
	}
}
