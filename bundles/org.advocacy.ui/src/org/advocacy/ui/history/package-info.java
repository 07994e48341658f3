// SPDX-License-Identifier: EPL-2.0
/**
 * The History view: every saved version of an engagement in a repository that keeps history (who, when, from which
 * program, which fields changed), the escalation's ladder attempts as its accountability trail, and any version
 * opened read-only. {@link org.advocacy.ui.history.HistoryView#show} is how the rest of the workbench asks for it.
 */
package org.advocacy.ui.history;
