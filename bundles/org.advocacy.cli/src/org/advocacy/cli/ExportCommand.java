// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.advocacy.core.exports.CustomerUpdateDraft;
import org.advocacy.core.exports.ExecutiveStatusReport;
import org.advocacy.core.exports.MpxExporter;
import org.advocacy.core.exports.MsProjectXmlExporter;
import org.advocacy.core.exports.SituationSummaryReport;
import org.advocacy.core.persistence.AtomicFiles;
import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.Audience;
import org.advocacy.model.Engagement;

/**
 * {@code export summary|status|draft|plan <repository> <ADV-key> [--format F] [--out PATH]}: an engagement's
 * Situation Summary (HTML or Markdown), one-page executive status (HTML or PDF), a customer update draft for an audience
 * (Markdown or HTML) or its get-well plan (Microsoft Project XML or MPX). Text goes to stdout unless {@code --out}
 * names a file; binary formats need {@code --out}.
 */
final class ExportCommand extends NamedCommand {

	ExportCommand() {
		super("export",
				"export summary|status|draft|plan <repository> <ADV-key> [--format html|md|pdf|xml|mpx] [--out F] "
						+ "[--audience management|engineer|administrative]   export a report");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = parse(arguments, Set.of("format", "out", "audience", "now", "zone"), 3,
				"what to export, the repository and the engagement key");
		Engagement engagement = EngagementLookup.byKey(context, parsed.positional(1), parsed.positional(2));
		ZoneId zone = zone(parsed, context);
		Path out = parsed.has("out") ? Path.of(parsed.option("out", "")) : null;
		switch (parsed.positional(0)) {
		case "summary" -> {
			SituationSummaryReport report = new SituationSummaryReport(zone);
			emitText(parsed.choice("format", "html", List.of("html", "md")).equals("md")
					? report.toMarkdown(engagement) : report.toHtml(engagement), out, context);
		}
		case "status" -> {
			ExecutiveStatusReport report = new ExecutiveStatusReport(
					new EngagementColours(parsed.instant("now", context.clock().instant())));
			if (parsed.choice("format", "html", List.of("html", "pdf")).equals("pdf")) {
				emitBinary(target -> report.toPdf(engagement, target), out, "status --format pdf");
			} else {
				emitText(report.toHtml(engagement), out, context);
			}
		}
		case "draft" -> {
			Audience audience = audience(parsed);
			Instant now = parsed.instant("now", context.clock().instant());
			CustomerUpdateDraft draft = new CustomerUpdateDraft(engagement, audience, now, zone);
			emitText(parsed.choice("format", "md", List.of("md", "html")).equals("html") ? draft.toHtml()
					: draft.toMarkdown(), out, context);
		}
		case "plan" -> {
			if (engagement.getGetWellPlan() == null) {
				throw new IllegalArgumentException(engagement.getKey() + " has no get-well plan to export.");
			}
			if (parsed.choice("format", "xml", List.of("xml", "mpx")).equals("mpx")) {
				emitBinary(target -> new MpxExporter().write(engagement.getGetWellPlan(), target), out, "plan");
			} else {
				emitBinary(target -> new MsProjectXmlExporter().write(engagement.getGetWellPlan(), target), out,
						"plan");
			}
		}
		default -> throw new UsageException("export: what to export must be summary, status, draft or plan, not '"
				+ parsed.positional(0) + "'.");
		}
		if (out != null) {
			context.out().println("Wrote " + out.toAbsolutePath());
		}
		return OK;
	}

	private static Audience audience(Arguments parsed) {
		String value = parsed.choice("audience", "management", List.of("management", "engineer", "administrative"));
		return Audience.valueOf(value.toUpperCase(Locale.ROOT));
	}

	private static ZoneId zone(Arguments parsed, CliContext context) {
		String value = parsed.option("zone", context.clock().getZone().getId());
		try {
			return ZoneId.of(value);
		} catch (java.time.DateTimeException e) {
			throw new UsageException("export: --zone must be a time zone like Europe/Berlin, not '" + value + "'.");
		}
	}

	private static void emitText(String text, Path out, CliContext context) throws IOException {
		if (out == null) {
			context.out().print(text);
		} else {
			AtomicFiles.write(out, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
		}
	}

	private static void emitBinary(AtomicFiles.Content export, Path out, String what) throws IOException {
		if (out == null) {
			throw new UsageException("export " + what + ": name the output file with --out.");
		}
		AtomicFiles.write(out, export);
	}
}
