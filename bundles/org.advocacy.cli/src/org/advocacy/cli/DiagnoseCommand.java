// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * {@code diagnose}: lists the Advocacy bundles of the running installation and whether they resolved; fails when
 * one did not. Support teams run it after installing the feature into their own console.
 */
final class DiagnoseCommand implements CliCommand {

	@Override
	public String name() {
		return "diagnose";
	}

	@Override
	public String synopsis() {
		return "diagnose                                     check that every Advocacy bundle resolved";
	}

	@Override
	public int run(List<String> arguments, CliContext context) {
		Arguments.parse(name(), arguments, Set.of()).expectPositional(0, "no arguments");
		Bundle self = FrameworkUtil.getBundle(DiagnoseCommand.class);
		if (self == null) {
			context.err().println("diagnose: not running inside an OSGi framework.");
			return FAILED;
		}
		BundleContext bundles = self.getBundleContext();
		List<Bundle> advocacyBundles = Arrays.stream(bundles.getBundles())
				.filter(bundle -> bundle.getSymbolicName().startsWith("org.advocacy.")).toList();
		bundles.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class).resolveBundles(advocacyBundles);
		long unresolved = 0;
		for (Bundle bundle : advocacyBundles) {
			boolean resolved = bundle.getState() != Bundle.INSTALLED && bundle.getState() != Bundle.UNINSTALLED;
			context.out().printf("%-40s %-24s %s%n", bundle.getSymbolicName(), bundle.getVersion(),
					resolved ? "resolved" : "UNRESOLVED");
			unresolved += resolved ? 0 : 1;
		}
		if (unresolved > 0) {
			context.err().println(unresolved + " Advocacy bundle(s) did not resolve.");
			return FAILED;
		}
		context.out().println("All " + advocacyBundles.size() + " Advocacy bundles resolved.");
		return OK;
	}
}
