// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.exports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One export's content, taken from the model on the UI thread and written to its file in the background: it holds
 * only what it needs to write (text, bytes), never the model objects themselves.
 */
@FunctionalInterface
public interface ExportContent {

	/**
	 * @param out where the content goes; not closed
	 * @throws IOException when it cannot be written
	 */
	void writeTo(OutputStream out) throws IOException;
}
