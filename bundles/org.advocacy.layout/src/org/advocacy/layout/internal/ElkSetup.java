// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout.internal;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Registers the ELK layered algorithm with ELK's meta data service without the Eclipse extension registry (ELK's
 * registry reader lives in its UI bundle, which the product does not ship). Idempotent and thread-safe.
 */
public final class ElkSetup {

	private static boolean registered;

	private ElkSetup() {
	}

	/** Registers the layered algorithm once. */
	public static synchronized void ensureRegistered() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}
}
