// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide;

import org.eclipse.core.resources.IMarker;

/**
 * The Problems-view markers of the advocacy validation rules: one marker of {@link #TYPE} per finding, on the
 * repository file linked into the workspace ({@link RepositoryLink}). Besides the standard
 * {@link IMarker#MESSAGE} (the rule's message for a support manager), {@link IMarker#SEVERITY} and
 * {@link IMarker#LOCATION} ("ADV-0042 › Situation Summary › Executive Summary"), a marker names the offending
 * object and feature, so that opening it goes to the field, and the rule it breaks.
 * <p>
 * The markers are not persistent: they are computed from the model whenever a repository opens and after every
 * command on its stack.
 */
public final class ProblemMarkers {

	/** The marker type, a subtype of {@code org.eclipse.core.resources.problemmarker}. */
	public static final String TYPE = "org.advocacy.ui.ide.problem";

	/** String attribute: the URI fragment of the offending object in the repository file (its UUID). */
	public static final String URI_FRAGMENT = "uriFragment";

	/** String attribute: the name of the offending feature of that object, when the rule names one. */
	public static final String FEATURE = "feature";

	/**
	 * Integer attribute: the code of the broken {@link org.advocacy.core.validation.Rule}; absent for EMF's own
	 * checks (multiplicities, data values).
	 */
	public static final String RULE_CODE = "ruleCode";

	/** The family of the jobs that keep the markers in step with the model, for {@code IJobManager.join}. */
	public static final Object JOB_FAMILY = ProblemMarkers.class;

	private ProblemMarkers() {
	}
}
