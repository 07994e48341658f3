// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * How far a reader has seen a repository's changes. A reader keeps the watermark of its last listing or change
 * batch and asks for what changed since; the answer carries the next watermark. Lost notifications therefore lose
 * nothing: the watermark, not the notification, is the truth. Only the store that issued a watermark can read it
 * (a team store uses transaction ids, a file store the file's content stamp).
 *
 * @param value the store's position; {@link #BEGINNING} asks for everything
 */
public record Watermark(long value) {

	/** Before every change: asking for changes since it lists everything. */
	public static final Watermark BEGINNING = new Watermark(0);

	/** @return whether this is {@link #BEGINNING} */
	public boolean isBeginning() {
		return value == 0;
	}
}
