// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.AreaKind;
import org.advocacy.model.DependencyType;

/**
 * The structure and schedule of a get-well plan in working-day offsets from the plan's start, before it is
 * placed on a calendar. Tasks are created in order and depend only on earlier tasks, so the dependencies always
 * form a DAG. Each phase of value ends with a milestone that depends on the phase's leaf tasks, and each phase
 * starts after the previous milestone. The baseline schedule keeps every task start within {@link #PHASE_CAP}
 * working days of its phase start, which bounds the length of a plan; the current schedule adds slips.
 */
final class PlanShape {

	/** The latest start, in working days after the phase start, of a task in the baseline. */
	static final int PHASE_CAP = 12;

	/** A task of the plan. Offsets are working days from the plan start; finish is inclusive. */
	static final class Node {
		final String name;
		final AreaKind area;
		final boolean milestone;
		final int phase;
		int baseDuration;
		int duration;
		final List<Node> predecessors = new ArrayList<>(2);
		final List<DependencyType> types = new ArrayList<>(2);
		final List<Integer> lags = new ArrayList<>(2);
		int baseStart;
		int baseFinish;
		int start;
		int finish;

		Node(String name, AreaKind area, boolean milestone, int phase, int duration) {
			this.name = name;
			this.area = area;
			this.milestone = milestone;
			this.phase = phase;
			this.baseDuration = duration;
			this.duration = duration;
		}

		void dependOn(Node predecessor, DependencyType type, int lag) {
			predecessors.add(predecessor);
			types.add(type);
			lags.add(lag);
		}
	}

	final List<Node> nodes = new ArrayList<>();
	final List<Integer> phaseStarts = new ArrayList<>();
	final int phaseCount;
	final Scenario scenario;

	/**
	 * @param tasksPerPhase number of ordinary tasks per phase (the milestone comes on top)
	 * @param baselined     whether the plan was baselined, so that slips can exist
	 * @param forcedSlip    working days the second phase's milestone slips against its baseline (0 for random slips)
	 */
	PlanShape(SampleContext context, Scenario scenario, int[] tasksPerPhase, boolean baselined, int forcedSlip) {
		this.scenario = scenario;
		this.phaseCount = tasksPerPhase.length;
		Node previousMilestone = null;
		for (int phase = 0; phase < phaseCount; phase++) {
			phaseStarts.add(nodes.size());
			List<Scenario.Task> pool = pool(scenario, phase);
			List<Node> phaseNodes = new ArrayList<>();
			int wanted = Math.min(tasksPerPhase[phase], pool.size());
			int remaining = wanted;
			for (int i = 0; i < pool.size() && remaining > 0; i++) {
				// choose `wanted` tasks of the pool, keeping the pool's order
				if (context.random.nextInt(pool.size() - i) < remaining) {
					Scenario.Task task = pool.get(i);
					Node node = new Node(task.name(), task.area(), false, phase,
							task.days() > 0 ? task.days() : context.between(1, 5));
					if (phaseNodes.isEmpty()) {
						if (previousMilestone != null) {
							node.dependOn(previousMilestone, DependencyType.FINISH_TO_START, context.chance(0.3) ? 1 : 0);
						}
					} else {
						int j = phaseNodes.size();
						Node first = phaseNodes.get(context.chance(0.55) ? j - 1 : context.random.nextInt(j));
						addDependency(context, node, first);
						if (j >= 2 && context.chance(0.2)) {
							Node second = phaseNodes.get(context.random.nextInt(j));
							if (second != first) {
								addDependency(context, node, second);
							}
						}
					}
					phaseNodes.add(node);
					remaining--;
				}
			}
			Node milestone = new Node(Scenarios.PHASES[phase].milestone(), null, true, phase, 0);
			for (Node node : phaseNodes) {
				if (!hasSuccessorIn(node, phaseNodes)) {
					milestone.dependOn(node, DependencyType.FINISH_TO_START, 0);
				}
			}
			phaseNodes.add(milestone);
			nodes.addAll(phaseNodes);
			previousMilestone = milestone;
		}
		if (baselined && forcedSlip == 0) {
			for (Node node : nodes) {
				if (!node.milestone && context.chance(0.08)) {
					node.duration += context.between(1, 2);
				}
			}
		} else if (!baselined) {
			nodes.forEach(node -> node.duration = node.baseDuration);
		}
		scheduleBaseline();
		if (baselined && forcedSlip > 0) {
			slip(nodes.get(phaseCount > 2 ? phaseStarts.get(2) - 1 : nodes.size() - 1), forcedSlip);
		}
		scheduleCurrent();
	}

