// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import static org.advocacy.tests.harness.StandardSample.NOW;

import java.util.concurrent.TimeUnit;

import org.advocacy.layout.GraphLayout;
import org.advocacy.layout.OrganizationGraph;
import org.advocacy.layout.OrganizationGraphBuilder;
import org.advocacy.layout.OrganizationLayouter;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.tests.harness.SyntheticOrganizations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The escalation graph of a 1,000-person / 150-area organization: conversion to the graph model and the ELK
 * layout reported separately (layout target ≤ 1 s), against a baseline that reads every ladder rung.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EscalationLayoutBenchmark {

	private Organization organization;
	private OrganizationGraph graph;

	/** Builds the organization and converts it once, for the layout-only measurement. */
	@Setup(Level.Trial)
	public void build() {
		organization = SyntheticOrganizations.large(150, 1_000, NOW);
		graph = new OrganizationGraphBuilder().build(organization, NOW);
	}

	/** @return the number of rungs with a person: the baseline */
	@Benchmark
	public int baseline() {
		int count = 0;
		for (FunctionalArea area : organization.getAreas()) {
			for (LadderRung rung : area.getLadder()) {
				count += rung.getPerson() == null ? 0 : 1;
			}
		}
		return count;
	}

	/** @return the graph model of the organization */
	@Benchmark
	public OrganizationGraph conversion() {
		return new OrganizationGraphBuilder().build(organization, NOW);
	}

	/** @return the ELK layout of the converted graph */
	@Benchmark
	public GraphLayout layout() {
		return new OrganizationLayouter().layout(graph);
	}
}
