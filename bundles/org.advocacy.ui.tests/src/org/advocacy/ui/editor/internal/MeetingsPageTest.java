// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.tests.harness.StandardSample.NOW;
import static org.advocacy.tests.harness.ui.WorkbenchFixture.session;
import static org.advocacy.ui.editor.internal.EditorPageFixture.press;
import static org.advocacy.ui.editor.internal.EditorPageFixture.type;
import static org.advocacy.ui.editor.internal.EditorPageFixture.undo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.exports.OfferReturn;
import org.advocacy.core.persistence.EvidenceFiles;
import org.advocacy.model.CustomerMeeting;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.advocacy.model.Evidence;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;
import org.advocacy.model.Person;
import org.advocacy.model.ResponseMeeting;
import org.advocacy.tests.harness.ui.DisplayEvents;
import org.advocacy.tests.harness.ui.OpenSample;
import org.advocacy.ui.nudges.DueTimes;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Meetings page of the engagement editor, driven through its widgets in the running workbench. */
@ExtendWith(OpenSample.class)
class MeetingsPageTest {

	@TempDir
	Path downloads;

	@Test
	void theResponseMeetingsAnswersDraftTheEmptySummaryAndEvidenceIsCopiedBesideTheRepository() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getState() == EngagementState.ASSESSING && !e.getResponseMeetings().isEmpty())
				.findFirst().orElseThrow();
		engagement.setSituationSummary(null);
		MeetingsPage page = EditorPageFixture.openOn(engagement, MeetingsPage.ID, MeetingsPage.class);
		ResponseMeetingSection section = page.getResponse();
		ResponseMeeting meeting = engagement.getResponseMeetings().get(0);
		String status = section.getStatus().getText();
		assertTrue(status.startsWith("Planned "), status);
		for (Person invited : meeting.getParticipants()) {
			assertTrue(status.contains(invited.getName()), status);
		}

		List<Text> answers = section.getAnswers();
		type(answers.get(1), "Invoices were not sent for three days");
		type(answers.get(2), "The billing export stalls on large accounts");
		type(answers.get(3), "A schema change on 2 November met an unindexed table");
		type(answers.get(4), "Roll back the schema change\nAdd the index");
		type(answers.get(5), "Add the index tonight; watch the next three exports");
		assertEquals("Invoices were not sent for three days", meeting.getSituation(), "bound to the meeting");

		press(section.getDraftSummaryButton());

		assertNotNull(engagement.getSituationSummary());
		assertEquals("Invoices were not sent for three days. The billing export stalls on large accounts.",
				engagement.getSituationSummary().getExecutiveSummary());
		assertEquals(2, engagement.getSituationSummary().getRecommendations().size());
		assertTrue(section.getResult().getText().startsWith("Drafted"), section.getResult().getText());
		press(section.getDraftSummaryButton());
		assertTrue(section.getResult().getText().contains("nothing of it is overwritten"),
				section.getResult().getText());
		undo();
		assertNull(engagement.getSituationSummary(), "one Undo takes the whole draft back");

		Path report = Files.writeString(downloads.resolve("billing-invoice-report.pdf"), "%PDF-1.4 report");
		int before = meeting.getEvidence().size();
		section.attach(report);
		DisplayEvents.waitUntil("the evidence listed", () -> meeting.getEvidence().size() == before + 1);
		Evidence attached = meeting.getEvidence().get(before);
		assertEquals("evidence/" + engagement.getKey() + "/billing-invoice-report.pdf", attached.getFile());
		assertEquals(EvidenceKind.INVOICE, attached.getKind());
		Path copy = EvidenceFiles.resolve(session().getFile(), attached.getFile());
		assertEquals("%PDF-1.4 report", Files.readString(copy), "the copy beside the repository");
		assertEquals(before + 1, section.getEvidence().getViewer().getTable().getItemCount());
	}

	@Test
	void aCustomerMeetingTomorrowWithoutADryRunIsFlaggedUntilOneIsPlanned() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getCustomerMeetings().stream().anyMatch(m -> m.getHeldAt() == null
						&& m.getDryRun() == null && m.getPlannedAt().isBefore(NOW.plusSeconds(24 * 3600))))
				.findFirst().orElseThrow();
		CustomerMeeting meeting = engagement.getCustomerMeetings().stream().filter(m -> m.getHeldAt() == null)
				.findFirst().orElseThrow();
		assertTrue(DueTimes.evaluate(session().getRepository(), NOW).dueNow().stream()
				.anyMatch(nudge -> nudge.engagement() == engagement && nudge.text().contains("has no dry-run")),
				"among the nudges");
		MeetingsPage page = EditorPageFixture.openOn(engagement, MeetingsPage.ID, MeetingsPage.class);
		CustomerMeetingSection section = page.getCustomer();
		assertEquals(meeting, section.getMeetings().getViewer().getStructuredSelection().getFirstElement(),
				"the meeting still ahead is selected");
		assertTrue(section.getWarning().getText().contains("has no dry-run"), section.getWarning().getText());
		assertTrue(section.getBrief().getText().contains("No dry-run yet"), section.getBrief().getText());

		press(section.getPlanDryRunButton());

		assertNotNull(meeting.getDryRun());
		assertEquals(meeting.getParticipants().size(), meeting.getDryRun().getParts().size(), "a part for each");
		assertEquals("", section.getWarning().getText(), "planned before the meeting");
		assertEquals(meeting.getParticipants().size(), section.getParts().getViewer().getTable().getItemCount());
		String brief = section.getBrief().getText();
		assertTrue(brief.contains("Who covers what"), brief);
		assertTrue(brief.contains(meeting.getDryRun().getParts().get(0).getTopic()), brief);
		assertFalse(section.getPlanDryRunButton().isEnabled(), "one dry-run per meeting");

		boolean senior = meeting.isSeniorManagementAttends();
		section.getSenior().setSelection(!senior);
		section.getSenior().notifyListeners(SWT.Selection, new Event());
		DisplayEvents.processEvents();
		assertEquals(!senior, meeting.isSeniorManagementAttends());
		undo();
		assertEquals(senior, meeting.isSeniorManagementAttends());

		undo();
		assertNull(meeting.getDryRun());
		assertTrue(section.getWarning().getText().contains("has no dry-run"), section.getWarning().getText());
	}

	@Test
	void anOfferStartsItsTrialTodayAndShowsItsReturn() throws Exception {
		Engagement engagement = session().getRepository().getEngagements().stream()
				.filter(e -> e.getOffers().stream().anyMatch(offer -> offer.getStatus() == OfferStatus.TRIAL))
				.findFirst().orElseThrow();
		Offer trial = engagement.getOffers().get(0);
		MeetingsPage page = EditorPageFixture.openOn(engagement, MeetingsPage.ID, MeetingsPage.class);
		OffersSection section = page.getOffers();
		assertEquals(OfferReturn.of(trial).text(), section.getReturn().getText());
		assertTrue(section.getReturn().getText().contains("times the investment"), section.getReturn().getText());
		assertEquals(trial.getImpacts().size(), section.getImpacts().getViewer().getTable().getItemCount());

		section.getOffers().addRow();
		DisplayEvents.processEvents();
		Offer added = engagement.getOffers().get(engagement.getOffers().size() - 1);
		assertEquals(OfferStatus.OFFERED, added.getStatus());
		assertEquals(90, added.getTrialDays());
		section.getOffers().getViewer().setSelection(new StructuredSelection(added), true);
		DisplayEvents.processEvents();
		assertTrue(section.getStartTrialButton().isEnabled());

		press(section.getStartTrialButton());

		LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
		assertEquals(OfferStatus.TRIAL, added.getStatus());
		assertEquals(today, added.getTrialStart());
		assertEquals(today.plusDays(90), added.getSwitchOffOn());
		assertFalse(section.getStartTrialButton().isEnabled());
		undo();
		assertEquals(OfferStatus.OFFERED, added.getStatus());
	}
}
