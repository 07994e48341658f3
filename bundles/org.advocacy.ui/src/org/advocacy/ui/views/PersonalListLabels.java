// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.core.list.OwedItem;
import org.advocacy.model.ListPriority;
import org.advocacy.ui.views.PersonalListRows.Section;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

/**
 * The columns of the My List view and how a row looks in them: sections in bold with their count, crossed-off items
 * struck through in grey, an overdue due date in red. Owns its font and colours and disposes them with the tree.
 */
final class PersonalListLabels {

	private static final RGB OVERDUE = new RGB(192, 32, 32);
	private static final RGB CROSSED_OFF = new RGB(128, 128, 128);

	private final LocalResourceManager resources;
	private final Font bold;
	private final Color overdue;
	private final Color grey;
	private Clock clock;

	/**
	 * @param owner the tree; its disposal disposes the resources
	 * @param clock what "today" is, for overdue dates
	 */
	PersonalListLabels(Control owner, Clock clock) {
		this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
		this.bold = resources.create(FontDescriptor.createFrom(owner.getFont()).setStyle(SWT.BOLD));
		this.overdue = resources.create(ColorDescriptor.createFrom(OVERDUE));
		this.grey = resources.create(ColorDescriptor.createFrom(CROSSED_OFF));
		this.clock = clock;
	}

	void setClock(Clock now) {
		this.clock = now;
	}

	/** Adds the Item, Kind, Engagement, Due and Priority columns with the widths given. */
	void addColumns(TreeViewer viewer, TreeColumnLayout layout, ColumnLayoutData item, ColumnLayoutData kind,
			ColumnLayoutData engagement, ColumnLayoutData due, ColumnLayoutData priority) {
		column(viewer, layout, "Item", item, Section::heading, OwedItem::title,
				status -> "Update the customer: " + status.engagement().getTitle());
		column(viewer, layout, "Kind", kind, section -> "", owed -> owed.kind().label(), status -> "Update due");
		column(viewer, layout, "Engagement", engagement, section -> "", OwedItem::engagementKey,
				status -> status.engagement().getKey());
		column(viewer, layout, "Due", due, section -> "", PersonalListRows::due,
				status -> PersonalListRows.due(status, clock.getZone()));
		column(viewer, layout, "Priority", priority, section -> "", PersonalListLabels::priority, status -> "");
	}

	private static String priority(OwedItem item) {
		return item.priority() == ListPriority.NEW ? "New" : item.priority().getLiteral();
	}

	private void column(TreeViewer viewer, TreeColumnLayout layout, String title, ColumnLayoutData width,
			Function<Section, String> sectionText, Function<OwedItem, String> itemText,
			Function<UpdateStatus, String> updateText) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new StyledCellLabelProvider() {
			@Override
			public void update(ViewerCell cell) {
				Object element = cell.getElement();
				String text = element instanceof Section section ? sectionText.apply(section)
						: element instanceof OwedItem item ? itemText.apply(item)
								: updateText.apply((UpdateStatus) element);
				cell.setText(text == null ? "" : text);
				cell.setFont(element instanceof Section ? bold : null);
				cell.setForeground(foreground(element, title));
				StyleRange struck = new StyleRange(0, cell.getText().length(), null, null);
				struck.strikeout = element instanceof OwedItem item && item.isCrossedOff();
				cell.setStyleRanges(struck.strikeout ? new StyleRange[] { struck } : new StyleRange[0]);
				super.update(cell);
			}
		});
	}

	private Color foreground(Object element, String column) {
		if (element instanceof OwedItem item) {
			if (item.isCrossedOff()) {
				return grey;
			}
			return "Due".equals(column) && item.isOverdueOn(LocalDate.now(clock)) ? overdue : null;
		}
		return element instanceof UpdateStatus status && "Due".equals(column) && status.isOverdue() ? overdue : null;
	}
}
