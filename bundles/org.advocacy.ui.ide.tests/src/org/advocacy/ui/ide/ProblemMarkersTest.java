// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.advocacy.core.commands.FeatureCommands;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.core.validation.Rule;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.ide.internal.ProblemHandOver;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation problems as Problems-view markers on the repository file linked into the workspace, kept in step
 * with commands, and opened in the engagement editor — in the running workbench.
 */
class ProblemMarkersTest {

	private static final String SEPARATOR = " \u203A ";

	@TempDir
	Path folder;

	private Path file;

	@BeforeEach
	void openSampleRepository() throws Exception {
		file = writeSample("sample.advocacy");
		AdvocacyIdePlugin.getDefault().startProblemMarkers();
		AdvocacyUiPlugin.getDefault().openRepository(file);
		waitForMarkers();
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void aBrokenRuleBecomesAMarkerWithItsMessageAndLocationAndUndoRemovesIt() throws Exception {
		Engagement engaged = session().getRepository().getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.ENGAGED && !e.getDisengagementCriteria().isEmpty())
				.findFirst().orElseThrow();
		String fragment = fragment(engaged);
		IFile linked = RepositoryLink.fileFor(file);
		int before = markers(linked).length;
		assertTrue(find(linked, Rule.ENGAGEMENT_NO_DISENGAGEMENT_CRITERIA, fragment).isEmpty(), "no problem at first");

		execute(FeatureCommands.remove(session().getEditingDomain(), engaged,
				AdvocacyPackage.Literals.ENGAGEMENT__DISENGAGEMENT_CRITERIA, List.copyOf(engaged.getDisengagementCriteria())));

		IMarker marker = find(linked, Rule.ENGAGEMENT_NO_DISENGAGEMENT_CRITERIA, fragment).orElseThrow(
				() -> new AssertionError("a marker for the engagement without disengagement criteria"));
		assertEquals(expectedMessage(engaged, Rule.ENGAGEMENT_NO_DISENGAGEMENT_CRITERIA), marker.getAttribute(IMarker.MESSAGE));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(engaged.getKey() + SEPARATOR + "Disengagement Criteria", marker.getAttribute(IMarker.LOCATION));
		assertEquals("disengagementCriteria", marker.getAttribute(ProblemMarkers.FEATURE));
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "the Problems view shows it");
		assertEquals(before + 1, markers(linked).length, "one problem more");

