// SPDX-License-Identifier: EPL-2.0
/**
 * Starting from nothing in the workbench: the New Advocacy Repository wizard, the first-run choices when no
 * repository is open (new, open, the sample) and the job that prepares a repository file and opens it.
 */
package org.advocacy.ui.setup;
