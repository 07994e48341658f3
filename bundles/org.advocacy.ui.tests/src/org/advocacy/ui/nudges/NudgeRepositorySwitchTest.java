// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.nudges;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.tests.harness.StandardSample;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.views.EngagementsView;
import org.advocacy.ui.views.EngagementsViewAccess;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching to another repository while the nudges' refresh is queued: the refresh and the Engagements view it
 * tells only ever read the repository that is current, never the closed one.
 */
class NudgeRepositorySwitchTest {

	@TempDir
	Path folder;

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener logListener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void listenToTheLog() {
		Platform.addLogListener(logListener);
		NudgeService.get().setPopupsEnabled(false);
		NudgeService.get().setClock(Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void restore() {
		Platform.removeLogListener(logListener);
		NudgeService.get().setPopupsEnabled(true);
		NudgeService.get().setClock(Clock.systemDefaultZone());
	}

	@Test
	void aQueuedRefreshAfterARepositorySwitchReadsOnlyTheNewRepository() throws Exception {
		assertTrue(page().findView(EngagementsView.ID) != null, "the Engagements view listens to the nudges");
		Path first = write("first.advocacy", "First repository", 14);
		Path second = write("second.advocacy", "Second repository", 6);
		AdvocacyUiPlugin.getDefault().openRepository(first);
		processEvents();

		AdvocacyUiPlugin.getDefault().openRepository(second);
		AdvocacyUiPlugin.getDefault().openRepository(first);
		processEvents();
		AdvocacyUiPlugin.getDefault().openRepository(second);
		processEvents();

		assertEquals(List.of(), logged.stream().filter(status -> status.getSeverity() == IStatus.ERROR).toList(),
				"nothing reads a closed repository");
		assertEquals(6, EngagementsViewAccess.table(page()).getItemCount(), "the view shows the second repository");
		assertTrue(NudgeService.get().getCurrent().updates().keySet().stream()
				.allMatch(engagement -> engagement.eResource() != null
						&& engagement.eResource() == AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent()
								.getRepository().eResource()),
				"what is due was evaluated for the current repository");
	}

	private Path write(String name, String repositoryName, int engagements) throws Exception {
		AdvocacyRepository repository = StandardSample.generate(engagements);
		repository.setName(repositoryName);
		Path file = folder.resolve(name);
		new RepositoryStore().save(repository, file);
		return file;
	}
}
