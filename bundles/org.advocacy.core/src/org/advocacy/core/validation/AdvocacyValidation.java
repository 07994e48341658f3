// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import org.advocacy.model.AdvocacyPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;

/**
 * The entry point of validation: check a repository (or any part of it) against the advocacy rules, and make the
 * rules known to EMF so that editors, the "Validate" action and {@code Diagnostician.INSTANCE} use them.
 * <p>
 * {@link #validate(EObject)} works without touching the global registry, so headless callers and tests do not
 * depend on what else registered what.
 */
public final class AdvocacyValidation {

	private static final AdvocacyDiagnostician DIAGNOSTICIAN = new AdvocacyDiagnostician(newRegistry());

	private AdvocacyValidation() {
	}

	/**
	 * Validates the object and everything it contains with EMF's standard checks and the advocacy rules.
	 *
	 * @param object typically the {@link org.advocacy.model.AdvocacyRepository}
	 * @return the diagnostic tree: its severity is the worst found, its children the findings (for the advocacy
	 *         rules: source {@link AdvocacyValidator#DIAGNOSTIC_SOURCE}, code of a {@link Rule}, data = object,
	 *         feature, further objects involved)
	 */
	public static Diagnostic validate(EObject object) {
		return DIAGNOSTICIAN.validate(object);
	}

	/**
	 * Registers {@link AdvocacyValidator} for {@link AdvocacyPackage} in {@link EValidator.Registry#INSTANCE}.
	 * Calling it again changes nothing; a validator registered by someone else for the package is replaced, because
	 * the workbench must keep these rules.
	 */
	public static void register() {
		EValidator.Registry.INSTANCE.put(AdvocacyPackage.eINSTANCE, AdvocacyValidator.INSTANCE);
	}

	/**
	 * @return a new registry that has the advocacy validator for {@link AdvocacyPackage} and falls back on the
	 *         global registry for every other package; changing it leaves the global one untouched
	 */
	public static EValidator.Registry newRegistry() {
		EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
		registry.put(AdvocacyPackage.eINSTANCE, AdvocacyValidator.INSTANCE);
		return registry;
	}
}
