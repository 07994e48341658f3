// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.merge;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.advocacy.core.merge.Choice;
import org.advocacy.core.merge.Conflict;
import org.advocacy.core.merge.Merge;
import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.ui.emf.DataTypeText;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.TextColumns;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Lets the user decide every conflict of a three-way merge: a table lists each object and field that both sides
 * changed differently (or that one side deleted or moved while the other changed it) with the original, their and
 * my value; below it the user keeps one of the three or, for a plain value, types another. <i>Take All Mine</i>
 * and <i>Take All Theirs</i> decide everything at once. <i>Merge</i> is enabled only when every conflict is
 * decided, and only then is the merge resolved; <i>Cancel</i> resolves nothing, so nothing is saved and the user's
 * own edits stay as they are. The caller then finishes the save with {@link MergingSaver#complete}, which takes
 * the result into the editor as one undoable step.
 */
public final class MergeDialog extends TitleAreaDialog {

	/** The button that keeps my version of every conflict. */
	static final int TAKE_ALL_MINE = IDialogConstants.CLIENT_ID + 1;
	/** The button that keeps their version of every conflict. */
	static final int TAKE_ALL_THEIRS = IDialogConstants.CLIENT_ID + 2;

	private static final Choice[] VERSIONS = { Choice.ORIGINAL, Choice.THEIRS, Choice.MINE };

	/** A value the user typed for a conflict, kept as text until the merge is resolved. */
	private record Typed(String text) {
		@Override
		public String toString() {
			return text;
		}
	}

	private final String documentLabel;
	private final Merge merge;
	private final SaveResult.VersionConflict theirSave;
	private final ComposedAdapterFactory adapterFactory = RepositorySession.createAdapterFactory();
	private final ValueText valueText = new ValueText(adapterFactory, ZoneId.systemDefault());
	private final ConflictText text = new ConflictText(adapterFactory, valueText);
	/** What the user decided so far: a {@link Choice} or a {@link Typed} value per conflict. */
	private final Map<Conflict, Object> decisions = new HashMap<>();
	private final Map<Choice, Button> versionButtons = new EnumMap<>(Choice.class);
	private final Map<Choice, Label> versionValues = new EnumMap<>(Choice.class);
	private TableViewer table;
	private Group keep;
	private Button another;
	private Text anotherValue;
	private Conflict shown;
	private boolean showing;

	private MergeDialog(Shell parent, String documentLabel, Merge merge, SaveResult.VersionConflict theirSave) {
		super(parent);
		this.documentLabel = Objects.requireNonNull(documentLabel, "documentLabel");
		this.merge = Objects.requireNonNull(merge, "merge");
		this.theirSave = theirSave;
		setHelpAvailable(false);
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	/**
	 * Asks the user to decide every conflict of a merge and resolves it when they do.
	 *
	 * @param shell         the shell the dialog belongs to
	 * @param documentLabel the document, as the user knows it (e.g. "ADV-0042 Payroll outage")
	 * @param merge         a merge with conflicts
	 * @return {@code true} when every conflict is now resolved ({@link Merge#isResolved()}), {@code false} when the
	 *         user cancelled: then nothing of the merge is resolved
	 */
	public static boolean resolve(Shell shell, String documentLabel, Merge merge) {
		return resolve(shell, documentLabel, merge, null);
	}

	/**
	 * As {@link #resolve(Shell, String, Merge)} for a save that needs a decision, saying who saved their version
	 * and when.
	 *
	 * @param shell         the shell the dialog belongs to
	 * @param documentLabel the document, as the user knows it
	 * @param decision      what the merging saver answered
	 * @return whether the merge is now resolved: then finish with {@link MergingSaver#complete}
	 */
	public static boolean resolve(Shell shell, String documentLabel, MergingSaver.Outcome.NeedsDecision decision) {
		return resolve(shell, documentLabel, decision.merge(), decision.conflict());
	}

	private static boolean resolve(Shell shell, String documentLabel, Merge merge,
			SaveResult.VersionConflict theirSave) {
		if (merge.isResolved()) {
			return true;
		}
		return new MergeDialog(shell, documentLabel, merge, theirSave).open() == OK;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.addDisposeListener(closed -> adapterFactory.dispose());
		shell.setText("Merge Changes");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Merge changes to " + documentLabel);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().margins(10, 10).spacing(8, 10).applyTo(body);
		Label intro = new Label(body, SWT.WRAP);
		intro.setText(introduction());
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(intro);
		createTable(body);
		createKeepGroup(body);
		return area;
	}

	private String introduction() {
		String who = theirSave == null || theirSave.changedBy() == null ? "Someone else" : theirSave.changedBy();
		String when = theirSave == null || theirSave.changedAt() == null ? ""
				: " at " + valueText.of(theirSave.changedAt());
		String what = theirSave != null && theirSave.deleted() ? "deleted" : "saved";
		int count = merge.conflicts().size();
		return who + " " + what + " this document" + when + " while you were editing it. Their other changes and yours "
				+ "merge by themselves; " + (count == 1 ? "one change conflicts" : count + " changes conflict")
				+ ". Choose for each which value to keep, or type another. Nothing is saved until you press Merge.";
	}

	private void createTable(Composite parent) {
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Object", 270, conflict -> text.object(conflict));
		column("Field", 110, conflict -> text.field(conflict));
		column("Original", 150, conflict -> text.value(conflict, Choice.ORIGINAL));
		column(theirsHeading(), 170, conflict -> text.value(conflict, Choice.THEIRS));
		column("Mine", 150, conflict -> text.value(conflict, Choice.MINE));
		column("Keep", 100, conflict -> text.decision(decisions.get(conflict)));
		table.setInput(merge.conflicts());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 180).applyTo(table.getControl());
		table.addSelectionChangedListener(event -> show((Conflict) table.getStructuredSelection().getFirstElement()));
	}

	private String theirsHeading() {
		if (theirSave == null || theirSave.changedBy() == null) {
			return "Theirs";
		}
		return "Theirs (" + theirSave.changedBy()
				+ (theirSave.changedAt() == null ? "" : ", " + valueText.of(theirSave.changedAt())) + ")";
	}

	private void column(String heading, int width, Function<Conflict, String> cell) {
		TextColumns.add(table, SWT.LEFT, heading, width, cell, Conflict::describe);
	}

	private void createKeepGroup(Composite parent) {
		keep = new Group(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(keep);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(keep);
		for (Choice version : VERSIONS) {
			Button radio = new Button(keep, SWT.RADIO);
			radio.setText(ConflictText.choiceName(version));
			radio.addListener(SWT.Selection, event -> {
				if (radio.getSelection()) {
					decide(version);
				}
			});
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(radio);
			Label value = new Label(keep, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).applyTo(value);
			versionButtons.put(version, radio);
			versionValues.put(version, value);
		}
		another = new Button(keep, SWT.RADIO);
		another.setText("Another value:");
		another.addListener(SWT.Selection, event -> {
			if (another.getSelection()) {
				decide(new Typed(anotherValue.getText()));
			}
		});
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(another);
		anotherValue = new Text(keep, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(700, 44).applyTo(anotherValue);
		anotherValue.addListener(SWT.Modify, event -> {
			if (!showing) {
				another.setSelection(true);
				for (Button radio : versionButtons.values()) {
					radio.setSelection(false);
				}
				decide(new Typed(anotherValue.getText()));
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, TAKE_ALL_THEIRS, "Take All Theirs", false);
		createButton(parent, TAKE_ALL_MINE, "Take All Mine", false);
		createButton(parent, IDialogConstants.OK_ID, "Merge", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		List<Conflict> conflicts = merge.conflicts();
		table.setSelection(new StructuredSelection(conflicts.get(0)), true);
		show(conflicts.get(0));
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == TAKE_ALL_MINE || buttonId == TAKE_ALL_THEIRS) {
			Choice choice = buttonId == TAKE_ALL_MINE ? Choice.MINE : Choice.THEIRS;
			merge.conflicts().forEach(conflict -> decisions.put(conflict, choice));
			table.refresh();
			show(shown);
			updateState();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Shows a conflict's three values below the table, with what is decided for it. */
	private void show(Conflict conflict) {
		if (conflict == null) {
			return;
		}
		shown = conflict;
		showing = true;
		try {
			keep.setText("Keep for " + text.object(conflict) + " \u2014 " + text.field(conflict));
			Object decision = decisions.get(conflict);
			for (Choice version : VERSIONS) {
				Button radio = versionButtons.get(version);
				radio.setSelection(decision == version);
				radio.setEnabled(version != Choice.ORIGINAL || conflict.kind() == Conflict.Kind.CHANGED_DIFFERENTLY
						|| conflict.original() != null);
				versionValues.get(version).setText(text.value(conflict, version));
			}
			boolean typeable = typedType(conflict) != null;
			another.setEnabled(typeable);
			anotherValue.setEnabled(typeable);
			another.setSelection(decision instanceof Typed);
			anotherValue.setText(decision instanceof Typed typed ? typed.text()
					: typeable ? typingText(conflict) : "");
			keep.layout(true, true);
		} finally {
			showing = false;
		}
		updateState();
	}

	/** @return my value as it would be typed, the start for typing another */
	private String typingText(Conflict conflict) {
		return new DataTypeText(typedType(conflict), ZoneId.systemDefault()).format(conflict.mine());
	}

	/** @return the data type of a conflict where the user may type a value, else {@code null} */
	private static EDataType typedType(Conflict conflict) {
		if (conflict.kind() == Conflict.Kind.CHANGED_DIFFERENTLY && conflict.feature() instanceof EAttribute attribute
				&& !attribute.isMany()) {
			EDataType type = attribute.getEAttributeType();
			boolean choiceOnly = type instanceof EEnum || type.getInstanceClass() == boolean.class
					|| type.getInstanceClass() == Boolean.class;
			return choiceOnly ? null : type;
		}
		return null;
	}

	private void decide(Object decision) {
		if (shown == null || showing) {
			return;
		}
		decisions.put(shown, decision);
		table.update(shown, null);
		updateState();
	}

	/** Enables Merge only when every conflict is decided and every typed value is valid, and says what is missing. */
	private void updateState() {
		String problem = null;
		for (Conflict conflict : merge.conflicts()) {
			if (decisions.get(conflict) instanceof Typed typed) {
				String invalid = new DataTypeText(typedType(conflict), ZoneId.systemDefault()).problem(typed.text());
				if (invalid != null && problem == null) {
					problem = text.object(conflict) + ", " + text.field(conflict) + ": " + invalid;
				}
			}
		}
		long open = merge.conflicts().stream().filter(conflict -> !decisions.containsKey(conflict)).count();
		setErrorMessage(problem);
		if (open > 0) {
			setMessage("Decide " + (open == 1 ? "one more conflict" : open + " more conflicts")
					+ ": choose Original, Theirs or Mine for each.");
		} else {
			setMessage("Every conflict is decided. Merge takes the result into your copy as one step you can undo, "
					+ "then saves it.");
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(open == 0 && problem == null);
		}
	}

	@Override
	protected void okPressed() {
		Map<Conflict, Object> resolutions = new HashMap<>();
		for (Conflict conflict : merge.conflicts()) {
			Object decision = decisions.get(conflict);
			resolutions.put(conflict, decision instanceof Typed typed
					? new DataTypeText(typedType(conflict), ZoneId.systemDefault()).parse(typed.text())
					: decision);
		}
		resolutions.forEach((conflict, resolution) -> {
			if (resolution instanceof Choice choice) {
				merge.resolve(conflict, choice);
			} else {
				merge.resolve(conflict, resolution);
			}
		});
		super.okPressed();
	}
}
