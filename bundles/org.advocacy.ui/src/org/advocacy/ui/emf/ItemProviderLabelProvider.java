// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;

/**
 * JFace label provider over EMF.Edit item providers: a tree node reads as its generated item provider labels it
 * ("Criterion Service restored for all stores"), the companion of {@link ItemProviderContentProvider}.
 */
public class ItemProviderLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;

	/** @param adapterFactory the factory of item providers */
	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider labels ? labels.getText(element) : String.valueOf(element);
	}
}
