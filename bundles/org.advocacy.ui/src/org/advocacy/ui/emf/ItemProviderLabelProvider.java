// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * JFace label provider over EMF.Edit item providers: the text and icon of an object are those of its generated
 * item provider. Images are created through the caller's {@link ResourceManager}, which disposes them.
 */
public class ItemProviderLabelProvider extends ColumnLabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;

	/**
	 * @param adapterFactory  the factory of item providers
	 * @param resourceManager owner of the images; the caller disposes it with its control
	 */
	public ItemProviderLabelProvider(AdapterFactory adapterFactory, ResourceManager resourceManager) {
		this.adapterFactory = adapterFactory;
		this.images = new ItemImages(resourceManager);
	}

	@Override
	public String getText(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider label ? label.getText(element) : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider label ? images.get(label.getImage(element)) : null;
	}
}
