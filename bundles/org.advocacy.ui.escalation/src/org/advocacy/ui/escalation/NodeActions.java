// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.time.Instant;

import org.advocacy.core.commands.LadderCommands;
import org.advocacy.core.escalation.AttemptOutcomeChange;
import org.advocacy.core.escalation.LadderContact;
import org.advocacy.core.escalation.LadderState;
import org.advocacy.core.escalation.LadderStatus;
import org.advocacy.layout.GraphNode;
import org.advocacy.layout.LadderLiveState;
import org.advocacy.model.LadderAttempt;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Decides which ladder actions a node offers on the selected engagement and builds their commands: "contacted" on
 * the level the engine says to call now, "responded" and "no answer" on the call still awaiting its outcome. Returns
 * {@code null} when an action does not apply.
 */
final class NodeActions {

	private NodeActions() {
	}

	/** @return the command recording that the node's person was called now, or {@code null} */
	static Command contacted(EditingDomain domain, GraphScene scene, GraphNode node, Instant now) {
		LadderLiveState ladder = scene == null || node == null ? null : scene.ladder(node);
		if (ladder == null || node.level() == null) {
			return null;
		}
		LadderStatus status = ladder.status();
		LadderContact next = status.next();
		if (status.state() != LadderState.DUE_NOW || next == null || next.level() != node.level()) {
			return null;
		}
		return LadderCommands.contacted(domain, status.escalation(), next, null, now);
	}

	/** @return the command recording that the node's awaited call was answered now, or {@code null} */
	static Command responded(EditingDomain domain, GraphScene scene, GraphNode node, Instant now) {
		LadderAttempt attempt = awaitedAttempt(scene, node);
		return attempt == null ? null : LadderCommands.outcome(domain, AttemptOutcomeChange.responded(attempt, now));
	}

	/** @return the command recording that the node's awaited call was not answered, or {@code null} */
	static Command noAnswer(EditingDomain domain, GraphScene scene, GraphNode node) {
		LadderAttempt attempt = awaitedAttempt(scene, node);
		return attempt == null ? null : LadderCommands.outcome(domain, AttemptOutcomeChange.noAnswer(attempt));
	}

	/**
	 * @return the command escalating the selected engagement to the node's area when it is not engaged there yet, or
	 *         {@code null}
	 */
	static Command escalate(EditingDomain domain, GraphScene scene, GraphNode node, Instant now) {
		if (scene == null || node == null || node.area() == null || scene.engagement() == null
				|| scene.ladders().containsKey(node.area())) {
			return null;
		}
		return LadderCommands.escalate(domain, scene.engagement(), node.area(), null, now);
	}

	/** The latest call of the ladder, at the node's level, whose outcome is still open (awaited or timed out). */
	private static LadderAttempt awaitedAttempt(GraphScene scene, GraphNode node) {
		LadderLiveState ladder = scene == null || node == null ? null : scene.ladder(node);
		if (ladder == null || node.level() == null) {
			return null;
		}
		LadderAttempt awaited = ladder.status().awaitedAttempt();
		return awaited != null && awaited.getLevel() == node.level() ? awaited : null;
	}
}
