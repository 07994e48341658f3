// SPDX-License-Identifier: EPL-2.0
/**
 * Deciding a three-way merge with the user: {@link org.advocacy.ui.merge.MergeDialog} lists every conflict of a
 * {@link org.advocacy.core.merge.Merge} with its original, their and my value, and resolves the merge only when
 * the user decided each one.
 */
package org.advocacy.ui.merge;
