// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a benchmark run ran on, read from Linux's {@code /proc} and {@code /etc/os-release}: the processor model and
 * its cores, the memory, the operating system, and how busy the machine was. Elsewhere the parts that cannot be
 * read say "unknown" rather than failing the report.
 */
final class MachineDescription {

	private static final String UNKNOWN = "unknown";

	private MachineDescription() {
	}

	/** @return e.g. "AMD EPYC, 2 cores, 23 GB memory, Debian GNU/Linux 12 (bookworm), Linux 6.1.0 amd64" */
	static String describe() {
		return processor() + ", " + memory() + ", " + operatingSystem();
	}

	/** @return the 1-minute load average, e.g. "0.35", or "unknown" */
	static String loadAverage() {
		List<String> load = lines(Path.of("/proc/loadavg"));
		return load.isEmpty() ? UNKNOWN : load.get(0).split(" ")[0];
	}

	private static String processor() {
		List<String> cpuinfo = lines(Path.of("/proc/cpuinfo"));
		String model = cpuinfo.stream().filter(line -> line.startsWith("model name")).findFirst()
				.map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(UNKNOWN);
		long cores = cpuinfo.stream().filter(line -> line.startsWith("processor")).count();
		return model + ", " + (cores > 0 ? cores : Runtime.getRuntime().availableProcessors()) + " cores";
	}

	private static String memory() {
		return lines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:")).findFirst()
				.map(line -> String.format(Locale.ROOT, "%.0f GB memory",
						Long.parseLong(line.replaceAll("\\D", "")) / (1024.0 * 1024.0)))
				.orElse("memory " + UNKNOWN);
	}

	private static String operatingSystem() {
		String distribution = lines(Path.of("/etc/os-release")).stream()
				.filter(line -> line.startsWith("PRETTY_NAME=")).findFirst()
				.map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", "")).orElse(null);
		String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch");
		return distribution == null ? kernel : distribution + ", " + kernel;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}
}
