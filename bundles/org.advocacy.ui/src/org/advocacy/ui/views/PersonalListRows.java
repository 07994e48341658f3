// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.escalation.UpdateStatus;
import org.advocacy.core.list.OwedItem;
import org.advocacy.core.list.PersonalList;
import org.advocacy.core.list.PersonalLists;
import org.advocacy.model.ListPriority;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The rows of the My List view: a person's list in sections — Today (A), customer updates due by tomorrow, Incoming,
 * B, C, Delegate, Eliminate, crossed off — each section a parent row, its items the children. Empty sections other
 * than Today and Incoming are left out, so the list stays short.
 */
final class PersonalListRows implements ITreeContentProvider {

	private static final DateTimeFormatter DUE_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");
	private static final DateTimeFormatter DUE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm");

	/**
	 * One section of the list.
	 *
	 * @param title the section's title
	 * @param rows  its rows: {@link OwedItem}s, or {@link UpdateStatus}es for the updates due
	 */
	record Section(String title, List<?> rows) {
		/** @return the title with the number of rows */
		String heading() {
			return title + "  (" + rows.size() + ")";
		}
	}

	/**
	 * @param list the list
	 * @return its sections in the order the view shows them
	 */
	static List<Section> sections(PersonalList list) {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("Today (A)", list.today()));
		if (!list.updatesDue().isEmpty()) {
			sections.add(new Section("Customer updates due by tomorrow", list.updatesDue()));
		}
		sections.add(new Section("Incoming, to triage", list.incoming()));
		addIfAny(sections, "B", list.owed(ListPriority.B));
		addIfAny(sections, "C", list.owed(ListPriority.C));
		addIfAny(sections, "Delegate", list.owed(ListPriority.DELEGATE));
		addIfAny(sections, "Eliminate", list.owed(ListPriority.ELIMINATE));
		addIfAny(sections, "Crossed off in the last " + PersonalLists.CROSSED_OFF_DAYS + " days", list.crossedOff());
		return sections;
	}

	private static void addIfAny(List<Section> sections, String title, List<?> rows) {
		if (!rows.isEmpty()) {
			sections.add(new Section(title, rows));
		}
	}

	/** @return when an update is due, e.g. "Mon 23 Nov 2026 09:00" */
	static String due(UpdateStatus status, ZoneId zone) {
		return status.nextDueAt() == null ? "" : DUE_TIME.format(status.nextDueAt().atZone(zone));
	}

	/** @return the day an item is due, e.g. "Mon 23 Nov 2026"; empty when nothing says */
	static String due(OwedItem item) {
		return item.due() == null ? "" : DUE_DAY.format(item.due());
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> sections ? sections.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof Section section ? section.rows().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Section section && !section.rows().isEmpty();
	}
}
