// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks and prints each one as a ratio to the {@code baseline} method of its own class, measured in
 * the same run, next to the absolute time and the target the issue names. Ratios stay comparable between
 * machines; absolute times only on the same machine.
 */
public final class BenchmarkReport {

	/** Targets in milliseconds per operation, keyed by "Class.method". */
	private static final Map<String, Double> TARGETS_MS = Map.of(
			"CriticalPathBenchmark.schedule", 5.0,
			"ReviewMetricsBenchmark.allFiveMetrics", 100.0,
			"LadderBenchmark.evaluateOpenEngagements", 50.0,
			"EscalationLayoutBenchmark.layout", 1000.0,
			"FileHeadersBenchmark.listHeaders", 1000.0,
			"TeamListingBenchmark.listHeaders", 1000.0);

	private BenchmarkReport() {
	}

	/**
	 * @param args JMH command-line options (for example {@code -f 1 -wi 3 -i 5} or a benchmark regex)
	 * @throws RunnerException            when JMH fails
	 * @throws CommandLineOptionException when the options are malformed
	 */
	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		CommandLineOptions options = new CommandLineOptions(args);
		Collection<RunResult> results = new Runner(new OptionsBuilder().parent(options).build()).run();
		System.out.println();
		System.out.println(report(results));
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

	private static double toMillis(double score, String unit) {
		return switch (unit) {
		case "ns/op" -> score / 1_000_000.0;
		case "us/op" -> score / 1_000.0;
		case "ms/op" -> score;
		case "s/op" -> score * 1_000.0;
		default -> throw new IllegalStateException("Benchmarks must report average time per operation, not " + unit);
		};
	}
}
