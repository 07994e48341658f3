// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.imports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.mpx.LocaleData;
import org.mpxj.mpx.MPXReader;

/**
 * Reads MPX files written by Microsoft Project in any language MPXJ knows. An MPX file says nothing about its
 * language outright, but its records do: the field separator of the header record (a comma in English, a semicolon in
 * German), the column titles of the task and resource definition records ("Dauer", "Anfang" in German) and the words
 * for yes and no ("Ja", "Nein"). The languages are tried in the order those clues point to; the first that reads the
 * whole file wins.
 */
final class MpxLanguages {

	/** The language of a file that MPXJ reads without being told. */
	static final Locale DEFAULT = Locale.ENGLISH;

	/** An MPX file read in its language. */
	record Read(ProjectFile project, Locale language) {
	}

	private MpxLanguages() {
	}

	/** @return whether the content is an MPX file (its first record starts with "MPX") */
	static boolean isMpx(byte[] content) {
		return content.length >= 4 && content[0] == 'M' && content[1] == 'P' && content[2] == 'X';
	}

	/**
	 * @param content an MPX file
	 * @return the file read in the first language that reads it
	 * @throws MPXJException when no language MPXJ knows reads it; the last language's error
	 */
	static Read read(byte[] content) throws MPXJException {
		MPXJException last = null;
		for (Locale language : likelyFirst(content)) {
			MPXReader reader = new MPXReader();
			reader.setLocale(language);
			try {
				ProjectFile project = reader.read(new ByteArrayInputStream(content));
				if (project != null) {
					return new Read(project, language);
				}
			} catch (MPXJException e) {
				last = e;
			}
		}
		throw last != null ? last : new MPXJException("no language reads the file");
	}

	/** @return the languages MPXJ reads MPX files in, e.g. "English, German, French" */
	static String supported() {
		return Arrays.stream(MPXReader.getSupportedLocales()).map(locale -> locale.getDisplayLanguage(Locale.ENGLISH))
				.distinct().collect(Collectors.joining(", "));
	}

	/** @return the supported languages, the best match for the file's own words first */
	private static List<Locale> likelyFirst(byte[] content) {
		// MPX files are ANSI; the words compared are plain letters in every supported language
		String text = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
		char separator = text.length() > 3 ? text.charAt(3) : ',';
		Set<String> words = new HashSet<>();
		for (String line : text.split("\r?\n")) {
			if (line.startsWith("40" + separator) || line.startsWith("60" + separator) || line.startsWith("70" + separator)) {
				words.addAll(Arrays.asList(line.split(Pattern.quote(String.valueOf(separator)))));
			}
		}
		return Arrays.stream(MPXReader.getSupportedLocales())
				.sorted(Comparator.comparingInt((Locale locale) -> -score(locale, separator, words))
						.thenComparing(locale -> !locale.getLanguage().equals(DEFAULT.getLanguage())))
				.toList();
	}

	private static int score(Locale locale, char separator, Set<String> words) {
		int score = LocaleData.getChar(locale, LocaleData.FILE_DELIMITER) == separator ? 1 : 0;
		for (String key : List.of(LocaleData.TASK_NAMES, LocaleData.RESOURCE_NAMES)) {
			for (String name : LocaleData.getStringArray(locale, key)) {
				if (name != null && words.contains(name)) {
					score++;
				}
			}
		}
		for (String key : List.of(LocaleData.YES, LocaleData.NO)) {
			if (words.contains(LocaleData.getString(locale, key))) {
				score += 2;
			}
		}
		return score;
	}
}
