// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.outbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;

import org.advocacy.core.merge.DocumentState;
import org.advocacy.core.persistence.AdvocacyResource;
import org.advocacy.core.persistence.AtomicFiles;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.ObjectIds;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One outbox file: a header of properties (format, repository location, document, base version, when, why), a
 * blank line, then the document's content as the repository file format writes it (XMI with every object's UUID;
 * references to other documents by UUID). Written atomically; read strictly, so that a damaged file is reported
 * instead of half read.
 */
final class OutboxFile {

	static final String SUFFIX = ".outbox";
	private static final String FORMAT = "advocacy-outbox 1";
	private static final byte[] SEPARATOR = "\n\n".getBytes(StandardCharsets.UTF_8);

	/** A file that is not a readable pending change; {@link #getMessage()} says why. */
	static final class UnreadableException extends Exception {
		private static final long serialVersionUID = 1L;

		UnreadableException(String problem, Throwable cause) {
			super(problem, cause);
		}
	}

	/**
	 * A pending change read back, with its content.
	 *
	 * @param change  the change
	 * @param content the document as the user left it
	 */
	record Read(PendingChange change, DocumentState content) {
	}

	private OutboxFile() {
	}

	/** @return the outbox file of a document in a folder */
	static Path of(Path directory, DocumentId id) {
		return directory.resolve(id.kind().name().toLowerCase(Locale.ROOT) + "-"
				+ id.uuid().replaceAll("[^A-Za-z0-9_-]", "_") + SUFFIX);
	}

	/**
	 * Writes a document's content and where it came from, replacing an earlier file of the same document.
	 *
	 * @param change   what to write in the header; its file is where
	 * @param location the repository location, as {@code RepositoryLocation.text()}
	 * @param document the document's root object in a working model
	 */
	static void write(PendingChange change, String location, EObject document) throws IOException {
		Properties header = new Properties();
		header.setProperty("format", FORMAT);
		header.setProperty("location", location);
		header.setProperty("kind", change.id().kind().name());
		header.setProperty("uuid", change.id().uuid());
		header.setProperty("label", change.label());
		change.baseVersion().ifPresent(version -> header.setProperty("base", Long.toString(version)));
		header.setProperty("queued", change.queuedAt().toString());
		header.setProperty("reason", change.reason());
		StringWriter headerText = new StringWriter();
		header.store(headerText, null);
		byte[] content = content(change.id(), document);
		AtomicFiles.write(change.file(), out -> {
			out.write(headerText.toString().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)); // values have no line breaks
			out.write('\n');
			out.write(content);
		});
	}

	/** @return the document as XMI: a copy that keeps the UUIDs, its references to other documents by UUID */
	private static byte[] content(DocumentId id, EObject document) throws IOException {
		AdvocacyResource resource = new AdvocacyResource(contentUri(id));
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject copy = copier.copy(document);
		copier.copyReferences();
		resource.getContents().add(copy);
		copier.forEach((original, copied) -> resource.setID(copied, ObjectIds.of(original)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of());
		return out.toByteArray();
	}

	private static URI contentUri(DocumentId id) {
		return URI.createURI("outbox:/" + id.kind().name().toLowerCase(Locale.ROOT) + "/" + id.uuid());
	}

	/**
	 * @param file     an outbox file
	 * @param location the location of the outbox's repository, as {@code RepositoryLocation.text()}
	 * @return the change and its content
	 * @throws IOException          when the file cannot be read at all
	 * @throws UnreadableException when it is not a pending change of that repository
	 */
	static Read read(Path file, String location) throws IOException, UnreadableException {
		byte[] bytes = Files.readAllBytes(file);
		int split = indexOf(bytes, SEPARATOR);
		if (split < 0) {
			throw new UnreadableException("it has no header, or the header does not end (the file may be truncated)",
					null);
		}
		Properties header = new Properties();
		header.load(new StringReader(new String(bytes, 0, split + 1, StandardCharsets.UTF_8)));
		if (!FORMAT.equals(header.getProperty("format"))) {
			throw new UnreadableException("it is not an outbox file of this program (format '"
					+ header.getProperty("format") + "')", null);
		}
		if (!location.equals(header.getProperty("location"))) {
			throw new UnreadableException("it belongs to another repository, " + header.getProperty("location"), null);
		}
		PendingChange change = change(header, file);
		DocumentState content = content(change.id(), Arrays.copyOfRange(bytes, split + SEPARATOR.length, bytes.length));
		return new Read(change, content);
	}

	private static PendingChange change(Properties header, Path file) throws UnreadableException {
		try {
			DocumentId id = new DocumentId(DocumentKind.valueOf(required(header, "kind")), required(header, "uuid"));
			String base = header.getProperty("base");
			return new PendingChange(id, required(header, "label"),
					base == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(base)),
					Instant.parse(required(header, "queued")), required(header, "reason"), file);
		} catch (IllegalArgumentException | DateTimeParseException e) {
			throw new UnreadableException("its header is damaged: " + e.getMessage(), e);
		}
	}

	private static String required(Properties header, String key) {
		String value = header.getProperty(key);
		if (value == null) {
			throw new IllegalArgumentException("'" + key + "' is missing");
		}
		return value;
	}

	private static DocumentState content(DocumentId id, byte[] xmi) throws UnreadableException {
		ResourceSet resourceSet = RepositoryStore.newResourceSet();
		AdvocacyResource resource = new AdvocacyResource(contentUri(id));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(xmi), Map.of());
		} catch (IOException | RuntimeException e) {
			throw new UnreadableException("its content is damaged: " + e.getMessage(), e);
		}
		if (resource.getContents().size() != 1) {
			throw new UnreadableException("it holds " + resource.getContents().size() + " documents instead of one",
					null);
		}
		EObject root = resource.getContents().get(0);
		try {
			DocumentId found = Documents.idOf(root);
			if (!found.equals(id)) {
				throw new UnreadableException("its header names " + id + " but it holds " + found, null);
			}
			return DocumentState.of(id.kind(), root);
		} catch (IllegalArgumentException | IllegalStateException e) {
			throw new UnreadableException("its content is not a document: " + e.getMessage(), e);
		}
	}

	private static int indexOf(byte[] bytes, byte[] wanted) {
		outer: for (int i = 0; i + wanted.length <= bytes.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (bytes[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
