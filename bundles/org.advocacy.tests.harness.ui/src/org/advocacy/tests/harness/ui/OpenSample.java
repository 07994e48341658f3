// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The setup most workbench tests share, as a JUnit 5 extension: before each test the {@link StandardSample standard
 * sample} is written to a fresh temporary folder and opened in the workbench (its file is
 * {@code WorkbenchFixture.session().getFile()}); after it every editor is closed without saving and the folder is
 * deleted.
 * <p>
 * {@code @ExtendWith(OpenSample.class)} opens the sample as generated;
 * {@code @RegisterExtension final OpenSample sample = OpenSample.adjustedBy(...)} opens it after a change the test
 * needs. Either runs before the test's own {@code @BeforeEach} methods.
 */
public final class OpenSample implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OpenSample.class);

	private final Consumer<? super AdvocacyRepository> adjustment;

	/** Opens the standard sample as generated. */
	public OpenSample() {
		this(repository -> {
			// the sample as generated
		});
	}

	private OpenSample(Consumer<? super AdvocacyRepository> adjustment) {
		this.adjustment = adjustment;
	}

	/**
	 * @param adjustment what to change in the generated sample before it is written and opened
	 * @return an extension that opens the adjusted sample
	 */
	public static OpenSample adjustedBy(Consumer<? super AdvocacyRepository> adjustment) {
		return new OpenSample(adjustment);
	}

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		Path folder = Files.createTempDirectory("advocacy-test");
		context.getStore(NAMESPACE).put(Path.class, folder);
		WorkbenchFixture.open(StandardSample.write(folder, adjustment));
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		WorkbenchFixture.closeEditors();
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
