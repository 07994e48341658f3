// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Converts the image objects EMF.Edit item providers return (a {@link URL}, a {@link ComposedImage} of URLs,
 * or an {@link ImageDescriptor}) into SWT images owned by a {@link ResourceManager}.
 */
public final class ItemImages {

	private final ResourceManager resourceManager;

	/** @param resourceManager owner of the created images */
	public ItemImages(ResourceManager resourceManager) {
		this.resourceManager = resourceManager;
	}

	/**
	 * @param itemImage what an item provider's {@code getImage} returned
	 * @return the SWT image, or {@code null} if the object is not an image the bridge understands
	 */
	public Image get(Object itemImage) {
		ImageDescriptor descriptor = toDescriptor(itemImage);
		return descriptor == null ? null : resourceManager.create(descriptor);
	}

	private static ImageDescriptor toDescriptor(Object itemImage) {
		if (itemImage instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (itemImage instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (itemImage instanceof ComposedImage composed) {
			List<Object> parts = composed.getImages();
			// Overlays only decorate the base image; the base alone keeps the meaning.
			return parts.isEmpty() ? null : toDescriptor(parts.get(0));
		}
		return null;
	}
}
