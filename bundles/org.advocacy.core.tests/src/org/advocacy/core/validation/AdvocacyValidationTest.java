// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.advocacy.model.AdvocacyPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;

/** The rules reach EMF through the global registry, idempotently, or through a private one. */
class AdvocacyValidationTest {

	@Test
	void registeringTwiceLeavesOneValidatorThatEmfUses() {
		AdvocacyValidation.register();
		AdvocacyValidation.register();
		assertSame(AdvocacyValidator.INSTANCE, EValidator.Registry.INSTANCE.get(AdvocacyPackage.eINSTANCE));
		Fixture fixture = new Fixture();
		fixture.task.setOwner(null);
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(fixture.repository);
		assertEquals(Rule.TASK_OWNER_MISSING.code(), diagnostic.getChildren().get(0).getCode());
	}

	@Test
	void aPrivateRegistryLeavesTheGlobalOneAlone() {
		EValidator.Registry global = EValidator.Registry.INSTANCE;
		Object before = global.get(AdvocacyPackage.eINSTANCE);
		EValidator.Registry registry = AdvocacyValidation.newRegistry();
		assertSame(AdvocacyValidator.INSTANCE, registry.getEValidator(AdvocacyPackage.eINSTANCE));
		registry.put(AdvocacyPackage.eINSTANCE, EObjectValidator.INSTANCE);
		assertSame(before, global.get(AdvocacyPackage.eINSTANCE));
	}
}