	/**
	 * Makes the milestone late by {@code days}: the work in front of it (preferably a task owned by a functional
	 * area rather than the advocate) takes longer than its baseline.
	 */
	private static void slip(Node milestone, int days) {
		Node late = null;
		for (Node predecessor : milestone.predecessors) {
			boolean better = late == null || late.area == null && predecessor.area != null
					|| (late.area == null) == (predecessor.area == null) && predecessor.baseFinish > late.baseFinish;
			if (better) {
				late = predecessor;
			}
		}
		late.duration += days + milestone.baseFinish - late.baseFinish;
	}

	/** @return the ordinary tasks a phase draws from: the scenario's specific ones, then the generic ones */
	private static List<Scenario.Task> pool(Scenario scenario, int phase) {
		List<Scenario.Task> pool = new ArrayList<>();
		if (phase == 0) {
			pool.addAll(List.of(scenario.stabilizeTasks()));
		} else if (phase == 1) {
			pool.addAll(List.of(scenario.preventTasks()));
		}
		pool.addAll(List.of(Scenarios.PHASES[phase].tasks()));
		return pool;
	}

	/** @return how many ordinary tasks phase {@code phase} can hold */
	static int capacity(Scenario scenario, int phase) {
		return pool(scenario, phase).size();
	}

	private static void addDependency(SampleContext context, Node node, Node predecessor) {
		if (context.chance(0.7)) {
			node.dependOn(predecessor, DependencyType.FINISH_TO_START, context.chance(0.2) ? 1 : 0);
		} else {
			node.dependOn(predecessor, DependencyType.START_TO_START, context.between(1, 2));
		}
	}

	private static boolean hasSuccessorIn(Node node, List<Node> phaseNodes) {
		for (Node other : phaseNodes) {
			if (other.predecessors.contains(node)) {
				return true;
			}
		}
		return false;
	}

	private void scheduleBaseline() {
		int phaseStart = 0;
		for (Node node : nodes) {
			int start = earliestStart(node, true);
			if (node.predecessors.isEmpty() || node.predecessors.get(0).milestone) {
				phaseStart = start;
			} else if (!node.milestone && start > phaseStart + PHASE_CAP) {
				// keep the phase compact: start in parallel with the predecessors instead of after them
				for (int i = 0; i < node.predecessors.size(); i++) {
					Node predecessor = node.predecessors.get(i);
					node.types.set(i, DependencyType.START_TO_START);
					node.lags.set(i, Math.max(0, Math.min(node.lags.get(i), phaseStart + PHASE_CAP - predecessor.baseStart)));
				}
				start = earliestStart(node, true);
			}
			node.baseStart = start;
			node.baseFinish = finish(start, node.baseDuration);
		}
	}

	private void scheduleCurrent() {
		for (Node node : nodes) {
			node.start = earliestStart(node, false);
			node.finish = finish(node.start, node.duration);
		}
	}

	private static int earliestStart(Node node, boolean baseline) {
		int start = 0;
		for (int i = 0; i < node.predecessors.size(); i++) {
			Node predecessor = node.predecessors.get(i);
			int lag = node.lags.get(i);
			int candidate;
			if (node.types.get(i) == DependencyType.START_TO_START) {
				candidate = (baseline ? predecessor.baseStart : predecessor.start) + lag;
			} else {
				int predecessorFinish = baseline ? predecessor.baseFinish : predecessor.finish;
				candidate = predecessorFinish + (node.milestone ? 0 : 1) + lag;
			}
			start = Math.max(start, candidate);
		}
		return start;
	}

	private static int finish(int start, int duration) {
		return duration == 0 ? start : start + duration - 1;
	}

	/** @return the number of working days from the plan start to the last finish, inclusive */
	int span() {
		int span = 0;
		for (Node node : nodes) {
			span = Math.max(span, node.finish + 1);
		}
		return span;
	}
}
