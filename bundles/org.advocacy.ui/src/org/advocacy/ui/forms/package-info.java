// SPDX-License-Identifier: EPL-2.0
/**
 * Forms on a repository's model, shared by the engagement editor, the organization editor and pages other bundles
 * contribute: the page base ({@link org.advocacy.ui.forms.RepositoryFormPage}), labelled fields bound to features
 * ({@link org.advocacy.ui.forms.FormFields}), tables of a list feature edited in place
 * ({@link org.advocacy.ui.forms.FeatureTable}, {@link org.advocacy.ui.forms.FeatureEditingSupport}), sections and
 * buttons. Every edit made through them is an undoable command on the file's editing domain.
 */
package org.advocacy.ui.forms;
