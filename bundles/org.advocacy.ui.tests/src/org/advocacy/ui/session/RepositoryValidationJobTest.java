// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.session;

import static org.advocacy.ui.WorkbenchFixture.openSample;
import static org.advocacy.ui.WorkbenchFixture.session;
import static org.advocacy.ui.WorkbenchFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Engagement;
import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validating the whole repository in the background. */
class RepositoryValidationJobTest {

	@TempDir
	Path folder;

	@BeforeEach
	void openSampleRepository() throws Exception {
		openSample(folder);
	}

	@Test
	void theJobReportsAKnownViolationOnTheSessionsOwnObject() {
		Engagement broken = session().getRepository().getEngagements().get(3);
		String key = broken.getKey();
		session().getEditingDomain().getCommandStack().execute(FeatureCommands.set(session().getEditingDomain(), broken,
				AdvocacyPackage.Literals.ENGAGEMENT__KEY, ""));

		RepositoryValidationJob job = new RepositoryValidationJob(session());
		job.schedule();
		waitUntil(() -> job.getState() == Job.NONE && job.getResult() != null);

		assertTrue(job.getResult().isOK(), job.getResult().toString());
		Diagnostic diagnostic = job.getDiagnostic();
		assertNotNull(diagnostic);
		ValidationSummary summary = ValidationSummary.of(job.getFileName(), diagnostic);
		Diagnostic missingKey = summary.problems().stream()
				.filter(problem -> problem.getMessage().contains("case number")).findFirst()
				.orElseThrow(() -> new AssertionError("the missing case number of " + key + " is reported"));
		assertSame(broken, missingKey.getData().get(0), "the finding points at the session's own engagement");
		assertEquals(AdvocacyPackage.Literals.ENGAGEMENT__KEY, missingKey.getData().get(1));
		assertEquals(Diagnostic.ERROR, summary.severity());
		assertTrue(summary.headline().startsWith("sample.advocacy: " + summary.problems().size() + " problem"),
				summary.headline());
		assertTrue(summary.text().contains(missingKey.getMessage()) || summary.problems().size() > ValidationSummary.LISTED,
				summary.text());
	}

	@Test
	void validateRepositoryIsACommandWithAKeyBinding() {
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
				.getCommand("org.advocacy.ui.validateRepository");
		assertTrue(command.isDefined());
		assertTrue(command.isHandled());
		TriggerSequence[] bindings = PlatformUI.getWorkbench().getService(IBindingService.class)
				.getActiveBindingsFor("org.advocacy.ui.validateRepository");
		assertTrue(Arrays.stream(bindings).anyMatch(binding -> binding.format().endsWith("V")),
				Arrays.toString(bindings));
	}
}
