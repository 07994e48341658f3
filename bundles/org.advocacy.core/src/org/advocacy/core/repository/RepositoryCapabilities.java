// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/**
 * What a store offers beyond the operations every store has, so callers can offer or hide a feature up front.
 *
 * @param keepsHistory       whether {@link Repository#history} and older versions in
 *                           {@link Repository#loadVersion} are available (a team store: yes; a file: no)
 * @param pushesChanges      whether the change feed announces other people's saves as they happen (a team
 *                           store) rather than noticing that the whole repository changed (a file)
 * @param perDocumentChanges whether the change feed and header deltas name the documents that changed; when
 *                           {@code false} they say only that everything may have changed
 */
public record RepositoryCapabilities(boolean keepsHistory, boolean pushesChanges, boolean perDocumentChanges) {
}
