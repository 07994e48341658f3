// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.advocacy.model.EvidenceKind;

/**
 * The files of evidence kept beside a repository file: copied into {@code evidence/<case number>/} next to it, so
 * that the repository and its evidence move, are backed up and are shared together, and recorded by their path
 * relative to the repository's folder, never by a path into one user's disk.
 */
public final class EvidenceFiles {

	/** The folder beside the repository file that holds the evidence, one sub-folder per engagement. */
	public static final String FOLDER = "evidence";

	private EvidenceFiles() {
	}

	/**
	 * Copies a file into the engagement's evidence folder beside the repository, under its own name, or with "-2",
	 * "-3"… before the extension when another file already has that name. Never overwrites a file.
	 *
	 * @param repositoryFile the repository's file
	 * @param engagementKey  the engagement's case number, naming its folder
	 * @param source         the file to copy
	 * @return the copy's path relative to the repository's folder, with forward slashes, e.g.
	 *         {@code evidence/ADV-0042/invoice-march.pdf}
	 * @throws IOException when the source cannot be read or the copy cannot be written; the message names the file
	 */
	public static String copyBeside(Path repositoryFile, String engagementKey, Path source) throws IOException {
		if (!Files.isRegularFile(source)) {
			throw new IOException("The evidence file " + source + " does not exist or is not a file.");
		}
		String folderName = safeName(engagementKey == null || engagementKey.isBlank() ? "unnumbered" : engagementKey);
		Path folder = folder(repositoryFile).resolve(FOLDER).resolve(folderName);
		Files.createDirectories(folder);
		String name = safeName(source.getFileName().toString());
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int copy = 1;; copy++) {
			String candidate = copy == 1 ? name : stem + "-" + copy + extension;
			Path target = folder.resolve(candidate);
			try {
				Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				return FOLDER + "/" + folderName + "/" + candidate;
			} catch (FileAlreadyExistsException taken) {
				// try the next name
			}
		}
	}

	/**
	 * @param repositoryFile the repository's file
	 * @param relative       an evidence path as recorded, relative to the repository's folder
	 * @return the file on disk
	 * @throws IOException when the path leads outside the repository's folder
	 */
	public static Path resolve(Path repositoryFile, String relative) throws IOException {
		Path base = folder(repositoryFile).toAbsolutePath().normalize();
		Path file = base.resolve(relative).normalize();
		if (!file.startsWith(base)) {
			throw new IOException("The evidence path " + relative + " leads outside the repository's folder " + base + ".");
		}
		return file;
	}

	/**
	 * @param fileName the name of an evidence file
	 * @return the kind its name suggests: an invoice, a contract or agreement, an e-mail, a meeting's minutes, a
	 *         ticket export; a performance report otherwise (the advocate corrects it in the table)
	 */
	public static EvidenceKind likelyKind(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.contains("invoice") || name.contains("bill")) {
			return EvidenceKind.INVOICE;
		} else if (name.contains("contract") || name.contains("agreement") || name.contains("sla")) {
			return EvidenceKind.CONTRACT;
		} else if (name.endsWith(".eml") || name.endsWith(".msg")) {
			return EvidenceKind.EMAIL;
		} else if (name.contains("minutes") || name.contains("meeting")) {
			return EvidenceKind.MEETING;
		} else if (name.contains("ticket") || name.contains("case") || name.contains("problem")) {
			return EvidenceKind.PROBLEM_REPORT;
		}
		return EvidenceKind.PERFORMANCE_REPORT;
	}

	private static Path folder(Path repositoryFile) {
		Path parent = repositoryFile.toAbsolutePath().getParent();
		return parent == null ? Path.of(".") : parent;
	}

	/** @return the name with path separators and characters file systems refuse replaced by "_" */
	private static String safeName(String name) {
		String safe = name.replaceAll("[\\\\/:*?\"<>|\\x00-\\x1f]", "_").strip();
		return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? "_" : safe;
	}
}
