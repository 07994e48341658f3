// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.advocacy.model.Engagement;

/**
 * A file format an export offers, e.g. "HTML (*.html)", with the way its content is taken from an engagement.
 *
 * @param name      the format's name as the wizard offers it
 * @param extension the file extension, without the dot
 * @param content   takes the content from an engagement, on the UI thread
 */
public record ExportFormat(String name, String extension, Preparer content) {

	/** Takes an export's content from an engagement; runs on the UI thread, so it may read the model. */
	@FunctionalInterface
	public interface Preparer {

		/**
		 * @param engagement the engagement exported
		 * @param options    the choices made in the wizard
		 * @return the content to write
		 * @throws IOException when the content cannot be produced
		 */
		ExportContent prepare(Engagement engagement, ExportOptions options) throws IOException;
	}

	/**
	 * @param name      the format's name
	 * @param extension the file extension
	 * @param text      makes the document's text
	 * @return a format whose content is UTF-8 text
	 */
	public static ExportFormat text(String name, String extension, TextMaker text) {
		return new ExportFormat(name, extension, (engagement, options) -> {
			byte[] bytes = text.make(engagement, options).getBytes(StandardCharsets.UTF_8);
			return out -> out.write(bytes);
		});
	}

	/** Makes a text document from an engagement. */
	@FunctionalInterface
	public interface TextMaker {

		/**
		 * @param engagement the engagement exported
		 * @param options    the choices made in the wizard
		 * @return the document's text
		 */
		String make(Engagement engagement, ExportOptions options);
	}

	/** @return the name and the file pattern, e.g. "HTML (*.html)" */
	public String label() {
		return name + " (*." + extension + ")";
	}
}
