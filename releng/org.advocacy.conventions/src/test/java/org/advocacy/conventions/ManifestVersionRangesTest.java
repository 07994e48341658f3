// SPDX-License-Identifier: EPL-2.0
package org.advocacy.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Bundles fit to install into someone else's console: every dependency of every bundle and test fragment states the
 * versions it works with, from the version in our target platform up to (not including) the next major version, and
 * our own bundles depend on each other within 1.x.
 */
class ManifestVersionRangesTest {

	private static final Pattern RANGE = Pattern.compile("\\[(\\d+)\\.(\\d+)\\.(\\d+),(\\d+)\\.0\\.0\\)");
	private static final String OWN_RANGE = "[1.0.0,2.0.0)";

	@Test
	void everyRequireBundleImportPackageAndFragmentHostHasARangeBelowTheNextMajor() throws IOException {
		List<String> problems = new ArrayList<>();
		List<ManifestBundle> bundles = ManifestBundle.all(Repository.root());
		assertFalse(bundles.isEmpty(), "bundles found");
		for (ManifestBundle bundle : bundles) {
			check(bundle, "Require-Bundle", "bundle-version", problems);
			check(bundle, "Fragment-Host", "bundle-version", problems);
			check(bundle, "Import-Package", "version", problems);
		}
		assertEquals(List.of(), problems);
	}

	private static void check(ManifestBundle bundle, String header, String attribute, List<String> problems) {
		for (ManifestClause clause : bundle.clauses(header)) {
			String range = clause.attributes().get(attribute);
			String where = bundle + " " + header + " " + clause.name();
			if (range == null) {
				problems.add(where + ": no " + attribute + " range");
			} else if (clause.name().startsWith("org.advocacy.") && !OWN_RANGE.equals(range)) {
				problems.add(where + ": our own bundles are required as " + OWN_RANGE + ", not " + range);
			} else if (!belowNextMajor(range)) {
				problems.add(where + ": " + range + " is not [minimum,next major.0.0)");
			}
		}
	}

	/** @return whether the range is [a.b.c,(a+1).0.0) */
	static boolean belowNextMajor(String range) {
		Matcher matcher = RANGE.matcher(range);
		return matcher.matches() && Integer.parseInt(matcher.group(4)) == Integer.parseInt(matcher.group(1)) + 1;
	}

	@Test
	void aRangeMustStartAtAFullVersionAndEndBeforeTheNextMajor() {
		assertTrue(belowNextMajor("[3.209.0,4.0.0)"));
		assertTrue(belowNextMajor("[0.12.1,1.0.0)"));
		assertFalse(belowNextMajor("3.209.0"), "a minimum alone is open-ended");
		assertFalse(belowNextMajor("[3.209.0,5.0.0)"), "two majors");
		assertFalse(belowNextMajor("[3.209.0,4.0.0]"), "the next major included");
		assertFalse(belowNextMajor("[3.0,4)"), "not full versions");
	}
}
