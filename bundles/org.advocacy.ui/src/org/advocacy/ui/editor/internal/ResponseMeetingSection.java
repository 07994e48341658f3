// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__RESPONSE_MEETINGS;
import static org.advocacy.model.AdvocacyPackage.Literals.EVIDENCE__BROUGHT_BY;
import static org.advocacy.model.AdvocacyPackage.Literals.EVIDENCE__DESCRIPTION;
import static org.advocacy.model.AdvocacyPackage.Literals.EVIDENCE__FILE;
import static org.advocacy.model.AdvocacyPackage.Literals.EVIDENCE__KIND;
import static org.advocacy.model.AdvocacyPackage.Literals.EVIDENCE__LINK;
import static org.advocacy.model.AdvocacyPackage.Literals.MEETING__LOCATION;
import static org.advocacy.model.AdvocacyPackage.Literals.RESPONSE_MEETING__COURSE_OF_ACTION;
import static org.advocacy.model.AdvocacyPackage.Literals.RESPONSE_MEETING__EVIDENCE;
import static org.advocacy.model.AdvocacyPackage.Literals.RESPONSE_MEETING__HOW_WE_GOT_HERE;
import static org.advocacy.model.AdvocacyPackage.Literals.RESPONSE_MEETING__OPTIONS;
import static org.advocacy.model.AdvocacyPackage.Literals.RESPONSE_MEETING__OUTCOME;
import static org.advocacy.model.AdvocacyPackage.Literals.RESPONSE_MEETING__PROBLEM;
import static org.advocacy.model.AdvocacyPackage.Literals.RESPONSE_MEETING__SITUATION;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.advocacy.core.commands.Edit;
import org.advocacy.core.commands.MeetingCommands;
import org.advocacy.core.commands.SummaryPrefill;
import org.advocacy.core.persistence.EvidenceFiles;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.model.Evidence;
import org.advocacy.model.EvidenceKind;
import org.advocacy.model.Person;
import org.advocacy.model.ResponseMeeting;
import org.advocacy.ui.forms.ActionButtons;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The response meeting on the Meetings page: planned with the experts from the who-to-call list, the whitepaper's five
 * questions answered as the agenda, the evidence each expert brings (a link, or a file copied beside the repository in
 * a background job), and the outcome turned into the first draft situation summary, filling only what is empty.
 */
final class ResponseMeetingSection {

	private final MeetingsPage page;
	private final WritableValue<ResponseMeeting> meeting = new WritableValue<>(null, ResponseMeeting.class);
	private final Label status;
	private final Button plan;
	private final Button held;
	private final ComboViewer invitee;
	private final Button invite;
	private final FeatureTable evidence;
	private final Button attach;
	private final Button draftSummary;
	private final Label result;
	private final List<Text> answers = new ArrayList<>();

