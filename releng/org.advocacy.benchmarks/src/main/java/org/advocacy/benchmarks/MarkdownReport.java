// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The README's performance table, written from one run: each benchmark's mean time with its 99.9 % confidence
 * error, its ratio to the baseline of its class measured in the same run, the baseline, and the target, under
 * a line that says which machine, JDK and JMH options the figures come from and how busy the machine was.
 */
final class MarkdownReport {

	/**
	 * One line of the table.
	 *
	 * @param benchmark     "Class.method"
	 * @param label         what is measured, as a reader says it
	 * @param baseline      what the baseline of the class does, on the first line of the class; otherwise {@code null}
	 * @param target        the target as the issue states it, or "" if there is none
	 * @param targetMillis  the target in milliseconds, or 0 if it is not a time
	 * @param targetRatio   the target as a ratio to the baseline, or 0 if it is not a ratio
	 */
	record Row(String benchmark, String label, String baseline, String target, double targetMillis,
			double targetRatio) {
	}

	/** The table's lines, in the README's order. */
	static final List<Row> ROWS = List.of(
			new Row("CriticalPathBenchmark.schedule", "Critical path, 10,000 tasks / 20,000 links",
					"reading every duration and lag", "≤ 5 ms", 5, 0),
			new Row("LadderBenchmark.evaluateOpenEngagements",
					"Escalation ladders of 10,000 open engagements, all waiting", "reading every attempt", "≤ 50 ms",
					50, 0),
			new Row("ReviewMetricsBenchmark.allFiveMetrics", "The five review metrics over 100,000 engagements",
					"reading every value the metrics read", "≤ 100 ms", 100, 0),
			new Row("ReviewMetricsBenchmark.snapshotOnly", "— of which reading the repository into a snapshot", null,
					"", 0, 0),
			new Row("ReviewMetricsBenchmark.metricsFromSnapshot", "— of which the metrics from that snapshot", null, "",
					0, 0),
			new Row("RepositoryLoadBenchmark.load", "Opening a 10,000-engagement repository (133 MB XMI)",
					"reading the same bytes from the page cache", "—", 0, 0),
			new Row("RepositoryLoadBenchmark.listHeaders",
					"— listing its headers first (stamp + header cache, no body parsed)",
					"reading the same bytes from the page cache", "≤ 1 s", 1000, 0),
			new Row("HeaderMetricsBenchmark.fromHeaders",
					"The five review metrics over 100,000 engagements from header rows",
					"the same metrics from the loaded model", "≤ 2 ×", 0, 2),
			new Row("EscalationLayoutBenchmark.conversion", "Escalation graph, 1,000 people / 150 areas: conversion",
					"reading every ladder rung", "—", 0, 0),
			new Row("EscalationLayoutBenchmark.layout", "— ELK layered layout of that graph", null, "≤ 1 s", 1000, 0),
			new Row("EscalationPaintBenchmark.visibleFrameOfLargeOrganization",
					"— painting its visible part (1200 × 800, offscreen)", "the same frame of a 7-area organization",
					"—", 0, 0),
			new Row("GanttFrameBenchmark.tenThousandTasks",
					"Gantt frame (1200 × 800, offscreen) of a 10,000-task / 20,000-link plan",
					"the same frame of a 100-task plan", "≤ 1.5 ×", 0, 1.5),
			new Row("EngagementsViewBenchmark.openView",
					"Engagements view over 10,000 engagements: table created and the visible rows painted",
					"loading the same repository headless", "virtual table", 0, 0),
			new Row("EngagementsViewBenchmark.sortByCustomer", "— sorting those 10,000 rows by customer", null, "", 0,
					0),
			new Row("ReviewPerspectiveBenchmark.openPerspective",
					"Management Review perspective over 100,000 engagements: snapshot, five metrics, chart series, "
							+ "five charts drawn offscreen",
					"the headless metrics, snapshot included", "≤ 2 ×", 0, 2),
			new Row("ReviewPerspectiveBenchmark.chartsOnly", "— of which the chart series and drawing", null, "", 0, 0));

	private final Map<String, Result<?>> results = new HashMap<>();
	private BenchmarkParams params;

