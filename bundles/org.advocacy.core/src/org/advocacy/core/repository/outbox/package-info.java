// SPDX-License-Identifier: EPL-2.0
/**
 * The offline outbox: a document whose save failed because the repository could not be reached waits on the
 * local disk, as the content the user made and the version it was based on, until it can be pushed through the
 * same three-way merge as any save. Nothing in it is ever dropped: a change is removed only once saved, a
 * conflict stays until the user decides it, an unreadable file is reported by name and left where it is.
 * Headless: the workbench, the command line and tests use it alike.
 */
package org.advocacy.core.repository.outbox;
