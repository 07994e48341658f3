// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.CRITERION__CONFIRMED_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.CRITERION__CUSTOMER_CONFIRMED;
import static org.advocacy.model.AdvocacyPackage.Literals.CRITERION__MET;
import static org.advocacy.model.AdvocacyPackage.Literals.CRITERION__MET_AT;
import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__DISENGAGEMENT_CRITERIA;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.advocacy.core.commands.EngagementCommands;
import org.advocacy.core.validation.ModelChange;
import org.advocacy.model.Criterion;
import org.advocacy.model.Engagement;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.ActionButtons;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The close-out checklist: the disengagement and success criteria agreed up front, each met or not and confirmed by
 * the customer or not. Ticking a box or pressing a button is one command that also dates the tick; a criterion that
 * is no longer met loses the customer's confirmation with it, so the checklist never says "confirmed but not met".
 */
final class CriteriaChecklist {

	private final EditingDomain domain;
	private final Engagement engagement;
	private final Supplier<Instant> now;
	private final TableViewer viewer;
	private final Label progress;
	private final Button met;
	private final Button confirmed;
	private final Button confirmAll;

	/**
	 * @param toolkit    the form toolkit
	 * @param parent     where the checklist goes
	 * @param domain     the file's editing domain
	 * @param engagement the engagement
	 * @param now        the instant that dates the ticks (the editor's clock)
	 * @param valueText  plain-words values
	 */
	CriteriaChecklist(FormToolkit toolkit, Composite parent, EditingDomain domain, Engagement engagement, Supplier<Instant> now,
			ValueText valueText) {
		this.domain = domain;
		this.engagement = engagement;
		this.now = now;
		Composite control = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(control);
		progress = toolkit.createLabel(control, "");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(progress);
		Table table = toolkit.createTable(control, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 150).span(1, 4).applyTo(table);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Criterion", 380, criterion -> valueText.of(criterion.getDescription()), false);
		column("Kind", 115, criterion -> criterion.eContainmentFeature() == ENGAGEMENT__DISENGAGEMENT_CRITERIA
				? "Disengagement" : "Success", false);
		column("Met", 45, criterion -> criterion.isMet() ? "\u2611" : "\u2610", true);
		column("Met at", 160, criterion -> valueText.of(criterion.getMetAt()), false);
		column("Customer confirmed", 150, criterion -> criterion.isCustomerConfirmed() ? "\u2611" : "\u2610", true);
		column("Confirmed at", 160, criterion -> valueText.of(criterion.getConfirmedAt()), false);

		met = ActionButtons.push(toolkit, control, "Mark met");
		GridDataFactory.fillDefaults().applyTo(met);
		met.addListener(SWT.Selection, event -> toggleMet(selected()));
		confirmed = ActionButtons.push(toolkit, control, "Customer confirmed");
		GridDataFactory.fillDefaults().applyTo(confirmed);
		confirmed.addListener(SWT.Selection, event -> toggleConfirmed(selected()));
		confirmAll = ActionButtons.push(toolkit, control, "Customer confirms all met");
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(confirmAll);
		confirmAll.setToolTipText("Record that the customer agreed every criterion met so far is met");
		confirmAll.addListener(SWT.Selection, event -> confirmAllMet());
		viewer.addSelectionChangedListener(event -> updateButtons());
		refresh();
	}

