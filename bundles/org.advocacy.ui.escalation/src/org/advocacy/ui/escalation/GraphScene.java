// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.advocacy.layout.GraphLayout;
import org.advocacy.layout.GraphNode;
import org.advocacy.layout.LadderLiveState;
import org.advocacy.layout.PersonPresence;
import org.advocacy.layout.RungLiveState;
import org.advocacy.model.Engagement;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Person;

/**
 * Everything the escalation graph paints, computed before painting: the layout, the live ladder states of the selected
 * engagement by area, who is reachable, and the instant it was computed for. Immutable; painting never reads the
 * model beyond the names on it.
 *
 * @param layout     the laid-out graph (with the engagement band when an engagement is selected)
 * @param engagement the selected engagement, or {@code null}
 * @param ladders    the live state of each engaged area's ladder
 * @param presence   whether each person shown is working, away or covered
 * @param now        the instant the states are for
 * @param zone       the advocate's time zone for times shown
 */
public record GraphScene(GraphLayout layout, Engagement engagement, Map<FunctionalArea, LadderLiveState> ladders,
		Map<Person, PersonPresence> presence, Instant now, ZoneId zone) {

	/** @return the live state of the node's rung, or {@code null} when its area is not engaged */
	public RungLiveState rungState(GraphNode node) {
		LadderLiveState ladder = ladder(node);
		return ladder == null || node.level() == null ? null : ladder.rung(node.level());
	}

	/** @return the live state of the node's ladder, or {@code null} */
	public LadderLiveState ladder(GraphNode node) {
		return node.area() == null ? null : ladders.get(node.area());
	}
}
