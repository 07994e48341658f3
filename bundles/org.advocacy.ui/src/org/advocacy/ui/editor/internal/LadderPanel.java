// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.advocacy.core.escalation.LadderContact;
import org.advocacy.core.escalation.LadderState;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.model.AttemptOutcome;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Escalation;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Person;
import org.advocacy.model.StatusColour;
import org.advocacy.ui.StatusColours;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.ActionButtons;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * One escalation on the Escalations page: the area's who-to-call ladder (primary up to vice president, with the
 * alternate who takes the call when someone is away), who to call now as the engine decides it, the countdown to the
 * next step with its warnings, and the buttons that record the call and its outcome.
 */
final class LadderPanel {

	/** What the buttons ask the page to do; the page turns it into a command. */
	interface Actions {
		/** Records that the engine's next contact was called now on the channel chosen. */
		void contacted(LadderStatus status, ContactChannel channel);

		/** Records the awaited call's outcome. */
		void outcome(LadderStatus status, AttemptOutcome outcome);
	}

	/** The narrowest the ladder table gets: the sum of its columns' minimum widths. */
	private static final int LADDER_MIN_WIDTH = 100 + 135 + 195 + 175 + 130 + 4;
	/** The width of the text beside the ladder; below the ladder when the page is narrower than both. */
	private static final int SIDE_WIDTH = 300;
	private static final int SPACING = 16;

	private final Escalation escalation;
	private final ValueText valueText;
	private final ResourceManager resources;
	private final Section section;
	private final TableViewer ladder;
	private final TableColumnLayout columns = new TableColumnLayout();
	private final Label who;
	private final Label countdown;
	private final Label reason;
	private final ComboViewer channel;
	private final Button contacted;
	private final Button responded;
	private final Button noAnswer;
	private LadderStatus status;
	private Instant now;