	private void column(String title, int width, Function<Criterion, String> text, boolean flag) {
		TableViewerColumn column = new TableViewerColumn(viewer, flag ? SWT.CENTER : SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Criterion) element);
			}
		});
		if (flag) {
			boolean metColumn = "Met".equals(title);
			column.setEditingSupport(new EditingSupport(viewer) {
				private final CellEditor editor = new CheckboxCellEditor(viewer.getTable());

				@Override
				protected CellEditor getCellEditor(Object element) {
					return editor;
				}

				@Override
				protected boolean canEdit(Object element) {
					return metColumn || ((Criterion) element).isMet();
				}

				@Override
				protected Object getValue(Object element) {
					Criterion criterion = (Criterion) element;
					return metColumn ? criterion.isMet() : criterion.isCustomerConfirmed();
				}

				@Override
				protected void setValue(Object element, Object value) {
					Criterion criterion = (Criterion) element;
					if (!value.equals(getValue(element))) {
						if (metColumn) {
							toggleMet(criterion);
						} else {
							toggleConfirmed(criterion);
						}
					}
				}
			});
		}
	}

	private Criterion selected() {
		return (Criterion) viewer.getStructuredSelection().getFirstElement();
	}

	private List<Criterion> criteria() {
		List<Criterion> all = new ArrayList<>(engagement.getDisengagementCriteria());
		all.addAll(engagement.getSuccessCriteria());
		return all;
	}

	/** Marks the criterion met now, or not met (withdrawing the customer's confirmation too). */
	void toggleMet(Criterion criterion) {
		if (criterion == null) {
			return;
		}
		List<ModelChange> changes = new ArrayList<>();
		boolean nowMet = !criterion.isMet();
		changes.add(ModelChange.set(criterion, CRITERION__MET, nowMet));
		changes.add(ModelChange.set(criterion, CRITERION__MET_AT, nowMet ? now.get() : null));
		if (!nowMet && criterion.isCustomerConfirmed()) {
			changes.addAll(confirmation(criterion, false));
		}
		execute(nowMet ? "Mark criterion met" : "Mark criterion not met", changes);
	}

	/** Records that the customer confirmed a met criterion, or withdraws the confirmation. */
	void toggleConfirmed(Criterion criterion) {
		if (criterion == null || !criterion.isMet() && !criterion.isCustomerConfirmed()) {
			return;
		}
		boolean nowConfirmed = !criterion.isCustomerConfirmed();
		execute(nowConfirmed ? "Customer confirmed criterion" : "Withdraw customer confirmation",
				confirmation(criterion, nowConfirmed));
	}

	private void confirmAllMet() {
		List<ModelChange> changes = new ArrayList<>();
		for (Criterion criterion : criteria()) {
			if (criterion.isMet() && !criterion.isCustomerConfirmed()) {
				changes.addAll(confirmation(criterion, true));
			}
		}
		execute("Customer confirms the criteria met", changes);
	}

	private List<ModelChange> confirmation(Criterion criterion, boolean confirm) {
		return List.of(ModelChange.set(criterion, CRITERION__CUSTOMER_CONFIRMED, confirm),
				ModelChange.set(criterion, CRITERION__CONFIRMED_AT, confirm ? now.get() : null));
	}

	private void execute(String label, List<ModelChange> changes) {
		if (!changes.isEmpty()) {
			domain.getCommandStack().execute(EngagementCommands.apply(domain, label, changes));
		}
	}

	/** Follows the model: the rows, the count of met and confirmed criteria, the buttons. */
	void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Criterion> all = criteria();
		viewer.setInput(all);
		long metCount = all.stream().filter(Criterion::isMet).count();
		long confirmedCount = all.stream().filter(Criterion::isCustomerConfirmed).count();
		progress.setText(all.isEmpty() ? "No criteria agreed yet: agree them with the customer on the Overview page."
				: metCount + " of " + all.size() + " criteria met, " + confirmedCount + " confirmed by the customer.");
		updateButtons();
	}

	private void updateButtons() {
		Criterion criterion = selected();
		met.setEnabled(criterion != null);
		met.setText(criterion != null && criterion.isMet() ? "Mark not met" : "Mark met");
		confirmed.setEnabled(criterion != null && (criterion.isMet() || criterion.isCustomerConfirmed()));
		confirmed.setText(criterion != null && criterion.isCustomerConfirmed() ? "Withdraw confirmation"
				: "Customer confirmed");
		confirmAll.setEnabled(criteria().stream().anyMatch(c -> c.isMet() && !c.isCustomerConfirmed()));
		met.getParent().layout(true);
	}

	/** @return the table viewer */
	TableViewer getViewer() {
		return viewer;
	}

	/** @return the button marking the selected criterion met or not met */
	Button getMetButton() {
		return met;
	}

	/** @return the button recording or withdrawing the customer's confirmation of the selected criterion */
	Button getConfirmedButton() {
		return confirmed;
	}

	/** @return the button recording the customer's confirmation of every met criterion */
	Button getConfirmAllButton() {
		return confirmAll;
	}
}
