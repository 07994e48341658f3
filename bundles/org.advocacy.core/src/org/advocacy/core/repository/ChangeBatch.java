// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.List;

/**
 * What changed in a repository since the subscriber's watermark.
 *
 * @param watermark where the next batch continues from
 * @param complete  {@code true} when the store cannot say which documents changed and the subscriber should
 *                  treat every document as possibly changed (a file rewritten by another program);
 *                  {@link #changes} is then empty
 * @param changes   the documents that changed, each once, with its newest version
 */
public record ChangeBatch(Watermark watermark, boolean complete, List<DocumentChange> changes) {

	/** Takes an unmodifiable copy. */
	public ChangeBatch {
		changes = List.copyOf(changes);
	}
}
