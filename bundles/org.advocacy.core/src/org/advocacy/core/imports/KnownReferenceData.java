// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessUnit;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.Person;
import org.advocacy.model.ProductLine;

/**
 * The segments, business units, product lines and people of a repository by the names a customer file uses for
 * them (ignoring case and surrounding spaces; people also by e-mail), with the messages for names it does not know.
 */
final class KnownReferenceData {

	/** How many known names a message lists before it says how many more there are. */
	private static final int LISTED = 8;

	private final Known<CustomerSegment> segments;
	private final Known<BusinessUnit> units;
	private final Known<ProductLine> productLines;
	private final Map<String, List<Person>> peopleByName = new LinkedHashMap<>();
	private final Map<String, Person> peopleByEmail = new LinkedHashMap<>();

	KnownReferenceData(AdvocacyRepository repository) {
		segments = new Known<>(repository.getSegments(), CustomerSegment::getName, "segment", "Segments");
		units = new Known<>(repository.getBusinessUnits(), BusinessUnit::getName, "business unit", "Business Units");
		productLines = new Known<>(repository.getProductLines(), ProductLine::getName, "product line",
				"Product Lines");
		if (repository.getOrganization() != null) {
			for (Person person : repository.getOrganization().getPeople()) {
				if (person.getName() != null) {
					peopleByName.computeIfAbsent(key(person.getName()), k -> new ArrayList<>()).add(person);
				}
				if (person.getEmail() != null) {
					peopleByEmail.putIfAbsent(key(person.getEmail()), person);
				}
			}
		}
	}

	/** @return the repository's segments by name */
	Known<CustomerSegment> segments() {
		return segments;
	}

	/** @return the repository's business units by name */
	Known<BusinessUnit> units() {
		return units;
	}

	/** @return the repository's product lines by name */
	Known<ProductLine> productLines() {
		return productLines;
	}

	/** @return the person with that e-mail, or the one person with that name; {@code null} when none or several */
	Person person(String nameOrEmail) {
		Person byEmail = peopleByEmail.get(key(nameOrEmail));
		if (byEmail != null) {
			return byEmail;
		}
		List<Person> named = peopleByName.getOrDefault(key(nameOrEmail), List.of());
		return named.size() == 1 ? named.get(0) : null;
	}

	String personProblem(String nameOrEmail) {
		int named = peopleByName.getOrDefault(key(nameOrEmail), List.of()).size();
		if (named > 1) {
			return named + " people of the organization are named \"" + nameOrEmail
					+ "\"; give the account owner's e-mail address instead";
		}
		return "\"" + nameOrEmail + "\" is not a person of the organization; give the name or e-mail address of"
				+ " someone on the Organization editor's People page";
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The objects of one list of the repository by name.
	 *
	 * @param <T> their type
	 */
	static final class Known<T> {

		private final Map<String, T> byKey = new LinkedHashMap<>();
		private final Function<T, String> name;
		private final String kind;
		private final String page;

		Known(List<T> objects, Function<T, String> name, String kind, String page) {
			this.name = name;
			this.kind = kind;
			this.page = page;
			for (T object : objects) {
				if (name.apply(object) != null) {
					byKey.putIfAbsent(key(name.apply(object)), object);
				}
			}
		}

		/** @return the object with that name, or {@code null} */
		T find(String text) {
			return byKey.get(key(text));
		}

		/** @return what to say about a name that is not one of the objects' */
		String problem(String text) {
			if (byKey.isEmpty()) {
				return "\"" + text + "\" is not a " + kind + " of this repository, which has none yet; add it on the "
						+ page + " page of the reference data first";
			}
			List<String> names = byKey.values().stream().limit(LISTED).map(name).toList();
			String more = byKey.size() > LISTED ? " and " + (byKey.size() - LISTED) + " more" : "";
			return "\"" + text + "\" is not a " + kind + " of this repository (" + String.join(", ", names) + more
					+ "); add it on the " + page + " page of the reference data first, or correct the name";
		}
	}
}