	ResponseMeetingSection(MeetingsPage page, FormToolkit toolkit, Composite body) {
		this.page = page;
		Composite client = Sections.create(toolkit, body, "Response meeting",
				"Get all the liars in the same room: the experts clarify the situation, the problem, how we got here "
						+ "(without blame), the options and a course of action, with the evidence they bring.",
				2, 2);
		page.register(page::edited, ENGAGEMENT__RESPONSE_MEETINGS, client);
		toolkit.createLabel(client, "Meeting:");
		Composite line = Controls.row(toolkit, client, 3);
		status = toolkit.createLabel(line, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
		plan = ActionButtons.push(toolkit, line, "Plan response meeting");
		plan.setToolTipText("Invite the primary and backup of every area escalated to, from the who-to-call list");
		plan.addListener(SWT.Selection, event -> plan());
		held = ActionButtons.push(toolkit, line, "Mark held");
		held.addListener(SWT.Selection, event -> toggleHeld());

		toolkit.createLabel(client, "Invite:");
		Composite inviting = Controls.row(toolkit, client, 3);
		invitee = page.fields(toolkit).choice(inviting, "", List.of());
		invite = ActionButtons.push(toolkit, inviting, "Invite");
		invite.addListener(SWT.Selection, event -> invite());

		FormFields fields = page.fields(toolkit);
		answers.add(fields.text(client, "Location:", meeting, MEETING__LOCATION, false));
		answers.add(question(fields, client, "1. What is the situation?", RESPONSE_MEETING__SITUATION));
		answers.add(question(fields, client, "2. What is the problem?", RESPONSE_MEETING__PROBLEM));
		answers.add(question(fields, client, "3. How did we get here?\n(not who is to blame)",
				RESPONSE_MEETING__HOW_WE_GOT_HERE));
		answers.add(question(fields, client, "4. What are the options?", RESPONSE_MEETING__OPTIONS));
		answers.add(question(fields, client, "5. What is the course\nof action?", RESPONSE_MEETING__COURSE_OF_ACTION));

		toolkit.createLabel(client, "Evidence:");
		evidence = new FeatureTable(toolkit, client, page.editingDomain(), meeting, RESPONSE_MEETING__EVIDENCE,
				page.text(),
				List.of(TableColumnSpec.edit("Kind", 130, EVIDENCE__KIND),
						TableColumnSpec.edit("What it shows", 230, EVIDENCE__DESCRIPTION),
						TableColumnSpec.edit("Link", 200, EVIDENCE__LINK),
						TableColumnSpec.show("File beside the repository", 200, EVIDENCE__FILE),
						TableColumnSpec.edit("Brought by", 120, EVIDENCE__BROUGHT_BY)),
				owner -> newEvidence(EvidenceKind.PERFORMANCE_REPORT, null));
		evidence.setHeight(125);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(evidence.getControl());
		page.register(meeting::getValue, RESPONSE_MEETING__EVIDENCE, evidence.getViewer().getControl());
		attach = ActionButtons.push(toolkit, evidence.getControl(), "Attach file\u2026");
		attach.setToolTipText("Copy a file into the evidence folder beside the repository and list it here");
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(attach);
		attach.addListener(SWT.Selection, event -> chooseFile());

		answers.add(question(fields, client, "Outcome:", RESPONSE_MEETING__OUTCOME));
		toolkit.createLabel(client, "");
		Composite drafting = Controls.row(toolkit, client, 2);
		draftSummary = ActionButtons.push(toolkit, drafting, "Draft situation summary");
		draftSummary.setToolTipText("Fill the empty parts of the situation summary from the five answers");
		draftSummary.addListener(SWT.Selection, event -> draftSummary());
		result = toolkit.createLabel(drafting, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(result);
		refresh();
	}

	private Text question(FormFields fields, Composite client, String label,
			EStructuralFeature feature) {
		Text text = fields.text(client, label, meeting, feature, true);
		page.register(meeting::getValue, feature, text);
		return text;
	}

	private static Evidence newEvidence(EvidenceKind kind, Person by) {
		Evidence created = AdvocacyFactory.eINSTANCE.createEvidence();
		created.setKind(kind);
		created.setBroughtBy(by);
		return created;
	}

	/** The latest response meeting: the one being prepared or held last. */
	private ResponseMeeting latest() {
		List<ResponseMeeting> meetings = page.edited().getResponseMeetings();
		return meetings.isEmpty() ? null : meetings.get(meetings.size() - 1);
	}

	void refresh() {
		if (status.isDisposed()) {
			return;
		}
		ResponseMeeting shown = latest();
		if (meeting.getValue() != shown) {
			meeting.setValue(shown);
			result.setText("");
		}
		status.setText(describe(shown));
		plan.setEnabled(shown == null || shown.getHeldAt() != null);
		plan.setText(shown == null ? "Plan response meeting" : "Plan another");
		held.setEnabled(shown != null);
		held.setText(shown != null && shown.getHeldAt() != null ? "Mark not held" : "Mark held");
		List<Person> candidates = candidates(shown);
		invitee.setInput(candidates);
		if (!candidates.isEmpty()) {
			invitee.setSelection(new StructuredSelection(candidates.get(0)));
		}
		invite.setEnabled(shown != null && !candidates.isEmpty());
		answers.forEach(answer -> answer.setEditable(shown != null));
		attach.setEnabled(shown != null && page.repositoryFile() != null);
		draftSummary.setEnabled(shown != null);
		evidence.refresh();
		status.getParent().layout(true);
	}

	private String describe(ResponseMeeting shown) {
		if (shown == null) {
			return "Not planned yet.";
		}
		String when = shown.getHeldAt() != null ? "Held " + page.text().of(shown.getHeldAt())
				: "Planned " + page.text().of(shown.getPlannedAt());
		return when + " with " + shown.getParticipants().stream().map(Person::getName)
				.collect(Collectors.joining(", ")) + ".";
	}

	/** The experts from the who-to-call list first, then everyone else of the organization, not invited yet. */
	private List<Person> candidates(ResponseMeeting shown) {
		if (shown == null) {
			return List.of();
		}
		List<Person> people = new ArrayList<>(MeetingCommands.experts(page.edited()));
		if (page.edited().eContainer() instanceof AdvocacyRepository repository
				&& repository.getOrganization() != null) {
			repository.getOrganization().getPeople().stream().filter(person -> !people.contains(person))
					.forEach(people::add);
		}
		people.removeAll(shown.getParticipants());
		return people;
	}

	private void plan() {
		Engagement engagement = page.edited();
		page.editingDomain().getCommandStack().execute(MeetingCommands.planResponseMeeting(page.editingDomain(),
				engagement, page.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS),
				MeetingCommands.experts(engagement)));
	}

	private void toggleHeld() {
		ResponseMeeting shown = meeting.getValue();
		if (shown != null) {
			page.editingDomain().getCommandStack().execute(MeetingCommands.held(page.editingDomain(), shown,
					shown.getHeldAt() == null ? page.now() : null));
		}
	}

	private void invite() {
		Object chosen = invitee.getStructuredSelection().getFirstElement();
		if (meeting.getValue() != null && chosen instanceof Person person) {
			page.editingDomain().getCommandStack()
					.execute(MeetingCommands.invite(page.editingDomain(), meeting.getValue(), person));
		}
	}

	private void chooseFile() {
		FileDialog dialog = new FileDialog(attach.getShell(), SWT.OPEN);
		dialog.setText("Attach Evidence");
		String chosen = dialog.open();
		if (chosen != null) {
			attach(Path.of(chosen));
		}
	}

	/**
	 * Copies a file beside the repository in a background job, then lists it as evidence with one command.
	 *
	 * @param source the file chosen
	 * @return the job, scheduled
	 */
	Job attach(Path source) {
		ResponseMeeting target = meeting.getValue();
		Path repository = page.repositoryFile();
		String key = page.edited().getKey();
		Job job = Job.create("Copying evidence " + source.getFileName(), (IProgressMonitor monitor) -> {
			try {
				String relative = EvidenceFiles.copyBeside(repository, key, source);
				attach.getDisplay().asyncExec(() -> page.editingDomain().getCommandStack()
						.execute(MeetingCommands.addEvidence(page.editingDomain(), target,
								EvidenceFiles.likelyKind(source.getFileName().toString()),
								source.getFileName().toString(), null, relative, page.edited().getAdvocate())));
				return Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void draftSummary() {
		Edit edit = SummaryPrefill.fromResponseMeeting(page.editingDomain(), page.edited(), meeting.getValue());
		if (edit.accepted()) {
			page.editingDomain().getCommandStack().execute(edit.command());
			result.setText("Drafted: the empty parts of the situation summary are filled; see the Situation Summary "
					+ "page.");
		} else {
			result.setText(edit.refusal());
		}
		page.reflow();
	}

	/** @return the status line of the meeting */
	Label getStatus() {
		return status;
	}

	/** @return the "Plan response meeting" button */
	Button getPlanButton() {
		return plan;
	}

	/** @return the answers: location, the five questions, the outcome */
	List<Text> getAnswers() {
		return answers;
	}

	/** @return the evidence table */
	FeatureTable getEvidence() {
		return evidence;
	}

	/** @return the "Draft situation summary" button */
	Button getDraftSummaryButton() {
		return draftSummary;
	}

	/** @return what drafting the summary did, or why it did nothing */
	Label getResult() {
		return result;
	}

	/** @return the meeting shown */
	ResponseMeeting getMeeting() {
		return meeting.getValue();
	}
}
