// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * An open repository: a {@code *.advocacy} file or a team repository on a server, behind one API. Open one with
 * {@link RepositoryProviders#open}; close it when done.
 * <p>
 * <b>Headers first.</b> Lists, filters, due times, the review agenda and the metrics work from
 * {@link #listHeaders header rows}; a document's body is loaded only when it is opened or evaluated.
 * <p>
 * <b>Documents.</b> A repository is stored as {@link DocumentKind documents}, each with a version. A caller works
 * on a {@link RepositoryModel}: one repository root in its resource set, shaped like a file, into which documents
 * are loaded. Saving writes one document and expects the stored version to be the one the model recorded for it;
 * if someone saved it meanwhile the result is a {@link SaveResult.VersionConflict}, nothing is written, and the
 * caller merges three ways (the version it loaded, the current one, its own) and saves again — see
 * {@code org.advocacy.core.merge.MergingSaver}. Nothing is ever overwritten silently.
 * <p>
 * <b>Errors.</b> Every failure is a {@link RepositoryException} whose message names the repository and document:
 * {@link ForbiddenException} (the user's role may not), {@link RepositoryUnavailableException} (unreachable, with
 * the fate of an interrupted write), {@link DocumentNotFoundException}, {@link InvalidContentException} (malformed
 * or hostile content refused), {@link IncompatibleRepositoryException} (made by a newer program: read-only),
 * {@link UnsupportedRepositoryOperationException} (see {@link #capabilities()}).
 * <p>
 * Implementations are thread-safe: a background job may list headers while another saves. A
 * {@link RepositoryModel} itself belongs to the thread of its editing domain.
 */
public interface Repository extends AutoCloseable {

	/** @return where the repository lives */
	RepositoryLocation location();

	/** @return who is working on it and with which role (a file: the local user, with every right) */
	RepositoryUser user();

	/** @return what this store offers beyond the common operations */
	RepositoryCapabilities capabilities();

	/**
	 * Lists engagement and customer headers: all of them, or what changed since a watermark.
	 *
	 * @param since {@link Watermark#BEGINNING} for everything, else the watermark of an earlier listing or change
	 *              batch of this repository
	 * @return the headers and the watermark to continue from; a store that cannot tell what changed answers with
	 *         a complete listing
	 * @throws RepositoryException when the repository cannot be read
	 */
	HeaderListing listHeaders(Watermark since) throws RepositoryException;

	/**
	 * @param kind a kind of document
	 * @return every stored document of that kind the user may read, without bodies (e.g. the management reviews)
	 * @throws RepositoryException when the repository cannot be read
	 */
	List<DocumentSummary> listDocuments(DocumentKind kind) throws RepositoryException;

	/**
	 * Opens a working model in the caller's resource set with the documents everything refers to loaded: the
	 * catalog and the organization. A file store loads every document (the file holds them together); a team
	 * store loads engagement, customer and review bodies on {@link #load}. The versions of the loaded documents
	 * are recorded in the model.
	 *
	 * @param resourceSet the caller's resource set (its editing domain's)
	 * @return the working model
	 * @throws RepositoryException when the repository cannot be read or its content is refused
	 */
	RepositoryModel openModel(ResourceSet resourceSet) throws RepositoryException;

	/**
	 * Brings the current stored version of a document into a working model: added when it is not loaded,
	 * replaced when it is (the model's unsaved changes to that document are then dropped: merge first when it has
	 * any). Loading an engagement also loads the customer documents it refers to that are not loaded yet. The
	 * version is recorded in the model.
	 *
	 * @param model a working model of this repository
	 * @param id    the document
	 * @return the document's root object in the model
	 * @throws DocumentNotFoundException when it is not stored (or not visible to the user)
	 * @throws RepositoryException       when it cannot be read or its content is refused
	 */
	EObject load(RepositoryModel model, DocumentId id) throws RepositoryException;

	/**
	 * Loads every stored document of a kind the user may read into a working model; those already loaded stay as
	 * they are (e.g. the management reviews, for the review agenda).
	 *
	 * @param model a working model of this repository
	 * @param kind  a kind of document
	 * @return the documents' root objects in the model, in the order the store lists them
	 * @throws RepositoryException when they cannot be read or their content is refused
	 */
	default List<EObject> loadAll(RepositoryModel model, DocumentKind kind) throws RepositoryException {
		List<EObject> loaded = new ArrayList<>();
		for (DocumentSummary summary : listDocuments(kind)) {
			Optional<EObject> present = model.document(summary.id());
			loaded.add(present.isPresent() ? present.get() : load(model, summary.id()));
		}
		return loaded;
	}

	/**
	 * Reads one version of a document into a new resource of the given set, outside any working model: the
	 * original and the current version for a three-way merge, or an old version to show read-only. The copy keeps
	 * the objects' UUIDs; its references to other documents point to objects with the same UUIDs (resolved in the
	 * target set when loaded there, else proxies named by UUID).
	 * <p>
	 * Every store offers the current version and the versions a working model of this repository object loaded
	 * or saved; a store that {@link RepositoryCapabilities#keepsHistory() keeps history} offers every version.
	 *
	 * @param id      the document
	 * @param version the version wanted
	 * @param target  where to create the resource holding the copy
	 * @return the copy's root object
	 * @throws DocumentNotFoundException when the document or that version is not available
	 * @throws RepositoryException       when it cannot be read or its content is refused
	 */
	EObject loadVersion(DocumentId id, long version, ResourceSet target) throws RepositoryException;

	/**
	 * Saves one document of a working model, if the stored document is still the version the model recorded for
	 * it. Only that document is written: other documents of the model, changed or not, are not (a file store
	 * rewrites its file — that is the file format — with its current content and this one document replaced, under
	 * a lock and atomically). The new version is recorded in the model.
	 *
	 * @param model a working model of this repository
	 * @param id    a loaded document
	 * @return {@link SaveResult.Saved}, or {@link SaveResult.VersionConflict} when it was changed or deleted
	 *         meanwhile (nothing written)
	 * @throws ForbiddenException       when the user may not change it
	 * @throws InvalidContentException  when it cannot be written, e.g. it refers to a document that is not stored
	 *                                  yet (save that one first)
	 * @throws IllegalArgumentException when the document is not in the model or has no recorded version
	 * @throws RepositoryException      when the repository cannot be written; see
	 *                                  {@link RepositoryUnavailableException#outcome()}
	 */
	SaveResult save(RepositoryModel model, DocumentId id) throws RepositoryException;

	/**
	 * Stores a document that was created in a working model and never stored (an engagement, a customer, a
	 * review). For an engagement the store allocates the case number — a file takes the highest number in the
	 * file plus one under the file lock, a team store a server sequence, so two clients never get the same one —
	 * and sets it on the model's engagement directly, not through a command: a case number is an identity handed
	 * out by the store, not an edit to undo. The version is recorded in the model. Creating a document that was
	 * deleted meanwhile stores it again (a merge decided to keep it).
	 *
	 * @param model    a working model of this repository
	 * @param document the new document's root object, already in the model
	 * @return {@link SaveResult.Saved}, or {@link SaveResult.VersionConflict} when a document with its UUID is
	 *         already stored
	 * @throws ForbiddenException  when the user may not create it
	 * @throws RepositoryException when it cannot be written
	 */
	SaveResult create(RepositoryModel model, EObject document) throws RepositoryException;

	/**
	 * Deletes a stored document if it is still the version the model recorded. The model is not changed (the
	 * caller removes the object with a command); its version record is dropped.
	 *
	 * @param model a working model of this repository
	 * @param id    the document
	 * @return {@link SaveResult.Saved} with the version of the deletion, or {@link SaveResult.VersionConflict}
	 *         when it was changed meanwhile (nothing deleted: an edit-versus-delete conflict for the caller)
	 * @throws ForbiddenException  when the user may not delete it
	 * @throws RepositoryException when it cannot be written
	 */
	SaveResult delete(RepositoryModel model, DocumentId id) throws RepositoryException;

	/**
	 * Starts the change feed: the listener hears of every document saved or deleted after the watermark, by
	 * anyone, this session included, first catching up from the watermark. A team store is told by the server
	 * within a second and polls the watermark as a fallback; a file store notices the file changed and reports a
	 * {@link ChangeBatch#complete() complete} batch. After a lost connection the feed reconnects by itself and
	 * catches up from the last watermark delivered.
	 *
	 * @param since    the watermark of the caller's last listing or batch
	 * @param listener called on the store's thread
	 * @return the running feed; close it to stop
	 * @throws RepositoryException when the feed cannot start
	 */
	Subscription subscribe(Watermark since, ChangeListener listener) throws RepositoryException;

	/**
	 * @param id a document
	 * @return every saved version of it, oldest first, with who, when, from which client and the feature-level
	 *         changes; only the store's own save path writes history
	 * @throws UnsupportedRepositoryOperationException when the store keeps no history (a repository file keeps only
	 *                                                 its current content)
	 * @throws RepositoryException                     when it cannot be read
	 */
	List<HistoryEntry> history(DocumentId id) throws RepositoryException;

	/** Stops the change feeds and releases connections, locks and caches. Closing twice does nothing. */
	@Override
	void close();
}
