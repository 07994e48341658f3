// SPDX-License-Identifier: EPL-2.0
package org.advocacy.layout;

import org.advocacy.model.FunctionalArea;

/**
 * A laid-out functional area: the compound node holding its ladder.
 *
 * @param id     stable identifier within one graph
 * @param area   the area
 * @param label  the area's name
 * @param bounds where the group is drawn; its title band is {@link OrganizationGraphBuilder#GROUP_TITLE_HEIGHT} high
 */
public record GraphGroup(String id, FunctionalArea area, String label, GraphBounds bounds) {
}
