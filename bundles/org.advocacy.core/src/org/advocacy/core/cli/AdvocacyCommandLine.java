// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The headless {@code org.advocacy.core.cli} application: {@code advocacy-cli <command> [arguments]}. It runs
 * wherever the core bundle is installed, the standalone product and a support team's own console alike.
 */
public class AdvocacyCommandLine implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		return run(Arrays.asList(arguments), System.out, System.err);
	}

	@Override
	public void stop() {
		// Commands are short and synchronous; nothing to interrupt.
	}

	/**
	 * Runs one command.
	 *
	 * @param arguments the command and its arguments
	 * @param out       where results go
	 * @param err       where usage and errors go
	 * @return the process exit code: 0 on success
	 */
	public static int run(List<String> arguments, PrintStream out, PrintStream err) {
		if (arguments.isEmpty()) {
			err.println(Commands.usage());
			return 2;
		}
		String command = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		try {
			return switch (command) {
			case "sample" -> Commands.sample(rest, out, Clock.systemDefaultZone());
			case "summary" -> Commands.summary(rest, out);
			case "diagnose" -> diagnose(out);
			default -> {
				err.println("Unknown command '" + command + "'.");
				err.println(Commands.usage());
				yield 2;
			}
			};
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(Commands.usage());
			return 2;
		} catch (Exception e) {
			err.println(e.getMessage());
			return 1;
		}
	}

	/**
	 * Lists the Advocacy bundles of the running installation and whether they resolved; fails when one did not.
	 * Support teams use it after installing the feature into their own console.
	 */
	private static int diagnose(PrintStream out) {
		BundleContext context = FrameworkUtil.getBundle(AdvocacyCommandLine.class).getBundleContext();
		List<Bundle> advocacyBundles = Arrays.stream(context.getBundles())
				.filter(bundle -> bundle.getSymbolicName().startsWith("org.advocacy.")).toList();
		context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class).resolveBundles(advocacyBundles);
		long unresolved = 0;
		for (Bundle bundle : advocacyBundles) {
			boolean resolved = bundle.getState() != Bundle.INSTALLED && bundle.getState() != Bundle.UNINSTALLED;
			out.printf("%-40s %-24s %s%n", bundle.getSymbolicName(), bundle.getVersion(),
					resolved ? "resolved" : "UNRESOLVED");
			unresolved += resolved ? 0 : 1;
		}
		out.println(unresolved == 0 ? "All " + advocacyBundles.size() + " Advocacy bundles resolved."
				: unresolved + " Advocacy bundle(s) did not resolve.");
		return unresolved == 0 ? 0 : 1;
	}
}
