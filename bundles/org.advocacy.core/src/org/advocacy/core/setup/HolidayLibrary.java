// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.glassfish.jaxb.runtime.v2.JAXBContextFactory;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameter;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.focus_shift.jollyday.core.configuration.ConfigurationProviderManager;
import de.focus_shift.jollyday.core.impl.DefaultHolidayManager;
import de.focus_shift.jollyday.core.impl.JapaneseHolidayManager;
import de.focus_shift.jollyday.jaxb.JaxbConfigurationService;

/**
 * Jollyday's holiday managers, one per country, made the way {@link HolidayManager#getInstance} makes them but without
 * the Java service loader: under OSGi that lookup only finds Jollyday's XML reader, and the XML reader only finds its
 * JAXB runtime, when the OSGi service-loader mediator has started both bundles, which a support team's console need
 * not do. Here the reader is named directly, and the JAXB runtime is found through the thread's context class loader
 * while the reader starts and a country's rules are read, whichever bundle's thread asks.
 */
final class HolidayLibrary {

	private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

	private HolidayLibrary() {
	}

	/**
	 * @param country an ISO 3166 country code the library supports
	 * @return the country's holiday manager, its rules read at the first call
	 */
	static HolidayManager manager(String country) {
		return MANAGERS.computeIfAbsent(country.toLowerCase(Locale.ROOT), HolidayLibrary::create);
	}

	private static HolidayManager create(String country) {
		ManagerParameter parameter = ManagerParameters.create(country);
		new ConfigurationProviderManager().mergeConfigurationProperties(parameter);
		HolidayManager manager = JapaneseHolidayManager.class.getName().equals(parameter.getManagerImplClassName())
				? new JapaneseHolidayManager()
				: new DefaultHolidayManager();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(JAXBContextFactory.class.getClassLoader());
		try {
			// The reader makes its JAXB context when its class is first used, so here, not only in init.
			manager.setConfigurationService(new JaxbConfigurationService());
			manager.init(parameter);
		} finally {
			thread.setContextClassLoader(previous);
		}
		return manager;
	}
}
