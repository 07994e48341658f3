// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The content of a tree two levels deep: groups at the top, each with its items below. Subclasses say what the
 * groups of an input are ({@link #getElements(Object)}).
 *
 * @param <G> the groups
 */
abstract class GroupedTreeContent<G> implements ITreeContentProvider {

	private final Class<G> groups;
	private final Function<G, List<?>> items;

	/**
	 * @param groups the type of the groups
	 * @param items  the items of a group
	 */
	GroupedTreeContent(Class<G> groups, Function<G, List<?>> items) {
		this.groups = groups;
		this.items = items;
	}

	@Override
	public Object[] getChildren(Object parent) {
		return groups.isInstance(parent) ? items.apply(groups.cast(parent)).toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return groups.isInstance(element) && !items.apply(groups.cast(element)).isEmpty();
	}
}
