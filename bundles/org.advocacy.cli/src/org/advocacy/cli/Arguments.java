// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of one command: positional values and {@code --name value} options. Every problem is an
 * {@link UsageException} naming the argument, so the user sees what to fix.
 */
final class Arguments {

	private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([smh])");

	private final String command;
	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> options = new HashMap<>();
	private final Set<String> flags = new HashSet<>();

	private Arguments(String command) {
		this.command = command;
	}

	/**
	 * @param command        the command's name, for messages
	 * @param arguments      what followed the command
	 * @param allowedOptions the option names (without dashes) the command accepts
	 */
	static Arguments parse(String command, List<String> arguments, Set<String> allowedOptions) {
		return parse(command, arguments, allowedOptions, Set.of());
	}

	/**
	 * @param command        the command's name, for messages
	 * @param arguments      what followed the command
	 * @param allowedOptions the option names (without dashes) the command accepts, each followed by a value
	 * @param allowedFlags   the option names (without dashes) the command accepts without a value
	 */
	static Arguments parse(String command, List<String> arguments, Set<String> allowedOptions,
			Set<String> allowedFlags) {
		Arguments parsed = new Arguments(command);
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (!argument.startsWith("--")) {
				parsed.positional.add(argument);
				continue;
			}
			String name = argument.substring(2);
			if (allowedFlags.contains(name)) {
				parsed.flags.add(name);
				continue;
			}
			if (!allowedOptions.contains(name)) {
				throw new UsageException(command + ": unknown option " + argument + ".");
			}
			if (i + 1 >= arguments.size()) {
				throw new UsageException(command + ": option " + argument + " needs a value.");
			}
			parsed.options.put(name, arguments.get(++i));
		}
		return parsed;
	}

	/** @throws UsageException unless exactly {@code count} positional arguments were given */
	Arguments expectPositional(int count, String what) {
		if (positional.size() != count) {
			throw new UsageException(command + ": expected " + what + ".");
		}
		return this;
	}

	int positionalCount() {
		return positional.size();
	}

	String positional(int index) {
		return positional.get(index);
	}

	Path path(int index) {
		return Path.of(positional.get(index));
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	boolean has(String name) {
		return options.containsKey(name);
	}

	/** @return whether the option without a value was given */
	boolean flag(String name) {
		return flags.contains(name);
	}

	/**
	 * A duration such as {@code 90s}, {@code 5m} or {@code 1h}, at least one second.
	 */
	Duration duration(String name, Duration fallback) {
		return typed(name, fallback, Arguments::parseDuration, "a duration like 60s, 5m or 1h");
	}

	int positiveInt(String name, int fallback) {
		return typed(name, fallback, text -> parseLong(text).filter(number -> number > 0 && number <= Integer.MAX_VALUE)
				.map(Long::intValue), "a positive whole number");
	}

	long wholeNumber(String name, long fallback) {
		return typed(name, fallback, Arguments::parseLong, "a whole number");
	}

	/** An instant as ISO-8601 ({@code 2026-11-20T14:30:00Z}) or a date (taken at 00:00 UTC). */
	Instant instant(String name, Instant fallback) {
		return typed(name, fallback, Arguments::parseInstant,
				"a date like 2026-11-20 or an instant like 2026-11-20T14:30:00Z");
	}

	/**
	 * @param name     the option
	 * @param fallback its value when it is not given
	 * @param parse    the value a text stands for, or empty when it is not one
	 * @param expected what the value must be, for the usage error, e.g. "a whole number"
	 * @return the option's value
	 * @throws UsageException when the option's text is not a value
	 */
	private <T> T typed(String name, T fallback, Function<String, Optional<T>> parse, String expected) {
		String value = options.get(name);
		if (value == null) {
			return fallback;
		}
		return parse.apply(value).orElseThrow(
				() -> new UsageException(command + ": --" + name + " must be " + expected + ", not '" + value + "'."));
	}

	private static Optional<Duration> parseDuration(String text) {
		Matcher matcher = DURATION.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		long amount = Long.parseLong(matcher.group(1));
		Duration duration = switch (matcher.group(2)) {
		case "s" -> Duration.ofSeconds(amount);
		case "m" -> Duration.ofMinutes(amount);
		default -> Duration.ofHours(amount);
		};
		return duration.isZero() ? Optional.empty() : Optional.of(duration);
	}

	private static Optional<Long> parseLong(String text) {
		try {
			return Optional.of(Long.parseLong(text));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static Optional<Instant> parseInstant(String text) {
		try {
			return Optional.of(text.contains("T") ? Instant.parse(text)
					: LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** @return the value of an option that must be one of the choices */
	String choice(String name, String fallback, List<String> choices) {
		String value = option(name, fallback);
		if (!choices.contains(value)) {
			throw new UsageException(command + ": --" + name + " must be one of " + String.join(", ", choices)
					+ ", not '" + value + "'.");
		}
		return value;
	}
}
