// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEventsFor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Takes a screenshot of the whole (virtual) display with ImageMagick's {@code import}, for the README, when the
 * environment variable {@code ADVOCACY_SCREENSHOTS} names a folder; otherwise does nothing.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/**
	 * @param name the file name without ".png"
	 * @throws IOException          when the screenshot cannot be written
	 * @throws InterruptedException when interrupted while taking it
	 */
	public static void take(String name) throws IOException, InterruptedException {
		String folder = System.getenv("ADVOCACY_SCREENSHOTS");
		if (folder == null) {
			return;
		}
		processEventsFor(Duration.ofMillis(500));
		Process process = new ProcessBuilder("import", "-window", "root",
				Path.of(folder, name + ".png").toString()).inheritIO().start();
		process.waitFor();
	}
}
