// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.advocacy.model.Organization;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads a get-well plan from a project file with MPXJ: Microsoft Project XML (MSPDI), MPX and Microsoft Project's
 * own .mpp files, plus the other plain formats MPXJ's universal reader recognises by content (not by file name).
 * Formats that need libraries the product does not ship (databases such as SQLite or Access) are refused with a
 * clear message. Summary tasks become phases of value, tasks become plan tasks (see {@link ProjectFileMapper}).
 */
public final class ProjectPlanImporter {

	/** The largest file accepted. */
	public static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

	/**
	 * @param file   the project file
	 * @param people the organization whose people become task owners, matched by resource name
	 * @return the new plan and what could not be mapped
	 * @throws PlanImportException when the file is not a readable plan; the message names the file
	 */
	public PlanImport read(Path file, Organization people) throws PlanImportException {
		return map(parse(file), people);
	}

	/**
	 * @param in       the file's content; not closed
	 * @param fileName the name shown in messages and used when the file has no title
	 * @param people   the organization whose people become task owners, matched by resource name
	 * @return the new plan and what could not be mapped
	 * @throws PlanImportException when the content is not a readable plan; the message names the file
	 */
	public PlanImport read(InputStream in, String fileName, Organization people) throws PlanImportException {
		return map(parse(in, fileName), people);
	}

	/**
	 * Reads and parses a project file: the slow part of an import, which touches no model object and so may run in
	 * a background job.
	 *
	 * @param file the project file
	 * @return the parsed file, for {@link #map(ParsedPlan, Organization)}
	 * @throws PlanImportException when the file is not a readable plan; the message names the file
	 */
	public ParsedPlan parse(Path file) throws PlanImportException {
		String fileName = file.getFileName().toString();
		try (InputStream in = Files.newInputStream(file)) {
			return parse(in, fileName);
		} catch (IOException e) {
			throw new PlanImportException("The project plan \"" + fileName + "\" could not be opened: "
					+ e.getMessage(), e);
		}
	}

	/**
	 * Turns a parsed file into a new plan, not yet part of any model. It reads the organization's people, so it runs
	 * where the model may be read (the UI thread, in the workbench).
	 *
	 * @param parsed the parsed file
	 * @param people the organization whose people become task owners, matched by resource name
	 * @return the new plan and what could not be mapped
	 */
	public PlanImport map(ParsedPlan parsed, Organization people) {
		return new ProjectFileMapper(people).map(parsed.project(), parsed.fileName(), parsed.mpxLanguage());
	}

	/**
	 * A project file read and parsed by {@link ProjectPlanImporter#parse(Path)}, not yet mapped to a plan.
	 *
	 * @param project     the project as the file describes it
	 * @param fileName    the file's name
	 * @param mpxLanguage the language of an MPX file, or {@code null} for other formats
	 */
	public record ParsedPlan(ProjectFile project, String fileName, Locale mpxLanguage) {
	}

	private static ParsedPlan parse(InputStream in, String fileName) throws PlanImportException {
		String prefix = "The project plan \"" + fileName + "\" ";
		try {
			byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
			if (bytes.length > MAX_FILE_BYTES) {
				throw new PlanImportException(prefix + "is larger than " + MAX_FILE_BYTES / (1024 * 1024)
						+ " MB; export only the get-well plan from the project tool and import that.", null);
			}
			if (MpxLanguages.isMpx(bytes)) {
				return parseMpx(bytes, fileName);
			}
			ProjectFile project = new UniversalProjectReader().read(new ByteArrayInputStream(bytes));
			if (project == null) {
				throw new PlanImportException(prefix + "is not in a format this product reads. Save it from"
						+ " Microsoft Project as XML (.xml), MPX (.mpx) or Project (.mpp) and try again.", null);
			}
			return new ParsedPlan(project, fileName, null);
		} catch (MPXJException e) {
			throw new PlanImportException(prefix + "could not be read; it looks damaged, incomplete or password"
					+ " protected (" + e.getMessage() + "). Open and save it again in Microsoft Project.", e);
		} catch (IOException | RuntimeException e) {
			throw new PlanImportException(prefix + "could not be read; it looks damaged or incomplete ("
					+ e.getClass().getSimpleName() + ": " + e.getMessage() + ").", e);
		} catch (LinkageError e) {
			throw new PlanImportException(prefix + "is in a format this product cannot read (it needs a component"
					+ " that is not installed). Save it from Microsoft Project as XML (.xml) and try again.", e);
		}
	}

	private static ParsedPlan parseMpx(byte[] bytes, String fileName) throws PlanImportException {
		try {
			MpxLanguages.Read read = MpxLanguages.read(bytes);
			return new ParsedPlan(read.project(), fileName, read.language());
		} catch (MPXJException e) {
			throw new PlanImportException("The project plan \"" + fileName + "\" is an MPX file that could not be read"
					+ " in any language this product reads MPX files in (" + MpxLanguages.supported() + "): "
					+ e.getMessage() + ". It may be damaged, or written by a Microsoft Project in another language;"
					+ " save it from Microsoft Project as XML (.xml) and import that.", e);
		}
	}
}
