// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.mail;

import java.util.Locale;

import org.eclipse.angus.mail.handlers.multipart_mixed;
import org.eclipse.angus.mail.handlers.text_html;
import org.eclipse.angus.mail.handlers.text_plain;

import jakarta.activation.CommandInfo;
import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;
import jakarta.activation.DataHandler;

/**
 * The content handlers that write the parts of the messages built here: Angus Mail's handlers for text and
 * multipart content, handed to each {@link DataHandler} directly. Jakarta Activation would otherwise look them up in
 * mailcap files through the context class loader and a service-loaded registry, which inside OSGi finds nothing
 * ("no object DCH for MIME type multipart/alternative"); handing them over also leaves the JVM-wide default command
 * map alone.
 */
final class MailContentHandlers extends CommandMap {

	/** The one instance; it holds no state. */
	static final MailContentHandlers INSTANCE = new MailContentHandlers();

	private MailContentHandlers() {
	}

	/** @return a data handler for the content that writes it with these handlers */
	static DataHandler dataHandler(Object content, String type) {
		DataHandler handler = new DataHandler(content, type);
		handler.setCommandMap(INSTANCE);
		return handler;
	}

	@Override
	public DataContentHandler createDataContentHandler(String mimeType) {
		String type = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/")) {
			return new multipart_mixed();
		}
		if (type.startsWith("text/html")) {
			return new text_html();
		}
		if (type.startsWith("text/")) {
			return new text_plain();
		}
		return null;
	}

	@Override
	public CommandInfo[] getPreferredCommands(String mimeType) {
		return new CommandInfo[0];
	}

	@Override
	public CommandInfo[] getAllCommands(String mimeType) {
		return new CommandInfo[0];
	}

	@Override
	public CommandInfo getCommand(String mimeType, String cmdName) {
		return null;
	}

	@Override
	public String[] getMimeTypes() {
		return new String[] { "text/plain", "text/html", "text/calendar", "multipart/alternative" };
	}
}