	/**
	 * @param toolkit    the form toolkit
	 * @param parent     the page's ladder area (a one-column grid)
	 * @param escalation the escalation shown
	 * @param valueText  plain-words values
	 * @param resources  the page's colours and fonts
	 * @param actions    what the buttons do
	 */
	LadderPanel(FormToolkit toolkit, Composite parent, Escalation escalation, ValueText valueText,
			ResourceManager resources, Actions actions) {
		this.escalation = escalation;
		this.valueText = valueText;
		this.resources = resources;
		section = toolkit.createSection(parent, Section.TITLE_BAR | Section.EXPANDED | Section.TWISTIE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).margins(2, 4).spacing(SPACING, 5)
				.applyTo(client);
		section.setClient(client);

		Composite holder = toolkit.createComposite(client);
		holder.setLayout(columns);
		GridDataFactory.fillDefaults().grab(true, false).hint(LADDER_MIN_WIDTH, SWT.DEFAULT).applyTo(holder);
		Table table = toolkit.createTable(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.MeasureItem, this::measureRow);
		ladder = new TableViewer(table);
		ladder.setContentProvider(ArrayContentProvider.getInstance());
		column("Level", 100, rung -> valueText.of(rung.getLevel()));
		column("On the ladder", 135, rung -> valueText.of(rung.getPerson()));
		column("Takes the call now", 195, this::takesTheCall);
		column("Reach at", 175, rung -> reachAt(covering(rung).person()));
		column("On this escalation", 130, this::onThisEscalation);

		Composite side = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(side);
		GridDataFactory.fillDefaults().grab(true, false).hint(SIDE_WIDTH, SWT.DEFAULT).applyTo(side);
		who = toolkit.createLabel(side, "", SWT.WRAP);
		who.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(SIDE_WIDTH, SWT.DEFAULT).applyTo(who);
		countdown = toolkit.createLabel(side, "", SWT.WRAP);
		countdown.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(SIDE_WIDTH, SWT.DEFAULT).applyTo(countdown);
		reason = toolkit.createLabel(side, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(SIDE_WIDTH, SWT.DEFAULT).applyTo(reason);
		client.addListener(SWT.Resize, event -> placeSide(client));

		Composite buttons = toolkit.createComposite(side);
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(6, 0).applyTo(buttons);
		GridDataFactory.fillDefaults().indent(0, 4).applyTo(buttons);
		toolkit.createLabel(buttons, "By:");
		channel = new ComboViewer(buttons, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(channel.getCombo(), true, false);
		channel.setContentProvider(ArrayContentProvider.getInstance());
		channel.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return valueText.of(element);
			}
		});
		channel.setInput(ContactChannel.VALUES);
		channel.setSelection(new StructuredSelection(ContactChannel.PHONE));
		channel.getCombo().setToolTipText("How the call is made");
		contacted = ActionButtons.push(toolkit, buttons, "Contacted");
		contacted.addListener(SWT.Selection,
				event -> actions.contacted(status, (ContactChannel) channel.getStructuredSelection().getFirstElement()));
		responded = ActionButtons.push(toolkit, buttons, "Responded");
		responded.addListener(SWT.Selection, event -> actions.outcome(status, AttemptOutcome.RESPONDED));
		noAnswer = ActionButtons.push(toolkit, buttons, "No answer");
		noAnswer.addListener(SWT.Selection, event -> actions.outcome(status, AttemptOutcome.NO_ANSWER));
	}

	/**
	 * Adds a column sharing the table's width with the others in proportion to its minimum width.
	 *
	 * @param minimum the narrowest the column gets, in pixels
	 * @param text    the cell's text; a second line (after a line break) shows as a note under the first
	 */
	private void column(String title, int minimum, Function<LadderRung, String> text) {
		TableViewerColumn column = new TableViewerColumn(ladder, SWT.NONE);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), new ColumnWeightData(minimum, minimum, true));
		column.setLabelProvider(new StyledCellLabelProvider() {
			@Override
			public void update(ViewerCell cell) {
				String[] lines = text.apply((LadderRung) cell.getElement()).split("\n", 2);
				StyledString styled = new StyledString(lines[0]);
				if (lines.length > 1) {
					styled.append("\n" + lines[1], StyledString.DECORATIONS_STYLER);
				}
				cell.setText(styled.getString());
				cell.setStyleRanges(styled.getStyleRanges());
				cell.setFont(isNextStep((LadderRung) cell.getElement())
						? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
						: null);
				super.update(cell);
			}
		});
	}

	/** Makes the rows two lines high while a cell has a second line (who covers for someone away, an earlier call). */
	private void measureRow(Event event) {
		if (ladder.getInput() instanceof List<?> rungs && rungs.stream().map(LadderRung.class::cast)
				.anyMatch(rung -> (takesTheCall(rung) + onThisEscalation(rung)).contains("\n"))) {
			event.height = Math.max(event.height, event.gc.getFontMetrics().getHeight() * 2 + 6);
		}
	}

	/** Puts the text and buttons beside the ladder when the page is wide enough, else under it. */
	private void placeSide(Composite client) {
		GridLayout grid = (GridLayout) client.getLayout();
		int columnsWanted = client.getClientArea().width >= LADDER_MIN_WIDTH + 150 + SPACING + SIDE_WIDTH ? 2 : 1;
		if (grid.numColumns != columnsWanted) {
			grid.numColumns = columnsWanted;
			client.getDisplay().asyncExec(() -> reflow(client));
		}
	}

	private static void reflow(Composite client) {
		for (Composite parent = client; parent != null && !parent.isDisposed(); parent = parent.getParent()) {
			if (parent instanceof ScrolledForm form) {
				form.reflow(true);
				return;
			}
		}
	}

	/**
	 * Shows the engine's decision at an instant: the ladder markers when the state changed, the countdown always.
	 *
	 * @param current the ladder's state now
	 * @param at      the instant it was decided for
	 */
	void update(LadderStatus current, Instant at) {
		boolean changed = status == null || status.state() != current.state() || status.last() != current.last()
				|| !sameContact(status.next(), current.next());
		status = current;
		now = at;
		if (changed || ladder.getInput() == null) {
			List<LadderRung> rungs = escalation.getArea() == null ? List.of()
					: escalation.getArea().getLadder().stream().filter(rung -> rung.getLevel() != null)
							.sorted(Comparator.comparingInt(rung -> rung.getLevel().getValue())).toList();
			ladder.setInput(rungs);
		} else {
			ladder.refresh(true);
		}
		section.setText(valueText.of(escalation.getArea()) + " \u2014 " + stateWords(current.state()));
		who.setText(whoText(current));
		who.setForeground(colour(current.isDue() ? StatusColour.RED
				: current.state() == LadderState.RESPONDED ? StatusColour.GREEN : null));
		countdown.setText(countdownText(current, at));
		countdown.setForeground(colour(warningColour(current)));
		reason.setText(current.reason());
		contacted.setEnabled(current.state() == LadderState.DUE_NOW && current.next() != null);
		channel.getCombo().setEnabled(contacted.isEnabled());
		boolean awaited = current.awaitedAttempt() != null;
		responded.setEnabled(awaited);
		noAnswer.setEnabled(awaited);
		section.layout(true, true);
	}

	private static boolean sameContact(LadderContact first, LadderContact second) {
		return first == null ? second == null
				: second != null && first.level() == second.level() && first.person() == second.person();
	}

	private String whoText(LadderStatus current) {
		return switch (current.state()) {
		case DUE_NOW -> "Call now: " + current.next().describe();
		case AWAITING_RESPONSE -> "Waiting for " + valueText.of(current.last().getPerson()) + " ("
				+ valueText.of(current.last().getLevel()).toLowerCase() + "), called "
				+ valueText.of(current.last().getContactedAt());
		case RESPONDED -> valueText.of(current.last().getPerson()) + " answered"
				+ (current.last().getRespondedAt() == null ? "" : " " + valueText.of(current.last().getRespondedAt()))
				+ "; nobody else to call.";
		case EXHAUSTED -> "Flag to management: nobody is left on the ladder.";
		case CLOSED -> "Nothing to do: the engagement is closed.";
		};
	}

	private static String countdownText(LadderStatus current, Instant at) {
		if (current.dueAt() == null) {
			return "";
		}
		return switch (current.state()) {
		case AWAITING_RESPONSE -> "Next step " + DueText.until(current.dueAt(), at)
				+ (current.isWarning() ? "  \u2014 " + Math.round(current.warning() * 100) + "% of the wait has passed"
						: "");
		case DUE_NOW -> current.dueAt().isAfter(at) ? "Call due " + DueText.until(current.dueAt(), at)
				: "Call due " + DueText.span(Duration.between(current.dueAt(), at)) + " ago";
		case EXHAUSTED -> "Ladder ran out " + DueText.span(Duration.between(current.dueAt(), at).abs()) + " ago";
		default -> "";
		};
	}

	private static StatusColour warningColour(LadderStatus current) {
		if (current.isDue()) {
			return StatusColour.RED;
		}
		if (current.state() != LadderState.AWAITING_RESPONSE || !current.isWarning()) {
			return null;
		}
		return current.warning() >= 0.9 ? StatusColour.RED : StatusColour.YELLOW;
	}

	private Color colour(StatusColour colour) {
		return colour == null ? null : resources.create(ColorDescriptor.createFrom(StatusColours.rgb(colour)));
	}

	private LadderContact covering(LadderRung rung) {
		return LadderContact.covering(rung.getLevel(), rung.getPerson(), now);
	}

	private String takesTheCall(LadderRung rung) {
		LadderContact contact = covering(rung);
		return contact.substituteFor() == null ? valueText.of(contact.person())
				: valueText.of(contact.person()) + "\ncovering, " + valueText.of(contact.substituteFor()) + " away";
	}

	private String onThisEscalation(LadderRung rung) {
		String marker = isNextStep(rung) ? (status.state() == LadderState.DUE_NOW ? "\u25B6 Call now" : "Next if no answer")
				: "";
		LadderAttempt latest = null;
		for (LadderAttempt attempt : escalation.getAttempts()) {
			if (attempt.getLevel() == rung.getLevel()) {
				latest = attempt;
			}
		}
		if (latest == null) {
			return marker;
		}
		AttemptOutcome outcome = latest.getOutcome() == null ? AttemptOutcome.PENDING : latest.getOutcome();
		String done = switch (outcome) {
		case PENDING -> "Called, waiting";
		case RESPONDED -> "\u2713 Answered";
		case NO_ANSWER -> "\u2717 No answer";
		case REDIRECTED -> "Redirected";
		};
		return marker.isEmpty() ? done : marker + "\n" + done.toLowerCase() + " before";
	}

	private boolean isNextStep(LadderRung rung) {
		return status != null && status.next() != null && status.next().level() == rung.getLevel()
				&& (status.state() == LadderState.DUE_NOW || status.state() == LadderState.AWAITING_RESPONSE);
	}

	private static String reachAt(Person person) {
		if (person == null) {
			return "";
		}
		for (ContactPoint point : person.getContactPoints()) {
			if (point.getAddress() != null && !point.getAddress().isBlank()) {
				return point.getAddress() + (point.isAvailable24x7() ? " (24x7)" : "");
			}
		}
		return person.getEmail() == null ? "" : person.getEmail();
	}

	private static String stateWords(LadderState state) {
		return switch (state) {
		case AWAITING_RESPONSE -> "waiting for an answer";
		case DUE_NOW -> "call due now";
		case RESPONDED -> "answered";
		case EXHAUSTED -> "ladder exhausted, flag to management";
		case CLOSED -> "closed";
		};
	}

	/** @return the escalation shown */
	Escalation getEscalation() {
		return escalation;
	}

	/** @return the label saying who to call now (or who is awaited) */
	Label getWhoLabel() {
		return who;
	}

	/** @return the countdown to the next step */
	Label getCountdown() {
		return countdown;
	}

	/** @return the button recording that the next contact was called */
	Button getContactedButton() {
		return contacted;
	}

	/** @return the button recording that the awaited call was answered */
	Button getRespondedButton() {
		return responded;
	}

	/** @return the button recording that the awaited call was not answered */
	Button getNoAnswerButton() {
		return noAnswer;
	}

	/** @return the section of the panel */
	Section getSection() {
		return section;
	}

	/** @return the engine's state of the ladder shown last */
	LadderStatus getStatus() {
		return status;
	}
}