	/** @param runResults the results of one JMH run */
	MarkdownReport(Collection<RunResult> runResults) {
		for (RunResult result : runResults) {
			params = result.getParams();
			results.put(key(result.getParams().getBenchmark()), result.getPrimaryResult());
		}
	}

	/** @return whether the run measured every line of the table and every baseline, so it can replace the table */
	boolean complete() {
		return ROWS.stream().allMatch(row -> results.containsKey(row.benchmark())
				&& results.containsKey(baselineOf(row.benchmark())));
	}

	/**
	 * @param loadBefore the machine's load average when the run started
	 * @param loadAfter  the load average when it ended
	 * @return the run's line about the machine and the table
	 */
	String render(String loadBefore, String loadAfter) {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT,
				"Measured %s on %s; %s %s (%s); JMH %s, %d fork, %d warm-up × %s and %d measured × %s iterations, "
						+ "JVM options `%s`; load average %s at the start and %s at the end. "
						+ "Times are means ± the 99.9 %% confidence error.%n%n",
				LocalDate.now(), MachineDescription.describe(), params.getVmName(), params.getJdkVersion(),
				params.getVmVersion(), params.getJmhVersion(), params.getForks(), params.getWarmup().getCount(),
				params.getWarmup().getTime(), params.getMeasurement().getCount(), params.getMeasurement().getTime(),
				String.join(" ", params.getJvmArgs()), loadBefore, loadAfter));
		text.append("| benchmark | time | ratio to baseline | baseline | target |\n");
		text.append("|---|---|---|---|---|\n");
		for (Row row : ROWS) {
			Result<?> result = results.get(row.benchmark());
			Result<?> baseline = results.get(baselineOf(row.benchmark()));
			if (result == null) {
				continue;
			}
			double ratio = baseline == null ? Double.NaN : millis(result) / millis(baseline);
			text.append("| ").append(row.label()).append(" | ").append(time(result)).append(" | ")
					.append(Double.isNaN(ratio) ? "" : ratio(ratio)).append(" | ")
					.append(row.baseline() == null || baseline == null ? ""
							: row.baseline() + " (" + time(baseline) + ")")
					.append(" | ").append(target(row, result, ratio)).append(" |\n");
		}
		return text.toString();
	}

	private static String target(Row row, Result<?> result, double ratio) {
		if (row.targetMillis() > 0) {
			return row.target() + (millis(result) <= row.targetMillis() ? " (met)" : " (**missed**)");
		}
		if (row.targetRatio() > 0 && !Double.isNaN(ratio)) {
			return row.target() + (ratio <= row.targetRatio() ? " (met)" : " (**missed**)");
		}
		return row.target();
	}

	private static String baselineOf(String benchmark) {
		return benchmark.substring(0, benchmark.indexOf('.')) + ".baseline";
	}

	/** @return "Class.method" of a fully qualified benchmark name */
	private static String key(String benchmark) {
		String owner = benchmark.substring(0, benchmark.lastIndexOf('.'));
		return owner.substring(owner.lastIndexOf('.') + 1) + benchmark.substring(benchmark.lastIndexOf('.'));
	}

	/** @return e.g. "81 ± 3.2 ms", "0.52 ± 0.01 ms" or "3.9 ± 0.1 s" */
	private static String time(Result<?> result) {
		double millis = millis(result);
		double error = BenchmarkReport.toMillis(result.getScoreError(), result.getScoreUnit());
		String errorText = Double.isNaN(error) ? "" : " ± " + number(millis >= 1000 ? error / 1000 : error);
		return millis >= 1000 ? number(millis / 1000) + errorText + " s" : number(millis) + errorText + " ms";
	}

	private static String ratio(double ratio) {
		return (ratio < 0.1 ? String.format(Locale.ROOT, "%.3f", ratio) : number(ratio)) + " ×";
	}

	/** @return two significant digits at least, and no more decimals than that needs */
	private static String number(double value) {
		double magnitude = Math.abs(value);
		String format = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
		return String.format(Locale.ROOT, format, value);
	}

	private static double millis(Result<?> result) {
		return BenchmarkReport.toMillis(result.getScore(), result.getScoreUnit());
	}
}
