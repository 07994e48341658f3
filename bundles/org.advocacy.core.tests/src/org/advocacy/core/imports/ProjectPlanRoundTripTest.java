// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.advocacy.core.exports.MpxExporter;
import org.advocacy.core.exports.MsProjectXmlExporter;
import org.advocacy.core.tests.ModelBuilder;
import org.advocacy.model.DependencyType;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.model.PhaseOfValue;
import org.advocacy.model.PlanTask;
import org.advocacy.model.TaskDependency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A get-well plan goes to Microsoft Project and comes back unchanged: phases, tasks, dates, durations, progress,
 * milestones, baselines, owners and every kind of link with its lag. Files that are not plans fail with a message
 * naming the file.
 */
class ProjectPlanRoundTripTest {

	@TempDir
	Path folder;

	private Organization organization;
	private GetWellPlan plan;

	@BeforeEach
	void planWithEveryKindOfLink() {
		ModelBuilder model = new ModelBuilder();
		organization = model.organization();
		Person ana = model.person("Ana Lima");
		Person bo = model.person("Bo Chen");
		plan = ModelBuilder.plan(null, "Restore nightly batch", null);
		PhaseOfValue stabilise = ModelBuilder.phase(plan, "Stabilise");
		PlanTask diagnose = task(stabilise, "Diagnose batch failures", "2026-11-23", 3, "2026-11-25", 100, ana);
		PlanTask patch = task(stabilise, "Patch scheduler", "2026-11-26", 2, "2026-11-27", 50, bo);
		PlanTask stable = task(stabilise, "Batch stable", "2026-11-27", 0, "2026-11-27", 0, ana);
		stable.setMilestone(true);
		PhaseOfValue prevent = ModelBuilder.phase(plan, "Prevent recurrence");
		PlanTask monitor = task(prevent, "Add monitoring", "2026-11-24", 4, "2026-11-27", 25, bo);
		PlanTask review = task(prevent, "Review with customer", "2026-11-30", 1, "2026-11-30", 0, null);
		ModelBuilder.link(diagnose, patch, DependencyType.FINISH_TO_START, 0);
		ModelBuilder.link(patch, stable, DependencyType.FINISH_TO_FINISH, 0);
		ModelBuilder.link(diagnose, monitor, DependencyType.START_TO_START, 1);
		ModelBuilder.link(monitor, review, DependencyType.FINISH_TO_START, 1);
		ModelBuilder.link(stable, review, DependencyType.START_TO_FINISH, 0);
		diagnose.setBaselineStart(LocalDate.parse("2026-11-20"));
		diagnose.setBaselineFinish(LocalDate.parse("2026-11-24"));
		patch.setCommitmentDate(LocalDate.parse("2026-11-27"));
	}

	@Test
	void microsoftProjectXmlExportReadsBackAsTheSamePlan() throws Exception {
		ByteArrayOutputStream xml = new ByteArrayOutputStream();
		new MsProjectXmlExporter().write(plan, xml);

		PlanImport back = new ProjectPlanImporter().read(new ByteArrayInputStream(xml.toByteArray()), "plan.xml",
				organization);

		assertEquals(List.of(), back.notMapped());
		assertSamePlan(plan, back.plan());
	}

	@Test
	void mpxFilesAreReadToo() throws Exception {
		Path mpx = folder.resolve("plan.mpx");
		try (OutputStream out = Files.newOutputStream(mpx)) {
			new MpxExporter().write(plan, out);
		}

		PlanImport back = new ProjectPlanImporter().read(mpx, organization);

		assertEquals(List.of("Diagnose batch failures", "Patch scheduler", "Batch stable"), back.plan().getPhases()
				.get(0).getTasks().stream().map(PlanTask::getName).toList());
		assertEquals(DependencyType.START_TO_FINISH,
				back.plan().getPhases().get(1).getTasks().get(1).getDependencies().get(1).getType());
	}

