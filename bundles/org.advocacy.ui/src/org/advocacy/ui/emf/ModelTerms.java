// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.emf;

import java.util.Locale;
import java.util.MissingResourceException;

import org.advocacy.model.provider.AdvocacyEditPlugin;

/**
 * The names the item providers give the model's classes and features ("Plan Task", "Customer Words"), for texts
 * that name a class or feature by its Ecore name, such as the change log of a repository's history. Names the
 * item providers do not know read as words ("someFeature" as "Some feature").
 */
public final class ModelTerms {

	private ModelTerms() {
	}

	/**
	 * @param className a class of the model, e.g. {@code LadderAttempt}
	 * @return its name for a user, e.g. "Ladder Attempt"
	 */
	public static String type(String className) {
		return known("_UI_" + className + "_type", className);
	}

	/**
	 * @param className a class of the model
	 * @param feature   one of its features, e.g. {@code customerWords}
	 * @return the feature's name for a user, e.g. "Customer Words"
	 */
	public static String feature(String className, String feature) {
		return known("_UI_" + className + "_" + feature + "_feature", feature);
	}

	private static String known(String key, String name) {
		try {
			return AdvocacyEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException unknown) {
			return words(name);
		}
	}

	/** @return a camel-case name as words, e.g. "customerWords" as "Customer words" */
	public static String words(String name) {
		String spaced = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
		return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
