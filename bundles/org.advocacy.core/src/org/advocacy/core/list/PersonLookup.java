// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.list;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.advocacy.model.Organization;
import org.advocacy.model.Person;

/**
 * Finds a person of the organization by the name a user typed: the person with exactly that name (ignoring case),
 * else the only person whose name contains it. When there is none, or several, the error names the closest names
 * so the user can type one of them.
 */
public final class PersonLookup {

	private static final int MAX_SUGGESTIONS = 5;

	private PersonLookup() {
	}

	/**
	 * @param organization the organization
	 * @param typed        the name typed, e.g. "Priya Patel" or "priya"
	 * @return the person
	 * @throws IllegalArgumentException naming close matches when no single person has or contains that name
	 */
	public static Person find(Organization organization, String typed) {
		String wanted = normalize(typed);
		if (wanted.isEmpty()) {
			throw new IllegalArgumentException("Give the name of a person of the organization.");
		}
		List<Person> people = organization == null ? List.of() : organization.getPeople();
		List<Person> exact = people.stream().filter(person -> normalize(person.getName()).equals(wanted)).toList();
		if (exact.size() == 1) {
			return exact.get(0);
		}
		List<Person> containing = people.stream().filter(person -> normalize(person.getName()).contains(wanted))
				.toList();
		if (exact.isEmpty() && containing.size() == 1) {
			return containing.get(0);
		}
		if (containing.size() > 1) {
			throw new IllegalArgumentException(containing.size() + " people are called '" + typed.strip()
					+ "'; give the full name of one of them: " + names(containing) + ".");
		}
		List<Person> close = people.stream()
				.sorted(Comparator.comparingInt((Person person) -> distance(normalize(person.getName()), wanted))
						.thenComparing(person -> normalize(person.getName())))
				.limit(MAX_SUGGESTIONS).toList();
		return fail(typed, close);
	}

	private static Person fail(String typed, List<Person> close) {
		throw new IllegalArgumentException("Nobody called '" + typed.strip() + "' is in the organization"
				+ (close.isEmpty() ? "; it has nobody yet." : ". Did you mean " + names(close) + "?"));
	}

	private static String names(List<Person> people) {
		return String.join(", ", people.stream().map(Person::getName).toList());
	}

	private static String normalize(String name) {
		return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** @return the edit distance between two names, counting the best-matching word of {@code name} too */
	private static int distance(String name, String wanted) {
		int best = levenshtein(name, wanted);
		for (String word : name.split(" ")) {
			best = Math.min(best, levenshtein(word, wanted));
		}
		return best;
	}

	private static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
