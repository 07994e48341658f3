// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.advocacy.core.persistence.AtomicFiles;
import org.advocacy.core.repository.CustomerHeader;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.NamedReference;
import org.advocacy.model.EngagementState;
import org.advocacy.model.StatusColour;
import org.advocacy.model.Urgency;

/**
 * The header cache beside a repository file ({@code .<name>.headers}): the file's {@link FileHeaders} in a compact
 * binary form, keyed by the file's size, modification time and content hash. It is only ever a shortcut: read only
 * when all three match the file as it is now, rebuilt from the file otherwise, and a cache that cannot be read (an
 * older format, damage) is ignored like a missing one. It lets a 10,000-engagement file list its engagements in a
 * fraction of the time parsing it takes.
 */
final class HeaderCache {

	private static final int MAGIC = 0x41445648; // "ADVH"
	private static final int FORMAT = 1;

	private HeaderCache() {
	}

	/** @return the cache file of a repository file */
	static Path cacheFile(Path file) {
		return file.resolveSibling("." + file.getFileName() + ".headers");
	}

	/**
	 * @param file  the repository file
	 * @param stamp the file's current stamp
	 * @return the cached headers, when the cache is for exactly that content
	 */
	static Optional<FileHeaders> read(Path file, FileStamp stamp) {
		Path cache = cacheFile(file);
		try (InputStream stream = Files.newInputStream(cache);
				DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16))) {
			if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
				return Optional.empty();
			}
			FileStamp cached = new FileStamp(in.readLong(), in.readLong(), in.readLong());
			if (!cached.equals(stamp)) {
				return Optional.empty();
			}
			return Optional.of(new Reader(in).headers(stamp));
		} catch (NoSuchFileException missing) {
			return Optional.empty();
		} catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	/**
	 * Writes the cache atomically; a folder that cannot be written only costs the shortcut.
	 *
	 * @param file    the repository file
	 * @param headers its headers
	 * @return whether the cache was written
	 */
	static boolean write(Path file, FileHeaders headers) {
		try {
			AtomicFiles.write(cacheFile(file), stream -> {
				DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
				new Writer(out).headers(headers);
				out.flush();
			});
			return true;
		} catch (IOException | RuntimeException unwritable) {
			return false;
		}
	}

	private static final class Writer {

		private final DataOutputStream out;

		Writer(DataOutputStream out) {
			this.out = out;
		}

		void headers(FileHeaders headers) throws IOException {
			out.writeInt(MAGIC);
			out.writeInt(FORMAT);
			out.writeLong(headers.stamp().size());
			out.writeLong(headers.stamp().modified());
			out.writeLong(headers.stamp().hash());
			out.writeInt(headers.engagements().size());
			for (EngagementHeader header : headers.engagements()) {
				engagement(header);
			}
			out.writeInt(headers.customers().size());
			for (CustomerHeader customer : headers.customers()) {
				text(customer.id());
				text(customer.name());
				reference(customer.segment());
				reference(customer.businessUnit());
				out.writeInt(customer.productLines().size());
				for (NamedReference line : customer.productLines()) {
					reference(line);
				}
				out.writeLong(customer.version());
			}
			out.writeInt(headers.documents().size());
			for (DocumentSummary document : headers.documents()) {
				out.writeByte(document.id().kind().ordinal());
				text(document.id().uuid());
				out.writeLong(document.version());
				text(document.label());
			}
		}

		private void engagement(EngagementHeader header) throws IOException {
			text(header.id());
			text(header.key());
			text(header.title());
			out.writeByte(header.state() == null ? -1 : header.state().getValue());
			out.writeByte(header.colour() == null ? -1 : header.colour().getValue());
			out.writeBoolean(header.colourOverridden());
			out.writeByte(header.urgency() == null ? -1 : header.urgency().getValue());
			reference(header.customer());
			reference(header.segment());
			reference(header.advocate());
			reference(header.reason());
			reference(header.businessUnit());
			reference(header.productLine());
			instant(header.openedAt());
			instant(header.closedAt());
			instant(header.nextUpdateDue());
			instant(header.heldDraftReadyAt());
			instant(header.nextStepDue());
			text(header.nextStepContact());
			out.writeBoolean(header.ladderExhausted());
			out.writeInt(header.activeLadders());
			out.writeDouble(header.effortHours());
			decimal(header.effortCost());
			decimal(header.expenses());
			out.writeLong(header.version());
		}

		private void reference(NamedReference reference) throws IOException {
			out.writeBoolean(reference != null);
			if (reference != null) {
				text(reference.id());
				text(reference.name());
			}
		}

		private void instant(Instant instant) throws IOException {
			out.writeBoolean(instant != null);
			if (instant != null) {
				out.writeLong(instant.getEpochSecond());
				out.writeInt(instant.getNano());
			}
		}

		private void decimal(BigDecimal value) throws IOException {
			byte[] unscaled = value.unscaledValue().toByteArray();
			out.writeInt(value.scale());
			out.writeShort(unscaled.length);
			out.write(unscaled);
		}

		private void text(String text) throws IOException {
			if (text == null) {
				out.writeInt(-1);
				return;
			}
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			out.writeInt(bytes.length);
			out.write(bytes);
		}
	}

	private static final class Reader {

		private final DataInputStream in;

		Reader(DataInputStream in) {
			this.in = in;
		}

		FileHeaders headers(FileStamp stamp) throws IOException {
			int engagementCount = count();
			List<EngagementHeader> engagements = new ArrayList<>(engagementCount);
			for (int i = 0; i < engagementCount; i++) {
				engagements.add(engagement());
			}
			int customerCount = count();
			List<CustomerHeader> customers = new ArrayList<>(customerCount);
			for (int i = 0; i < customerCount; i++) {
				String id = text();
				String name = text();
				NamedReference segment = reference();
				NamedReference unit = reference();
				int lineCount = count();
				List<NamedReference> lines = new ArrayList<>(lineCount);
				for (int l = 0; l < lineCount; l++) {
					lines.add(reference());
				}
				customers.add(new CustomerHeader(id, name, segment, unit, lines, in.readLong()));
			}
			int documentCount = count();
			List<DocumentSummary> documents = new ArrayList<>(documentCount);
			for (int i = 0; i < documentCount; i++) {
				DocumentKind kind = DocumentKind.values()[in.readByte()];
				String id = text();
				long version = in.readLong();
				documents.add(new DocumentSummary(new DocumentId(kind, id), version, text(), null, null));
			}
			if (in.read() != -1) {
				throw new IOException("trailing bytes in the header cache");
			}
			return new FileHeaders(stamp, engagements, customers, documents);
		}

		private EngagementHeader engagement() throws IOException {
			String id = text();
			String key = text();
			String title = text();
			EngagementState state = EngagementState.get(in.readByte());
			StatusColour colour = StatusColour.get(in.readByte());
			boolean overridden = in.readBoolean();
			Urgency urgency = Urgency.get(in.readByte());
			NamedReference customer = reference();
			NamedReference segment = reference();
			NamedReference advocate = reference();
			NamedReference reason = reference();
			NamedReference unit = reference();
			NamedReference line = reference();
			Instant opened = instant();
			Instant closed = instant();
			Instant nextUpdate = instant();
			Instant draftReady = instant();
			Instant nextStep = instant();
			String contact = text();
			boolean exhausted = in.readBoolean();
			int active = in.readInt();
			double hours = in.readDouble();
			BigDecimal effort = decimal();
			BigDecimal expenses = decimal();
			long version = in.readLong();
			return new EngagementHeader(id, key, title, state, colour, overridden, urgency, customer, segment,
					advocate, reason, unit, line, opened, closed, nextUpdate, draftReady, nextStep, contact, exhausted,
					active, hours, effort, expenses, version, null, null);
		}

		private NamedReference reference() throws IOException {
			return in.readBoolean() ? new NamedReference(text(), text()) : null;
		}

		private Instant instant() throws IOException {
			return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
		}

		private BigDecimal decimal() throws IOException {
			int scale = in.readInt();
			byte[] unscaled = new byte[in.readShort()];
			in.readFully(unscaled);
			return new BigDecimal(new BigInteger(unscaled), scale);
		}

		private int count() throws IOException {
			int count = in.readInt();
			if (count < 0 || count > 50_000_000) {
				throw new IOException("implausible count " + count);
			}
			return count;
		}

		private String text() throws IOException {
			int length = in.readInt();
			if (length < 0) {
				return null;
			}
			byte[] bytes = new byte[length];
			in.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}
}
