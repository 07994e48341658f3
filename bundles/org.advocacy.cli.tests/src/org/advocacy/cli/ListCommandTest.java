// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.advocacy.core.list.PersonalList;
import org.advocacy.core.list.PersonalLists;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Person;
import org.advocacy.tests.harness.StandardSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advocacy list --person NAME}: a person's own list from a repository file, and clear errors. */
class ListCommandTest {

	private final CommandLineRun commandLine = new CommandLineRun(Clock.fixed(StandardSample.NOW, ZoneOffset.UTC));

	@TempDir
	Path folder;

	private Path file;
	private Person busiest;
	private PersonalList expected;

	@BeforeEach
	void writeSample() throws Exception {
		file = StandardSample.write(folder);
		AdvocacyRepository repository = StandardSample.generate();
		for (Person person : repository.getOrganization().getPeople()) {
			PersonalList list = PersonalLists.of(repository, person, StandardSample.NOW, ZoneOffset.UTC);
			if (expected == null || list.owed().size() > expected.owed().size()) {
				expected = list;
				busiest = person;
			}
		}
	}

	@Test
	void printsTodayIncomingEachPriorityAndWhatWasCrossedOff() {
		assertEquals(0, commandLine.run("list", file.toString(), "--person", busiest.getName()), commandLine.errors());
		String output = commandLine.output();
		List<String> lines = output.lines().toList();

		assertEquals("List of " + busiest.getName() + " for 2026-11-20 (" + expected.owed().size() + " owed, "
				+ expected.overdue().size() + " overdue)", lines.get(0));
		assertEquals("Today (A) (" + expected.today().size() + ")", lines.get(1));
		for (String section : List.of("Customer updates due by tomorrow (", "Incoming, to triage ("
				+ expected.incoming().size() + ")", "\nB (", "\nC (", "\nDelegate (", "\nEliminate (",
				"Crossed off in the last 7 days (" + expected.crossedOff().size() + ")")) {
			assertTrue(output.contains(section), () -> section + " in\n" + output);
		}
		expected.today().forEach(item -> assertTrue(output.contains(item.title()), item.title()));
		assertTrue(expected.owed().size() > 0, "the sample gives the busiest person something to do");
	}

	@Test
	void aNameOnlyOnePersonContainsIsEnoughAndOneSeveralContainIsNot() {
		List<String> names = StandardSample.generate().getOrganization().getPeople().stream().map(Person::getName)
				.toList();
		String unique = names.stream().map(name -> name.split(" ")[0])
				.filter(first -> names.stream().filter(name -> name.toLowerCase().contains(first.toLowerCase()))
						.count() == 1)
				.findFirst().orElseThrow();
		assertEquals(0, commandLine.run("list", file.toString(), "--person", unique.toLowerCase()),
				commandLine.errors());
		assertTrue(commandLine.output().startsWith("List of " + unique), commandLine.output());

		assertEquals(1, commandLine.run("list", file.toString(), "--person", "e"));
		assertTrue(commandLine.errors().contains("people are called 'e'; give the full name of one of them: "),
				commandLine.errors());
	}

	@Test
	void anUnknownPersonFailsNamingTheCloseMatches() {
		String misspelt = busiest.getName().substring(0, busiest.getName().length() - 2) + "zz";
		assertEquals(1, commandLine.run("list", file.toString(), "--person", misspelt));
		assertTrue(commandLine.errors().contains("Nobody called '" + misspelt + "' is in the organization. Did you mean "),
				commandLine.errors());
		assertTrue(commandLine.errors().contains(busiest.getName()), commandLine.errors());
		assertTrue(commandLine.output().isEmpty());
	}

	@Test
	void withoutAPersonItIsAUsageError() {
		assertEquals(2, commandLine.run("list", file.toString()));
		assertTrue(commandLine.errors().contains("--person NAME"), commandLine.errors());
		assertEquals(0, commandLine.run("--help"));
		assertTrue(commandLine.output().contains("  list <repository> --person NAME"), commandLine.output());
		assertFalse(commandLine.output().contains("Exception"));
	}
}
