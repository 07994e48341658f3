// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.sample;

import java.util.Locale;

/**
 * Seeded pools of plausible, fictional names: people, companies and the titles of customer contacts. Company
 * names beyond the curated list are composed deterministically and stay unique.
 */
final class NamePool {

	static final String[] FIRST_NAMES = { "Amelia", "Rafael", "Priya", "Jonas", "Mei", "Daniel", "Siobhan", "Kwame",
			"Laura", "Tomasz", "Aisha", "Henrik", "Grace", "Mateus", "Yuki", "Owen", "Fatima", "Lucas", "Ingrid",
			"Marcus", "Chloe", "Arjun", "Sofia", "Benedikt", "Nadia", "Ethan", "Leila", "Connor", "Hana", "Samuel",
			"Isabel", "Viktor", "Rachel", "Kenji", "Camille", "Darius", "Elena", "Patrick", "Zara", "Felix", "Anika",
			"Gabriel", "Maya", "Stefan", "Olivia", "Ravi", "Helena", "Julian", "Noor", "Thomas", "Lucia", "Andre",
			"Freya", "Hugo", "Irene", "Kofi", "Beatrice", "Miguel", "Sarah", "Wei", "Dana", "Chris" };

	static final String[] LAST_NAMES = { "Whitfield", "Okafor", "Lindqvist", "Ramanathan", "Brennan", "Castillo",
			"Nakamura", "Hoffmann", "Adeyemi", "Kowalski", "Marchetti", "Schneider", "O'Donnell", "Haddad", "Tanaka",
			"Fitzgerald", "Mensah", "Jansen", "Ferreira", "Larsen", "Dubois", "Patel", "Novak", "Sutherland", "Chen",
			"Alvarez", "Bergstrom", "Kaur", "Morrison", "Weber", "Yilmaz", "Delgado", "Hughes", "Andersson",
			"Moreau", "Sato", "Campbell", "Richter", "Osei", "Gallagher", "Ivanova", "Rossi", "Singh", "Murphy",
			"Vogel", "Ortega", "Lambert", "Kim", "Reyes", "Sinclair", "Abara", "Keller", "Nguyen", "Holloway",
			"Petrov", "Mahmoud", "Quinn", "Sorensen", "Baptiste", "Lowe", "Varga", "Ellison" };

	/** Curated customer names: strategic, enterprise, commercial and small-business sounding, in that order. */
	static final String[] COMPANIES = { "Halvorsen Global Logistics", "Brightwater Health System",
			"Meridian Mutual Insurance", "Castellan Retail Group", "Kestrel Aerospace", "Atlas Pacific Bank",
			"Northgate Energy", "Vantage Telecom", "Sterling & Rowe Pharmaceuticals",
			"Redwood County Government", "Bluepeak Manufacturing", "Orion Freight Services", "Clearview Credit Union",
			"Lakeshore University Hospital", "Granite State Utilities", "Summit Hotels & Resorts",
			"Pioneer Agricultural Co-op", "Harborline Cruises", "Solace Senior Living", "Trident Marine Systems",
			"Evergreen Grocers", "Copperfield Construction", "Millbrook Insurance Brokers", "Juniper Dental Partners",
			"Fairhaven School District", "Beacon Street Publishing", "Tidewater Seafood", "Nimbus Software Studio",
			"Cobalt Auto Parts", "Wexford Property Management", "Larkspur Veterinary Clinics",
			"Ashgrove Accounting LLP", "Hollis & Grant Law", "Driftwood Coffee Roasters", "Sparrow Print & Sign",
			"Keystone Fitness Clubs", "Mosaic Interior Design", "Riverbend Family Pharmacy", "Pinecrest Bakery",
			"Gullwing Travel" };

	private static final String[] COMPANY_STEMS = { "Amber", "Birch", "Cedar", "Delta", "Ember", "Falcon",
			"Garnet", "Heron", "Iron", "Jade", "Kingfisher", "Lumen", "Maple", "Nova", "Onyx", "Pacific", "Quarry",
			"Raven", "Silver", "Timber", "Union", "Valley", "Willow", "Yarrow", "Zenith", "Alder", "Bay", "Crescent",
			"Dune", "Elm", "Fern", "Glacier", "Harbor", "Indigo", "Juno", "Kite", "Lotus", "Mesa", "North",
			"Oak" };

	private static final String[] COMPANY_TRADES = { "Logistics", "Health", "Insurance", "Retail", "Energy",
			"Foods", "Manufacturing", "Financial", "Media", "Hospitality", "Pharma", "Telecom", "Systems",
			"Engineering", "Outfitters", "Labs", "Transport", "Medical Group", "Properties", "Brands" };

	private static final String[] COMPANY_FORMS = { "Inc.", "Group", "Corporation", "LLC", "Holdings", "Co.",
			"Partners", "International", "GmbH", "Ltd" };

	static final String[] MANAGEMENT_TITLES = { "Chief Information Officer", "VP, IT Operations",
			"Director of Infrastructure", "Chief Operating Officer", "VP, Finance", "Head of Digital",
			"Director of Customer Operations", "Chief Technology Officer" };

	static final String[] ENGINEER_TITLES = { "Lead Systems Engineer", "Database Administrator",
			"Senior DevOps Engineer", "Integration Architect", "Network Engineer", "Application Support Lead" };

	static final String[] ADMINISTRATIVE_TITLES = { "Accounts Payable Manager", "IT Service Coordinator",
			"Procurement Specialist", "Office Manager", "Contracts Administrator" };

	private NamePool() {
	}

	/** @return the n-th company name: the curated ones first, then unique composed ones */
	static String company(int n) {
		if (n < COMPANIES.length) {
			return COMPANIES[n];
		}
		int k = n - COMPANIES.length;
		int combinations = COMPANY_STEMS.length * COMPANY_TRADES.length * COMPANY_FORMS.length;
		// a stride coprime to the number of combinations visits each combination once, in a scattered order
		int index = (int) ((k % combinations) * 7919L % combinations);
		String name = COMPANY_STEMS[index % COMPANY_STEMS.length] + " "
				+ COMPANY_TRADES[index / COMPANY_STEMS.length % COMPANY_TRADES.length] + " "
				+ COMPANY_FORMS[index / (COMPANY_STEMS.length * COMPANY_TRADES.length)];
		return k < combinations ? name : name + " (" + (k / combinations + 1) + ")";
	}

	/** @return a lower-case e-mail local part or domain word, letters and dots only */
	static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", ".")
				.replaceAll("^\\.|\\.$", "");
	}

	/** @return an e-mail domain for a company (its first two words), under the reserved .example domain */
	static String domain(String company) {
		StringBuilder domain = new StringBuilder();
		int words = 0;
		for (String word : company.split(" ")) {
			String part = slug(word);
			if (!part.isEmpty() && !part.equals("and") && words < 2) {
				domain.append(words++ == 0 ? "" : "-").append(part.replace('.', '-'));
			}
		}
		return domain + ".example";
	}
}
