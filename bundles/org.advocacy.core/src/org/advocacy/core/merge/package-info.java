// SPDX-License-Identifier: EPL-2.0
/**
 * Three-way merging of documents, so that concurrent edits are merged or surfaced and never overwritten silently.
 * <p>
 * {@link org.advocacy.core.merge.DocumentState} reads a version of a document into values per object UUID and
 * feature. {@link org.advocacy.core.merge.ThreeWayMerge} compares the original (the version I loaded), theirs (the
 * version stored now) and mine: a feature only I changed takes my value, one only they changed keeps theirs, equal
 * changes are fine; the same feature changed differently is a {@link org.advocacy.core.merge.Conflict} with all
 * three values; lists of contained or referenced objects merge by UUID (adds and removes of both sides kept);
 * editing what the other side deleted is a conflict. The caller resolves conflicts (original, theirs, mine, or a
 * typed value) and gets the merged document, applied to its own copy as one undoable command or to any copy
 * directly by a {@link org.advocacy.core.merge.DocumentPatch}.
 * <p>
 * {@link org.advocacy.core.merge.MergingSaver} runs the whole round for any store: save, and on a version
 * conflict read original and theirs, merge, take their changes into the working copy, save again.
 * {@link org.advocacy.core.merge.FeatureChanges} gives the feature-level change log between two versions, for a
 * store's history.
 */
package org.advocacy.core.merge;
