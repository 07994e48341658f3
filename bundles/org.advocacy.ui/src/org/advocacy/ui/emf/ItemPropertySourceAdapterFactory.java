// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.time.ZoneId;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Adapts any model object that lives in an editing domain to an {@link IPropertySource}, so selecting it in any
 * view or editor fills the Properties view. Registered for {@link EObject} in plugin.xml.
 */
public class ItemPropertySourceAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptableObject instanceof EObject object)) {
			return null;
		}
		if (!(AdapterFactoryEditingDomain.getEditingDomainFor(object) instanceof AdapterFactoryEditingDomain domain)) {
			return null;
		}
		Object source = domain.getAdapterFactory().adapt(object, IItemPropertySource.class);
		return source instanceof IItemPropertySource itemSource
				? adapterType.cast(new ItemPropertySource(object, itemSource,
						new ValueText(domain.getAdapterFactory(), ZoneId.systemDefault())))
				: null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
