// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.advocacy.layout.GraphElementKind;
import org.advocacy.layout.GraphNode;
import org.advocacy.layout.LadderLiveState;
import org.advocacy.layout.PersonPresence;
import org.advocacy.layout.RungLiveState;
import org.advocacy.layout.RungState;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Customer;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Person;

/** The words on and over a node: its lines of text and its tooltip, in plain language. */
final class NodeText {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private NodeText() {
	}

	/** @return the node's title line: the person's or customer's name */
	static String name(GraphNode node) {
		if (node.customer() != null) {
			return orUnnamed(node.customer().getName());
		}
		return node.person() == null ? "Nobody" : orUnnamed(node.person().getName());
	}

	/** @return a person's name for labels, "Unnamed" when it has none */
	static String personName(Person person) {
		return person == null ? "Nobody" : orUnnamed(person.getName());
	}

	/** @return the short badge of a ladder level: P, B, M, D, VP */
	static String badge(GraphNode node) {
		return switch (node.kind()) {
		case ADVOCATE -> "Advocate";
		case CUSTOMER -> "Customer";
		default -> node.level() == null ? "" : switch (node.level()) {
		case PRIMARY -> "P";
		case BACKUP -> "B";
		case MANAGER -> "M";
		case DIRECTOR -> "D";
		case VICE_PRESIDENT -> "VP";
		};
		};
	}

	/** @return the detail lines under the name: title, presence and (on an engaged ladder) the live state */
	static List<String> details(GraphScene scene, GraphNode node) {
		List<String> lines = new ArrayList<>(3);
		if (node.kind() == GraphElementKind.CUSTOMER) {
			Customer customer = node.customer();
			lines.add(customer.getSegment() == null ? "Customer" : customer.getSegment().getName() + " customer");
			if (scene.engagement() != null) {
				lines.add(scene.engagement().getKey() + " \u00b7 " + scene.engagement().getState().getLiteral());
			}
			return lines;
		}
		Person person = node.person();
		lines.add(node.kind() == GraphElementKind.ALTERNATE
				? "Covers for " + orUnnamed(node.coveredFor().getName())
				: orEmpty(person == null ? null : person.getTitle()));
		PersonPresence presence = person == null ? null : scene.presence().get(person);
		if (presence != null) {
			lines.add(presence(presence));
		}
		RungLiveState rung = scene.rungState(node);
		if (rung != null && rung.state() != RungState.IDLE && showsStateOn(node, rung)) {
			lines.add(state(scene, scene.ladder(node), rung));
		}
		return lines;
	}

	/** An attempt made to the alternate shows on the alternate, one made to the person on the ladder on them. */
	static boolean showsStateOn(GraphNode node, RungLiveState rung) {
		if (rung.attempt() == null || rung.attempt().getPerson() == null) {
			return node.kind() == GraphElementKind.RUNG;
		}
		return rung.attempt().getPerson() == node.person()
				|| node.kind() == GraphElementKind.RUNG && rung.attempt().getSubstituteFor() == null;
	}

	static String presence(PersonPresence presence) {
		String time = presence.localTime() == null ? "" : HOURS.format(presence.localTime()) + " local \u00b7 ";
		if (presence.away()) {
			return time + (presence.alternate() == null ? "away" : "away \u2192 " + orUnnamed(presence.alternate().getName()));
		}
		return time + (presence.working() ? "working" : "off hours");
	}

	static String state(GraphScene scene, LadderLiveState ladder, RungLiveState rung) {
		String contacted = rung.contactedAt() == null ? "" : "called " + at(scene, rung.contactedAt()) + " \u00b7 ";
		return switch (rung.state()) {
		case IDLE -> "";
		case CALL_NOW -> "Call now";
		case AWAITING -> {
			Duration left = ladder.remaining(scene.now());
			String warn = ladder.warning() > 0 ? "\u26a0 " + Math.round(ladder.warning() * 100) + "% \u00b7 " : "";
			yield contacted + warn + (left == null ? "awaiting" : minutes(left) + " left");
		}
		case RESPONDED -> contacted + "responded"
				+ (rung.respondedAt() == null ? "" : " " + at(scene, rung.respondedAt()));
		case NO_ANSWER -> contacted + "no answer";
		case REDIRECTED -> contacted + "redirected";
		case TIMED_OUT -> contacted + "timed out";
		};
	}

	/** @return the tooltip: who, how to reach them around the clock, and what the engine says about their ladder */
	static String tooltip(GraphScene scene, GraphNode node) {
		StringBuilder tip = new StringBuilder(name(node));
		if (node.customer() != null) {
			return tip.append('\n').append(String.join("\n", details(scene, node))).toString();
		}
		Person person = node.person();
		if (node.level() != null) {
			tip.append(" \u2014 ").append(node.level().getLiteral()).append(", ")
					.append(node.area() == null ? "" : orEmpty(node.area().getName()));
		}
		if (person != null) {
			if (person.getTitle() != null) {
				tip.append('\n').append(person.getTitle());
			}
			PersonPresence presence = scene.presence().get(person);
			if (presence != null) {
				tip.append('\n').append(presence(presence));
			}
			if (person.getEmail() != null) {
				tip.append("\nE-mail: ").append(person.getEmail());
			}
			boolean any = false;
			for (ContactPoint point : person.getContactPoints()) {
				if (point.isAvailable24x7()) {
					tip.append(any ? "" : "\n24x7 contacts:");
					tip.append("\n  ").append(point.getChannel().getLiteral()).append(": ").append(point.getAddress());
					any = true;
				}
			}
			if (!any) {
				tip.append("\nNo 24x7 contact on file");
			}
		}
		LadderLiveState ladder = scene.ladder(node);
		if (ladder != null && node.level() != null && node.level() == currentOrLast(ladder)) {
			tip.append("\n\n").append(ladder.status().reason());
		}
		return tip.toString();
	}

	private static EscalationLevel currentOrLast(LadderLiveState ladder) {
		if (ladder.currentLevel() != null) {
			return ladder.currentLevel();
		}
		return ladder.status().last() == null ? null : ladder.status().last().getLevel();
	}

	private static String at(GraphScene scene, Instant instant) {
		return HOURS.format(instant.atZone(scene.zone()));
	}

	static String minutes(Duration duration) {
		long minutes = (duration.toSeconds() + 59) / 60;
		return minutes >= 120 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
	}

	private static String orUnnamed(String name) {
		return name == null || name.isBlank() ? "Unnamed" : name;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
