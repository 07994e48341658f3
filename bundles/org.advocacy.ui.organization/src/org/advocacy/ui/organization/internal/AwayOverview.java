// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.advocacy.core.escalation.LadderRungs;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.ui.emf.ValueText;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Who is away now or soon, and who takes their calls meanwhile: the away periods of everyone in the organization that
 * have not ended, soonest first. Read-only; double-click (or Enter) opens the away period on the People page.
 */
final class AwayOverview {

	private final Organization organization;
	private final Supplier<Instant> now;
	private final ValueText valueText;
	private final TableViewer viewer;
	private final TableColumnLayout columns = new TableColumnLayout();

	/**
	 * @param toolkit      the form toolkit
	 * @param parent       where the table goes
	 * @param organization the organization
	 * @param valueText    how dates read
	 * @param now          the instant that counts as now
	 * @param reveal       shows an away period where it is edited
	 */
	AwayOverview(FormToolkit toolkit, Composite parent, Organization organization, ValueText valueText,
			Supplier<Instant> now, Consumer<EObject> reveal) {
		this.organization = organization;
		this.now = now;
		this.valueText = valueText;
		Composite holder = toolkit.createComposite(parent);
		holder.setLayout(columns);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(holder);
		Table table = toolkit.createTable(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer = new TableViewer(table);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("", 80, away -> away.getStart() != null && !away.getStart().isAfter(now.get()) ? "Away now"
				: "Coming up");
		column("Person", 120, away -> ((Person) away.eContainer()).getName());
		column("On the ladder of", 170, away -> LadderRungs.positions(organization, (Person) away.eContainer()));
		column("From", 160, away -> valueText.of(away.getStart()));
		column("Until", 160, away -> away.getEnd() == null ? "further notice" : valueText.of(away.getEnd()));
		column("Calls go to", 130, away -> away.getAlternate() == null ? "nobody named" : away.getAlternate().getName());
		column("Agreed", 60, away -> away.getAlternate() == null ? "" : away.isAlternateConfirmed() ? "yes"
				: "not yet");
		column("Note", 150, away -> away.getNote() == null ? "" : away.getNote());
		viewer.addDoubleClickListener(event -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof AwayPeriod away) {
				reveal.accept(away);
			}
		});
		refresh();
	}

	private void column(String title, int width, Function<AwayPeriod, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), new ColumnWeightData(width, width * 2 / 3, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((AwayPeriod) element);
			}
		});
	}

	/** Lists the away periods again (after a change of the model or of the clock). */
	void refresh() {
		if (!viewer.getControl().isDisposed()) {
			viewer.setInput(periods());
		}
	}

	/** @return the away periods that have not ended, soonest first */
	List<AwayPeriod> periods() {
		Instant at = now.get();
		return organization.getPeople().stream().flatMap(person -> person.getAwayPeriods().stream())
				.filter(away -> away.getEnd() == null || away.getEnd().isAfter(at))
				.sorted(Comparator.comparing(AwayPeriod::getStart, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

	/** @return the table viewer */
	TableViewer getViewer() {
		return viewer;
	}
}
