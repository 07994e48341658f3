// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link AdvocacyResource}s; registered for the {@code advocacy} file extension. */
public class AdvocacyResourceFactory extends ResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new AdvocacyResource(uri);
	}
}
