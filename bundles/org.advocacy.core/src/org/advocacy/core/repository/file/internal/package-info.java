// SPDX-License-Identifier: EPL-2.0
/**
 * The file store: a repository kept in one {@code *.advocacy} file behind the repository API
 * ({@link org.advocacy.core.repository.file.internal.FileRepository}), opened through
 * {@link org.advocacy.core.repository.RepositoryProviders} for every file location. Besides the file it keeps a
 * lock file ({@code .<name>.lock}) that orders writers and a header cache ({@code .<name>.headers}) keyed by the
 * file's size, modification time and content hash.
 */
package org.advocacy.core.repository.file.internal;
