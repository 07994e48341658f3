// SPDX-License-Identifier: EPL-2.0
/**
 * The repository API that every store implements: the {@code *.advocacy} file (the embedded default, in
 * {@code org.advocacy.core.repository.file.internal}) and the team repository on PostgreSQL (its own bundle).
 *
 * <h2>Design note</h2>
 * <p>
 * <b>Locations pick stores.</b> {@link org.advocacy.core.repository.RepositoryLocation#parse} reads a path or a
 * server URI ({@code postgresql://host[:port][,host2...]/db[?params]}, credentials never in it);
 * {@link org.advocacy.core.repository.RepositoryProviders} opens it with the provider that supports it. The file
 * provider is built in; other stores {@link org.advocacy.core.repository.RepositoryProviders#register register}
 * from their own bundle, so core depends on no store and on no Eclipse runtime.
 * <p>
 * <b>Documents.</b> A repository is stored as documents ({@link org.advocacy.core.repository.DocumentKind}): the
 * catalog (name and reference data, under the repository root's UUID), the organization, each customer, each
 * engagement, each management review — the same UUIDs in a file and on a server. A caller works on a
 * {@link org.advocacy.core.repository.RepositoryModel}: one repository root shaped exactly like a file, into which
 * documents are loaded, so engines, editors and commands need not know which store they run on.
 * {@link org.advocacy.core.repository.Documents#documentOf} tells which document an object (and so a command)
 * belongs to.
 * <p>
 * <b>Headers first.</b> {@link org.advocacy.core.repository.EngagementHeader} (and
 * {@link org.advocacy.core.repository.CustomerHeader}) carry what lists, filters, due times, the agenda, the board
 * and the metrics read. {@link org.advocacy.core.repository.EngagementHeaders#of} is the one derivation both stores
 * use, so equal content gives equal headers. Bodies load only when an engagement is opened or evaluated.
 * <p>
 * <b>Versions and merging.</b> Each loaded document has the version it was loaded at (kept by the model). Saving
 * one document writes only that document and only if it is still at that version; otherwise the result is a
 * {@link org.advocacy.core.repository.SaveResult.VersionConflict} and nothing is written. The caller then merges
 * three ways per object and feature ({@code org.advocacy.core.merge}): disjoint edits merge silently, the same
 * feature changed differently is a conflict with the original, their and my value for the caller to decide,
 * edit-versus-delete is a conflict; nothing is overwritten silently. "Forbidden" is a
 * {@link org.advocacy.core.repository.ForbiddenException}, never confused with a conflict.
 * <p>
 * <b>Case numbers</b> are allocated by the store when an engagement is {@link org.advocacy.core.repository.Repository#create
 * created}: a file under its file lock (highest + 1), a team repository from a server sequence.
 * <p>
 * <b>Changes.</b> {@link org.advocacy.core.repository.Repository#subscribe} delivers ids and versions only, from a
 * {@link org.advocacy.core.repository.Watermark}; the watermark delta is the truth, notifications are hints, so a
 * reconnecting session catches up without missing anything. A file store reports "everything may have changed"
 * when its file changed. History is offered by stores that keep it
 * ({@link org.advocacy.core.repository.RepositoryCapabilities#keepsHistory()}); a file does not and says so.
 * <p>
 * <b>What the file store does.</b> Versions of a file's documents are the file's content stamp (a 64-bit hash of
 * its bytes, checked with size and modification time); a save rewrites the file from the content last read from it
 * with the one document replaced, under a lock file and atomically; if the file changed underneath, the document
 * is compared with the file's current copy and a version conflict is reported only when that document itself
 * changed. Headers of a file come from a header cache beside it, keyed by the file's stamp and rebuilt from the
 * file whenever they differ, so a 10,000-engagement file lists in well under a second.
 * <p>
 * <b>What a team store does.</b> One transaction per save through a server-side function that checks the role and
 * the expected version, writes the document, its header row (from {@code EngagementHeaders.of}) and its history,
 * and raises distinct errors for "forbidden" and "version conflict"; case numbers from a sequence; header deltas
 * and the change feed from the transaction watermark; {@code loadVersion} from the version history.
 */
package org.advocacy.core.repository;