		execute(session().getEditingDomain().getCommandStack()::undo);
		assertTrue(find(linked, Rule.ENGAGEMENT_NO_DISENGAGEMENT_CRITERIA, fragment).isEmpty(),
				"Undo fixes the problem and the marker disappears");
		assertEquals(before, markers(linked).length);
	}

	@Test
	void openingAMarkerOpensTheEngagementEditorOnThePageOfTheField() throws Exception {
		SituationSummary summary = session().getRepository().getEngagements().stream()
				.map(Engagement::getSituationSummary)
				.filter(s -> s != null && s.getState() == SummaryState.REVIEWED && s.getExecutiveSummary() != null)
				.findFirst().orElseThrow();
		Engagement engagement = (Engagement) summary.eContainer();
		Engagement other = session().getRepository().getEngagements().stream().filter(e -> e != engagement)
				.findFirst().orElseThrow();
		page().openEditor(EngagementEditorInput.of(session(), other), EngagementEditor.ID);
		processEvents();

		execute(FeatureCommands.set(session().getEditingDomain(), summary,
				AdvocacyPackage.Literals.SITUATION_SUMMARY__EXECUTIVE_SUMMARY, ""));
		IMarker marker = find(RepositoryLink.fileFor(file), Rule.SUMMARY_EXECUTIVE_SUMMARY_MISSING, fragment(summary))
				.orElseThrow();
		assertEquals(engagement.getKey() + SEPARATOR + "Situation Summary" + SEPARATOR + "Executive Summary",
				marker.getAttribute(IMarker.LOCATION));

		IDE.openEditor(page(), marker);
		processEvents();

		EngagementEditor editor = assertInstanceOf(EngagementEditor.class, page().getActiveEditor(),
				"the engagement editor is active");
		assertSame(engagement, editor.getEngagement(), "on the engagement of the problem, not the one open before");
		assertEquals("situationSummary", editor.getActivePageInstance().getId(), "on the page of the field");
		assertTrue(Arrays.stream(page().getEditorReferences()).noneMatch(r -> ProblemHandOver.ID.equals(r.getId())),
				"the hand-over part is gone");

		IMarker criteria = markerOnOverview();
		assertTrue(marker.exists(), "the marker of a problem still there survives an unrelated edit");
		IDE.openEditor(page(), criteria);
		processEvents();
		EngagementEditor overview = assertInstanceOf(EngagementEditor.class, page().getActiveEditor());
		assertEquals(criteria.getAttribute(ProblemMarkers.URI_FRAGMENT), fragment(overview.getEngagement()));
		assertEquals("overview", overview.getActivePageInstance().getId());

		IDE.gotoMarker(overview, marker);
		processEvents();
		assertSame(editor, page().getActiveEditor(), "an open engagement editor hands a marker of another on");
		assertEquals("situationSummary", editor.getActivePageInstance().getId());
	}

	@Test
	void theLinkIsIdempotentAndFollowsTheOpenRepositoryWithoutTouchingTheFile() throws Exception {
		byte[] content = Files.readAllBytes(file);
		IFile linked = RepositoryLink.fileFor(file);
		assertTrue(linked.isLinked());
		assertEquals(file.toAbsolutePath().normalize().toString(), linked.getLocation().toOSString());
		assertEquals(linked, RepositoryLink.link(file, null), "linking again changes nothing");
		assertEquals(1, linkedMembers(), "one link");

		IMarker problem = markerOnOverview();
		assertEquals(linked, problem.getResource());

		Path second = writeSample("other.advocacy");
		AdvocacyUiPlugin.getDefault().openRepository(second);
		waitForMarkers();

		IFile secondLinked = RepositoryLink.fileFor(second);
		assertTrue(secondLinked.isLinked() && secondLinked.exists(), "the open repository is linked");
		assertFalse(linked.exists(), "the previous one is unlinked");
		assertEquals(1, linkedMembers());
		assertFalse(problem.exists(), "its markers went with the link");
		assertArrayEquals(content, Files.readAllBytes(file), "the previous file is untouched by unlinking");

		AdvocacyUiPlugin.getDefault().openRepository(file);
		waitForMarkers();
		assertTrue(RepositoryLink.fileFor(file).exists());
		assertFalse(secondLinked.exists());
	}

	@Test
	void theCustomerAdvocacyPerspectiveShowsTheProblemsView() {
		page().resetPerspective();
		processEvents();
		assertNotNull(page().findView(IPageLayout.ID_PROBLEM_VIEW), "the Problems view is part of the perspective");
	}

	private IMarker markerOnOverview() throws Exception {
		Engagement engaged = session().getRepository().getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.ENGAGED && !e.getDisengagementCriteria().isEmpty())
				.findFirst().orElseThrow();
		execute(FeatureCommands.remove(session().getEditingDomain(), engaged,
				AdvocacyPackage.Literals.ENGAGEMENT__DISENGAGEMENT_CRITERIA, List.copyOf(engaged.getDisengagementCriteria())));
		return find(RepositoryLink.fileFor(file), Rule.ENGAGEMENT_NO_DISENGAGEMENT_CRITERIA, fragment(engaged))
				.orElseThrow();
	}

	private Path writeSample(String name) throws Exception {
		Path sample = folder.resolve(name);
		AdvocacyRepository repository = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
				Instant.parse("2026-11-20T14:30:00Z")).generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
		new RepositoryStore().save(repository, sample);
		return sample;
	}

	private static long linkedMembers() throws CoreException {
		return Arrays.stream(RepositoryLink.project().members()).filter(IResource::isLinked).count();
	}

	private static String expectedMessage(Engagement engagement, Rule rule) {
		return AdvocacyValidation.validate(engagement).getChildren().stream().filter(d -> d.getCode() == rule.code())
				.map(Diagnostic::getMessage).findFirst().orElseThrow();
	}

	private static Optional<IMarker> find(IFile linked, Rule rule, String fragment) throws CoreException {
		return Arrays.stream(markers(linked)).filter(m -> m.getAttribute(ProblemMarkers.RULE_CODE, -1) == rule.code()
				&& fragment.equals(m.getAttribute(ProblemMarkers.URI_FRAGMENT, null))).findFirst();
	}

	private static IMarker[] markers(IFile linked) throws CoreException {
		return linked.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
	}

	private static String fragment(EObject object) {
		return object.eResource().getURIFragment(object);
	}

	private static void execute(Command command) throws InterruptedException {
		session().getEditingDomain().getCommandStack().execute(command);
		waitForMarkers();
	}

	private static void execute(Runnable stackOperation) throws InterruptedException {
		stackOperation.run();
		waitForMarkers();
	}

	private static void waitForMarkers() throws InterruptedException {
		processEvents();
		Job.getJobManager().join(ProblemMarkers.JOB_FAMILY, null);
		processEvents();
	}

	private static RepositorySession session() {
		return AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain asyncExecs
		}
	}
}