	@Test
	void resourcesThatAreNoPersonAreListedNotGuessed() throws Exception {
		organization.getPeople().remove(1);
		ByteArrayOutputStream xml = new ByteArrayOutputStream();
		new MsProjectXmlExporter().write(plan, xml);

		PlanImport back = new ProjectPlanImporter().read(new ByteArrayInputStream(xml.toByteArray()), "plan.xml",
				organization);

		assertTrue(back.notMapped().contains(
				"Task \"Patch scheduler\" has no owner: no person in the organization is called \"Bo Chen\"."),
				back.notMapped().toString());
		assertEquals(null, back.plan().getPhases().get(0).getTasks().get(1).getOwner());
	}

	@Test
	void malformedXmlFailsNamingTheFile() throws IOException {
		Path broken = Files.writeString(folder.resolve("broken-plan.xml"),
				"<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>",
				StandardCharsets.UTF_8);

		PlanImportException failure = assertThrows(PlanImportException.class,
				() -> new ProjectPlanImporter().read(broken, organization));

		assertTrue(failure.getMessage().startsWith("The project plan \"broken-plan.xml\" "), failure.getMessage());
	}

	@Test
	void damagedMppFailsNamingTheFile() throws IOException {
		byte[] oleHeaderThenGarbage = new byte[4096];
		byte[] signature = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(signature, 0, oleHeaderThenGarbage, 0, signature.length);
		for (int i = signature.length; i < oleHeaderThenGarbage.length; i++) {
			oleHeaderThenGarbage[i] = (byte) (i * 31);
		}
		Path mpp = Files.write(folder.resolve("customer-plan.mpp"), oleHeaderThenGarbage);

		PlanImportException failure = assertThrows(PlanImportException.class,
				() -> new ProjectPlanImporter().read(mpp, organization));

		assertTrue(failure.getMessage().contains("\"customer-plan.mpp\""), failure.getMessage());
	}

	@Test
	void textThatIsNoPlanFailsNamingTheFile() {
		PlanImportException failure = assertThrows(PlanImportException.class, () -> new ProjectPlanImporter()
				.read(new ByteArrayInputStream("just some notes".getBytes(StandardCharsets.UTF_8)), "notes.txt",
						organization));

		assertTrue(failure.getMessage().contains("\"notes.txt\" is not in a format this product reads"),
				failure.getMessage());
	}

	private static void assertSamePlan(GetWellPlan expected, GetWellPlan actual) {
		assertEquals(expected.getName(), actual.getName());
		assertEquals(expected.getPhases().size(), actual.getPhases().size());
		for (int p = 0; p < expected.getPhases().size(); p++) {
			PhaseOfValue expectedPhase = expected.getPhases().get(p);
			PhaseOfValue actualPhase = actual.getPhases().get(p);
			assertEquals(expectedPhase.getName(), actualPhase.getName());
			assertEquals(describe(expectedPhase), describe(actualPhase));
		}
	}

	/** Everything a task carries, as text, so a difference shows in one readable assertion. */
	private static List<String> describe(PhaseOfValue phase) {
		return phase.getTasks().stream().map(task -> String.join(" | ", task.getName(), "" + task.getStart(),
				"" + task.getDurationDays(), "" + task.getFinish(), task.getPercentComplete() + "%",
				"milestone=" + task.isMilestone(), "baseline=" + task.getBaselineStart() + ".." + task.getBaselineFinish(),
				"commit=" + task.getCommitmentDate(), "owner=" + (task.getOwner() == null ? "" : task.getOwner().getName()),
				task.getDependencies().stream().map(ProjectPlanRoundTripTest::describe).toList().toString())).toList();
	}

	private static String describe(TaskDependency dependency) {
		return dependency.getType() + " from " + dependency.getPredecessor().getName() + " lag "
				+ dependency.getLagDays();
	}

	private static PlanTask task(PhaseOfValue phase, String name, String start, int days, String finish, int percent,
			Person owner) {
		PlanTask task = ModelBuilder.task(phase, name, LocalDate.parse(start), days, LocalDate.parse(finish));
		task.setPercentComplete(percent);
		task.setOwner(owner);
		return task;
	}
}
