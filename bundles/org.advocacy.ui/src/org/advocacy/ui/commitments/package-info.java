// SPDX-License-Identifier: EPL-2.0
/**
 * Root-cause commitments in the workbench: the table that shows them with the engine's overdue verdict, the dialog
 * that asks management for one or edits it, and the actions (ask, edit, start, done, drop with a reason, reopen) that
 * the engagement editor and the Management Review perspective share, each one undoable command of
 * {@link org.advocacy.core.commands.CommitmentCommands}.
 */
package org.advocacy.ui.commitments;
