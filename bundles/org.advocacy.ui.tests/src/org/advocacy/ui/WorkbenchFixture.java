// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** What the workbench tests of the infrastructure parts share: the sample repository, editors, commands, events. */
public final class WorkbenchFixture {

	/** When the sample repository is generated. */
	public static final Instant SAMPLE_TIME = Instant.parse("2026-11-20T14:30:00Z");

	private WorkbenchFixture() {
	}

	/**
	 * Writes the standard sample repository into a folder and opens it in the workbench.
	 *
	 * @param folder a temporary folder
	 * @return the repository file
	 * @throws Exception when it cannot be written or opened
	 */
	public static Path openSample(Path folder) throws Exception {
		Path file = writeSample(folder);
		AdvocacyUiPlugin.getDefault().openRepository(file);
		processEvents();
		return file;
	}

	/**
	 * Writes the standard sample repository into a folder without opening it, for tests that prepare the workbench
	 * first.
	 *
	 * @param folder a temporary folder
	 * @return the repository file
	 * @throws IOException when it cannot be written
	 */
	public static Path writeSample(Path folder) throws IOException {
		Path file = folder.resolve("sample.advocacy");
		AdvocacyRepository sample = new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED, SAMPLE_TIME)
				.generate(SampleRepositoryGenerator.STANDARD_ENGAGEMENT_COUNT);
		new RepositoryStore().save(sample, file);
		return file;
	}

	/** Closes every editor without saving, as the tests leave the workbench. */
	public static void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	/**
	 * The setup most workbench tests share, as a JUnit extension ({@code @ExtendWith(WorkbenchFixture.Sample.class)}):
	 * before each test the standard sample repository is written to a fresh temporary folder and opened (its file
	 * is {@code session().getFile()}); after it every editor is closed without saving and the folder is deleted.
	 */
	public static final class Sample implements BeforeEachCallback, AfterEachCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Sample.class);

		@Override
		public void beforeEach(ExtensionContext context) throws Exception {
			Path folder = Files.createTempDirectory("advocacy-test");
			context.getStore(NAMESPACE).put(Path.class, folder);
			openSample(folder);
		}

		@Override
		public void afterEach(ExtensionContext context) throws IOException {
			closeEditors();
			Path folder = context.getStore(NAMESPACE).remove(Path.class, Path.class);
			if (folder != null) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(path);
					}
				}
			}
		}
	}

	/** @return the repository open now */
	public static RepositorySession session() {
		return AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
	}

	/** @return the active workbench page */
	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/**
	 * @param engagement an engagement of the current session
	 * @return its editor, opened and active
	 * @throws Exception when it cannot be opened
	 */
	public static EngagementEditor open(Engagement engagement) throws Exception {
		EngagementEditor editor = (EngagementEditor) page()
				.openEditor(EngagementEditorInput.of(session(), engagement), EngagementEditor.ID);
		processEvents();
		return editor;
	}

	/**
	 * Runs a workbench command as its menu item or key binding would.
	 *
	 * @param id the command id
	 * @throws Exception when the command is not handled or fails
	 */
	public static void command(String id) throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(id,
				null);
		processEvents();
	}

	/** Runs the pending events and asynchronous runnables of the UI thread. */
	public static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain asyncExecs: command-stack refreshes, validation, job results
		}
	}

	/**
	 * Runs the event loop until a condition holds (a background job finished), so jobs that need the UI thread can
	 * run; gives up after a minute.
	 *
	 * @param condition what to wait for
	 */
	public static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long giveUp = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > giveUp) {
				throw new AssertionError("the workbench did not get there within a minute");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wake up to check again
				});
				display.sleep();
			}
		}
		processEvents();
	}

	/**
	 * @param parent a composite
	 * @param text   a button's text, mnemonics included
	 * @return the button with that text among the composite's descendants
	 */
	public static Optional<Button> button(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return Optional.of(button);
			}
			if (child instanceof Composite composite) {
				Optional<Button> found = button(composite, text);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * @param parent a composite
	 * @param type   a kind of control
	 * @return the first descendant of that kind
	 */
	public static <T extends Control> Optional<T> find(Composite parent, Class<T> type) {
		return Arrays.stream(parent.getChildren()).flatMap(child -> type.isInstance(child) ? Stream.of(type.cast(child))
				: child instanceof Composite composite ? find(composite, type).stream() : Stream.empty())
				.findFirst();
	}
}
