// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints each one as a ratio to the {@code baseline} method of its own class, measured in
 * the same run, next to the absolute time and the target the issue names. Ratios stay comparable between
 * machines; absolute times only on the same machine.
 * <p>
 * With the system property {@value #README_PROPERTY} naming the README, a run that measured every line of its
 * performance table writes that table ({@link MarkdownReport}) between the README's markers ({@link ReadmeSection}).
 */
public final class BenchmarkReport {

	/** The system property naming the README whose performance table a complete run replaces. */
	static final String README_PROPERTY = "bench.readme";

	/**
	 * The forked JVMs' options unless {@code -jvmArgs} says otherwise. The heap is fixed and touched up front so that
	 * no measured iteration pays for the heap growing (page faults of fresh memory, resizing); 4 GB holds the
	 * 100,000-engagement repositories (about 800 MB) many times over. G1 is the JVM's default collector, named so
	 * the report says it.
	 */
	static final List<String> JVM_ARGS = List.of("-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseG1GC");

	/** Targets in milliseconds per operation, keyed by "Class.method". */
	private static final Map<String, Double> TARGETS_MS = Map.of(
			"CriticalPathBenchmark.schedule", 5.0,
			"ReviewMetricsBenchmark.allFiveMetrics", 100.0,
			"LadderBenchmark.evaluateOpenEngagements", 50.0,
			"EscalationLayoutBenchmark.layout", 1000.0,
			"RepositoryLoadBenchmark.listHeaders", 1000.0,
			"TeamListingBenchmark.listHeaders", 1000.0);

	private BenchmarkReport() {
	}

	/**
	 * @param args JMH command-line options (for example {@code -f 1 -wi 3 -i 5} or a benchmark regex)
	 * @throws RunnerException            when JMH fails
	 * @throws CommandLineOptionException when the options are malformed
	 */
	public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
		CommandLineOptions options = new CommandLineOptions(args);
		ChainedOptionsBuilder builder = new OptionsBuilder().parent(options);
		if (!options.getJvmArgs().hasValue()) {
			builder.jvmArgs(JVM_ARGS.toArray(String[]::new));
		}
		String loadBefore = MachineDescription.loadAverage();
		Collection<RunResult> results = new Runner(builder.build()).run();
		String loadAfter = MachineDescription.loadAverage();
		System.out.println();
		System.out.println(report(results));
		MarkdownReport markdown = new MarkdownReport(results);
		String table = markdown.render(loadBefore, loadAfter);
		System.out.println(table);
		String readme = System.getProperty(README_PROPERTY);
		if (readme != null && markdown.complete()) {
			ReadmeSection.replace(Path.of(readme), table);
			System.out.println("Wrote the performance table of " + readme);
		} else if (readme != null) {
			System.out.println("Not all benchmarks of the README's table ran, so " + readme + " was left as it was.");
		}
	}

	static String report(Collection<RunResult> results) {
		Map<String, Map<String, Double>> byClass = new TreeMap<>();
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark();
			String method = label.substring(label.lastIndexOf('.') + 1);
			String owner = label.substring(0, label.lastIndexOf('.'));
			String simpleClass = owner.substring(owner.lastIndexOf('.') + 1);
			byClass.computeIfAbsent(simpleClass, key -> new LinkedHashMap<>()).put(method,
					toMillis(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreUnit()));
		}
		StringBuilder text = new StringBuilder("Benchmark results (ms/op, ratio to the baseline of the same class)\n");
		byClass.forEach((benchmarkClass, methods) -> {
			Double baseline = methods.get("baseline");
			methods.forEach((method, millis) -> {
				String ratio = baseline == null || "baseline".equals(method) ? "" : String.format(Locale.ROOT,
						millis / baseline < 0.1 ? "%8.3f x baseline" : "%8.1f x baseline", millis / baseline);
				Double target = TARGETS_MS.get(benchmarkClass + "." + method);
				String verdict = target == null ? "" : String.format(Locale.ROOT, "   target <= %.0f ms: %s", target,
						millis <= target ? "met" : "MISSED");
				text.append(String.format(Locale.ROOT, "  %-62s %10.3f ms %s%s%n", benchmarkClass + "." + method,
						millis, ratio, verdict));
			});
		});
		return text.toString();
	}

	/** @return a score or error in milliseconds per operation */
	static double toMillis(double score, String unit) {
		return switch (unit) {
		case "ns/op" -> score / 1_000_000.0;
		case "us/op" -> score / 1_000.0;
		case "ms/op" -> score;
		case "s/op" -> score * 1_000.0;
		default -> throw new IllegalStateException("Benchmarks must report average time per operation, not " + unit);
		};
	}
}
