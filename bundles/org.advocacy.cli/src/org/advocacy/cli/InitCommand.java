// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.advocacy.core.setup.CalendarSettings;
import org.advocacy.core.setup.HolidayRegion;
import org.advocacy.core.setup.NewRepositoryRequest;
import org.advocacy.core.setup.RepositoryInitializer;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessCalendar;

/**
 * {@code init <file> [--organization N] [--time-zone Z] [--country C] [--years Y-Y] [--hours HH:MM-HH:MM]}: creates
 * a new repository with the organization's default business calendar (Monday to Friday, the public holidays of a
 * country or region from the holiday library), the standard functional areas with empty who-to-call ladders, the
 * starter segments with their service targets and the reasons for engagement. An existing file is never replaced.
 */
final class InitCommand extends NamedCommand {

	private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
	private static final Pattern HOURS = Pattern.compile("(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");

	InitCommand() {
		super("init",
				"init <file> [--organization N] [--time-zone Z] [--country C[-R]] [--years Y-Y] [--hours 09:00-17:00]"
				+ "   create a new repository");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = parse(arguments, Set.of("organization", "time-zone", "country", "years", "hours"), 1,
				"the new repository file");
		Path file = parsed.path(0);
		ZoneId zone = timeZone(parsed.option("time-zone", context.clock().getZone().getId()));
		int thisYear = Year.now(context.clock().withZone(zone)).getValue();
		int[] years = years(parsed.option("years", thisYear + "-" + (thisYear + 1)));
		LocalTime[] hours = hours(parsed.option("hours", "09:00-17:00"));
		AdvocacyRepository repository;
		try {
			CalendarSettings calendar = new CalendarSettings(CalendarSettings.WEEKDAYS, hours[0], hours[1],
					HolidayRegion.parse(parsed.has("country") ? parsed.option("country", null) : defaultCountry()), years[0], years[1]);
			NewRepositoryRequest request = NewRepositoryRequest.withStarterContent(
					parsed.option("organization", organizationFrom(file)), zone, calendar);
			repository = new RepositoryInitializer(context.store()).write(request, file, false);
		} catch (IllegalArgumentException e) {
			throw new UsageException(name() + ": " + e.getMessage() + ".");
		} catch (FileAlreadyExistsException e) {
			context.err().println(file.toAbsolutePath() + " already exists and was left as it is; give a new file.");
			return FAILED;
		}
		report(repository, file, context);
		return OK;
	}

	private static void report(AdvocacyRepository repository, Path file, CliContext context) {
		BusinessCalendar calendar = repository.getOrganization().getDefaultCalendar();
		context.out().println("Created " + file.toAbsolutePath() + " for " + repository.getName() + ":");
		context.out().println("  calendar " + calendar.getName() + ", " + calendar.getTimeZone().getId() + ", "
				+ calendar.getWorkdayStart() + "-" + calendar.getWorkdayEnd() + ", " + calendar.getHolidays().size()
				+ " public holidays");
		context.out().println("  " + repository.getOrganization().getAreas().size()
				+ " functional areas with empty who-to-call ladders, " + repository.getSegments().size()
				+ " customer segments, " + repository.getReasons().size() + " reasons for engagement");
		context.out().println("Next: advocacy import who-to-call " + file + " <csv>");
	}

	private ZoneId timeZone(String id) {
		try {
			return ZoneId.of(id);
		} catch (DateTimeException e) {
			throw new UsageException(name() + ": --time-zone '" + id
					+ "' is not a time zone; use a region such as Europe/Berlin or America/New_York.");
		}
	}

	private int[] years(String value) {
		Matcher matcher = YEARS.matcher(value);
		if (!matcher.matches()) {
			throw new UsageException(name() + ": --years must be a year or a range like 2027-2028, not '" + value
					+ "'.");
		}
		int first = Integer.parseInt(matcher.group(1));
		return new int[] { first, matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2)) };
	}

	private LocalTime[] hours(String value) {
		Matcher matcher = HOURS.matcher(value);
		try {
			if (matcher.matches()) {
				return new LocalTime[] { LocalTime.parse(twoDigitHour(matcher.group(1))),
						LocalTime.parse(twoDigitHour(matcher.group(2))) };
			}
		} catch (DateTimeParseException e) {
			// reported below
		}
		throw new UsageException(name() + ": --hours must be a start and an end like 09:00-17:00, not '" + value
				+ "'.");
	}

	private static String twoDigitHour(String time) {
		return time.length() == 4 ? "0" + time : time;
	}

	/** @throws UsageException when the system's locale names no country */
	private String defaultCountry() {
		String country = Locale.getDefault().getCountry();
		if (country.isEmpty()) {
			throw new UsageException(name() + ": give --country, the country whose public holidays the "
					+ "organization observes, such as US, DE or DE-BY.");
		}
		return country;
	}

	private static String organizationFrom(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
