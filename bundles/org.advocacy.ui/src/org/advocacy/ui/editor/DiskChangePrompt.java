// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor;

import java.nio.file.Path;

/**
 * Asks the user what to do when the repository file was changed on disk by someone else. The workbench asks with
 * dialogs ({@link DiskChangeDialogs}); tests answer directly.
 */
public interface DiskChangePrompt {

	/**
	 * The file changed on disk while there are unsaved changes.
	 *
	 * @param file the repository file
	 * @return {@code true} to reload the file and discard the unsaved changes, {@code false} to keep them
	 */
	boolean reloadChangedFile(Path file);

	/**
	 * Saving would overwrite a change someone else made to the file.
	 *
	 * @param file the repository file
	 * @return {@code true} to overwrite the file, {@code false} not to save
	 */
	boolean overwriteChangedFile(Path file);
}
