// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * A {@link Diagnostician} that names objects and features the way the advocacy rules do, so that EMF's own
 * messages ("The required feature 'customer' of … must be set") also say "Engagement ADV-0042 'Payroll outage'"
 * and "customer" instead of an object identity and a Java field name.
 */
public class AdvocacyDiagnostician extends Diagnostician {

	/**
	 * Creates a diagnostician over the given validators.
	 *
	 * @param registry the validators to use, e.g. {@link AdvocacyValidation#newRegistry()} or
	 *                 {@link EValidator.Registry#INSTANCE} once {@link AdvocacyValidation#register()} ran
	 */
	public AdvocacyDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public String getObjectLabel(EObject eObject) {
		return Names.of(eObject);
	}

	@Override
	public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
		return Names.feature(eStructuralFeature);
	}
}
