// SPDX-License-Identifier: EPL-2.0
/**
 * The workbench's side of the offline outbox: where each repository's outbox lives
 * ({@link org.advocacy.ui.conflicts.WorkbenchOutboxes}) and the Conflicts view, which lists what waits in it and
 * lets the user decide the changes that conflict with what others saved meanwhile.
 */
package org.advocacy.ui.conflicts;
