// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.ide;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.ide.internal.ProblemMarkerSync;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The bundle that ties the workbench to the Eclipse IDE's resources: the open repository linked into the
 * workspace, validation problems as Problems-view markers, and opening a marker in the engagement editor.
 */
public class AdvocacyIdePlugin extends AbstractUIPlugin {

	/** The bundle's symbolic name. */
	public static final String PLUGIN_ID = "org.advocacy.ui.ide";

	private static AdvocacyIdePlugin plugin;

	private ProblemMarkerSync problemMarkers;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		plugin = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		synchronized (this) {
			if (problemMarkers != null) {
				problemMarkers.stop();
				problemMarkers = null;
			}
		}
		plugin = null;
		super.stop(context);
	}

	/** @return the running bundle */
	public static AdvocacyIdePlugin getDefault() {
		return plugin;
	}

	/**
	 * Starts keeping Problems-view markers in step with the open repository, from now until the bundle stops.
	 * Calling it again changes nothing.
	 */
	public synchronized void startProblemMarkers() {
		if (problemMarkers == null) {
			problemMarkers = new ProblemMarkerSync(AdvocacyUiPlugin.getDefault().getRepositoryManager());
			problemMarkers.start();
		}
	}
}
