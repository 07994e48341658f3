// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.core.validation.AdvocacyValidator;
import org.advocacy.ui.ide.ProblemMarkers;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.ide.IDE;

/**
 * Turns what the advocacy validation found into the attributes of {@link ProblemMarkers#TYPE} markers: one per
 * finding (a leaf of the diagnostic tree), with the rule's message, severity, location, the offending object's
 * URI fragment and feature, and the rule's code. Opening such a marker goes through {@link ProblemHandOver}.
 */
final class ProblemMarkerAttributes {

	private ProblemMarkerAttributes() {
	}

	/**
	 * @param validation the result of {@code AdvocacyValidation.validate} on the repository
	 * @return the attributes of one marker per problem found
	 */
	static List<Map<String, Object>> of(Diagnostic validation) {
		List<Map<String, Object>> markers = new ArrayList<>();
		collect(validation, markers);
		return markers;
	}

	private static void collect(Diagnostic diagnostic, List<Map<String, Object>> markers) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() > Diagnostic.OK) {
				markers.add(attributes(diagnostic));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, markers);
		}
	}

	private static Map<String, Object> attributes(Diagnostic problem) {
		List<?> data = problem.getData();
		EObject object = !data.isEmpty() && data.get(0) instanceof EObject first ? first : null;
		EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature second ? second
				: null;
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, problem.getMessage());
		attributes.put(IMarker.SEVERITY, severity(problem.getSeverity()));
		attributes.put(IDE.EDITOR_ID_ATTR, ProblemHandOver.ID);
		if (object != null && object.eResource() != null) {
			attributes.put(IMarker.LOCATION, ProblemLocation.of(object, feature));
			attributes.put(ProblemMarkers.URI_FRAGMENT, object.eResource().getURIFragment(object));
		}
		if (feature != null) {
			attributes.put(ProblemMarkers.FEATURE, feature.getName());
		}
		if (AdvocacyValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource())) {
			attributes.put(ProblemMarkers.RULE_CODE, problem.getCode());
		}
		return attributes;
	}

	private static int severity(int diagnosticSeverity) {
		if (diagnosticSeverity >= Diagnostic.ERROR) {
			return IMarker.SEVERITY_ERROR;
		}
		return diagnosticSeverity == Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}
}
