// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.compose;

import java.util.List;
import java.util.Objects;

import org.advocacy.core.exports.HtmlReportWriter;
import org.advocacy.core.exports.PlainTextReportWriter;
import org.advocacy.core.exports.ReportWriter;

/**
 * A notice written so that it stands alone, as the whitepaper asks of written communication: whoever reads it, and
 * however little they remember, learns from it why they receive it (the context: the customer and the situation),
 * what is asked of them and why it matters to them, by when, and whom to call back — with the advocate's contact
 * that works around the clock — and, closing, what happens if nobody answers. One content renders as the plain-text
 * and the HTML body of the e-mail and as a short chat message; everything users typed is escaped by the writers.
 *
 * @param subject      the subject line, standing alone too (customer, situation, what is asked)
 * @param context      why the reader receives this: their role, the customer, the engagement
 * @param situation    what is going on, one paragraph each
 * @param ask          what is asked of the reader
 * @param whyItMatters why it matters to the reader
 * @param byWhen       by when, in the reader's time zone
 * @param callBack     whom to call back and how, one line per way
 * @param closing      what happens next if there is no answer
 */
public record StandAloneMessage(String subject, String context, List<String> situation, String ask,
		String whyItMatters, String byWhen, List<String> callBack, String closing) {

	public StandAloneMessage {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(context, "context");
		situation = List.copyOf(situation);
		Objects.requireNonNull(ask, "ask");
		Objects.requireNonNull(whyItMatters, "whyItMatters");
		Objects.requireNonNull(byWhen, "byWhen");
		callBack = List.copyOf(callBack);
		Objects.requireNonNull(closing, "closing");
	}

	/** Writes the message in its fixed order of sections. */
	public void write(ReportWriter out) {
		out.title(subject);
		out.paragraph(context);
		out.heading("The situation");
		situation.forEach(out::paragraph);
		out.heading("What we ask of you");
		out.paragraph(ask);
		out.heading("Why it matters to you");
		out.paragraph(whyItMatters);
		out.heading("By when");
		out.paragraph(byWhen);
		out.heading("Who to call back");
		out.bullets(callBack);
		out.paragraph(closing);
	}

	/** @return the plain-text body */
	public String text() {
		ReportWriter out = new PlainTextReportWriter();
		write(out);
		return out.result();
	}

	/** @return the HTML body: a self-contained page without scripts or external resources */
	public String html() {
		ReportWriter out = new HtmlReportWriter();
		write(out);
		return out.result();
	}

	/** @return a short message for a chat channel: the subject, what is asked and by when */
	public String chatText() {
		return subject + "\n" + ask + "\nBy when: " + byWhen;
	}
}
