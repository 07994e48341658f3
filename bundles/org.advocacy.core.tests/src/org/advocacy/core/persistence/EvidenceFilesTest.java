// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.advocacy.model.EvidenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence files are copied beside the repository file and recorded by a relative path: never overwritten, never
 * resolved outside the repository's folder.
 */
class EvidenceFilesTest {

	@TempDir
	Path folder;

	@Test
	void aFileIsCopiedIntoTheEngagementsFolderBesideTheRepositoryUnderAFreeName() throws IOException {
		Path repository = folder.resolve("team/advocacy.advocacy");
		Files.createDirectories(repository.getParent());
		Path downloads = Files.createDirectories(folder.resolve("downloads"));
		Path invoice = Files.write(downloads.resolve("invoice march.pdf"), new byte[] { 1, 2, 3 });

		String first = EvidenceFiles.copyBeside(repository, "ADV-0042", invoice);
		String second = EvidenceFiles.copyBeside(repository, "ADV-0042", invoice);

		assertEquals("evidence/ADV-0042/invoice march.pdf", first);
		assertEquals("evidence/ADV-0042/invoice march-2.pdf", second, "an existing copy is never overwritten");
		Path copy = EvidenceFiles.resolve(repository, first);
		assertEquals(folder.resolve("team/evidence/ADV-0042/invoice march.pdf").toAbsolutePath(), copy);
		assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(copy));
		assertTrue(Files.exists(invoice), "the original stays where it was");
	}

	@Test
	void theKindIsGuessedFromTheName() {
		assertEquals(EvidenceKind.INVOICE, EvidenceFiles.likelyKind("Invoice-March.pdf"));
		assertEquals(EvidenceKind.CONTRACT, EvidenceFiles.likelyKind("support agreement 2026.docx"));
		assertEquals(EvidenceKind.EMAIL, EvidenceFiles.likelyKind("Re outage.eml"));
		assertEquals(EvidenceKind.PROBLEM_REPORT, EvidenceFiles.likelyKind("tickets-export.csv"));
		assertEquals(EvidenceKind.PERFORMANCE_REPORT, EvidenceFiles.likelyKind("availability.png"));
	}

	@Test
	void aMissingSourceOrAPathOutsideTheFolderIsRefusedNamingIt() {
		Path repository = folder.resolve("advocacy.advocacy");
		IOException missing = assertThrows(IOException.class,
				() -> EvidenceFiles.copyBeside(repository, "ADV-0042", folder.resolve("gone.pdf")));
		assertTrue(missing.getMessage().contains("gone.pdf"), missing.getMessage());
		IOException outside = assertThrows(IOException.class,
				() -> EvidenceFiles.resolve(repository, "../../etc/passwd"));
		assertTrue(outside.getMessage().contains("leads outside"), outside.getMessage());
	}
}
