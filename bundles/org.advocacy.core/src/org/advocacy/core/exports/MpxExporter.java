// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.io.IOException;
import java.io.OutputStream;

import org.advocacy.model.GetWellPlan;
import org.mpxj.mpx.MPXWriter;

/**
 * Writes a get-well plan as MPX, the text exchange format that older Microsoft Project versions and many other
 * planning tools read. The content is that of {@link MsProjectXmlExporter} (phases as summary tasks, tasks, owners,
 * dependencies), and {@link org.advocacy.core.imports.ProjectPlanImporter} reads it back.
 */
public final class MpxExporter {

	/**
	 * @param plan the plan
	 * @param out  receives the MPX text; not closed
	 * @throws IOException when it cannot be written
	 */
	public void write(GetWellPlan plan, OutputStream out) throws IOException {
		new MPXWriter().write(new MsProjectXmlExporter().toProject(plan), out);
	}
}
