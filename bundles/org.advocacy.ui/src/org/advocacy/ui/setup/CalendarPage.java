// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.setup;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.advocacy.core.setup.CalendarSettings;
import org.advocacy.core.setup.HolidayPlace;
import org.advocacy.core.setup.HolidayRegion;
import org.advocacy.core.setup.PublicHoliday;
import org.advocacy.core.setup.PublicHolidays;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The second page of the New Advocacy Repository wizard: the default business calendar. Working days and hours,
 * and the country (or one of its regions) whose public holidays are days off for a range of years, with a preview
 * of those holidays read from the holiday library in the background.
 */
final class CalendarPage extends WizardPage {

	private static final String WHOLE_COUNTRY = "The whole country";
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private final List<HolidayPlace> countries = PublicHolidays.countries();
	private final List<Button> dayButtons = new ArrayList<>();
	private List<HolidayPlace> regions = List.of();
	private Text start;
	private Text end;
	private Combo country;
	private Combo region;
	private Spinner firstYear;
	private Spinner lastYear;
	private Label previewStatus;
	private Table holidays;
	private int previewGeneration;

	CalendarPage() {
		super("calendar");
		setTitle("Business Calendar");
		setDescription("When the organization works: business-hours engagements and escalation timeouts count only "
				+ "this time.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		createDays(body);
		createHours(body);
		new Label(body, SWT.NONE).setText("Public &holidays of:");
		country = new Combo(body, SWT.READ_ONLY);
		country.setItems(countries.stream().map(HolidayPlace::label).toArray(String[]::new));
		country.setVisibleItemCount(20);
		country.select(defaultCountry());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(country);
		new Label(body, SWT.NONE).setText("&Region:");
		region = new Combo(body, SWT.READ_ONLY);
		region.setItems(WHOLE_COUNTRY);
		region.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(region);
		createYears(body);
		previewStatus = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 8).applyTo(previewStatus);
		holidays = PreviewTable.create(body, new String[] { "Date", "Public holiday" }, 140, 300);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 200).applyTo(holidays);
		country.addListener(SWT.Selection, event -> refreshPreview(true));
		region.addListener(SWT.Selection, event -> refreshPreview(false));
		firstYear.addListener(SWT.Modify, event -> refreshPreview(false));
		lastYear.addListener(SWT.Modify, event -> refreshPreview(false));
		setControl(body);
		refreshPreview(true);
	}

	private void createDays(Composite body) {
		new Label(body, SWT.NONE).setText("Working days:");
		Composite days = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(days);
		for (DayOfWeek day : DayOfWeek.values()) {
			Button button = new Button(days, SWT.CHECK);
			button.setText(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
			button.setData(day);
			button.setSelection(CalendarSettings.WEEKDAYS.contains(day));
			button.addListener(SWT.Selection, event -> check());
			dayButtons.add(button);
		}
	}

	private void createHours(Composite body) {
		new Label(body, SWT.NONE).setText("Working &hours:");
		Composite hours = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(hours);
		start = new Text(hours, SWT.BORDER);
		start.setText("09:00");
		new Label(hours, SWT.NONE).setText("to");
		end = new Text(hours, SWT.BORDER);
		end.setText("17:00");
		new Label(hours, SWT.NONE).setText("(24-hour clock, in the organization's time zone)");
		GridDataFactory.swtDefaults().hint(60, SWT.DEFAULT).applyTo(start);
		GridDataFactory.swtDefaults().hint(60, SWT.DEFAULT).applyTo(end);
		start.addModifyListener(event -> check());
		end.addModifyListener(event -> check());
	}

	private void createYears(Composite body) {
		new Label(body, SWT.NONE).setText("&Years:");
		Composite years = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(years);
		int thisYear = Year.now().getValue();
		firstYear = year(years, thisYear);
		new Label(years, SWT.NONE).setText("to");
		lastYear = year(years, thisYear + 1);
	}

	private static Spinner year(Composite parent, int value) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, PublicHolidays.FIRST_YEAR, PublicHolidays.LAST_YEAR, 0, 1, 10);
		return spinner;
	}

	private int defaultCountry() {
		String code = Locale.getDefault().getCountry();
		for (int i = 0; i < countries.size(); i++) {
			if (countries.get(i).code().equals(code)) {
				return i;
			}
		}
		return countries.indexOf(countries.stream().filter(place -> place.code().equals("US")).findFirst()
				.orElse(countries.get(0)));
	}

	/** Reads the chosen place's holidays (and, for a new country, its regions) in a job; the newest request wins. */
	private void refreshPreview(boolean countryChanged) {
		if (countryChanged) {
			regions = List.of();
			region.setItems(WHOLE_COUNTRY);
			region.select(0);
		}
		check();
		int generation = ++previewGeneration;
		HolidayRegion where = place();
		int first = firstYear.getSelection();
		int last = lastYear.getSelection();
		holidays.removeAll();
		try {
			PublicHolidays.checkYears(first, last);
		} catch (IllegalArgumentException e) {
			previewStatus.setText("");
			return;
		}
		previewStatus.setText("Reading the public holidays of " + country.getText() + "...");
		Job job = Job.create("Reading public holidays", monitor -> {
			HolidayPreview preview = HolidayPreview.of(where, first, last, countryChanged);
			holidays.getDisplay().asyncExec(() -> {
				if (!holidays.isDisposed() && generation == previewGeneration) {
					show(preview, where, first, last);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(HolidayPreview preview, HolidayRegion where, int first, int last) {
		if (preview.regions() != null) {
			regions = preview.regions();
			List<String> items = new ArrayList<>(List.of(WHOLE_COUNTRY));
			regions.forEach(place -> items.add(place.label()));
			region.setItems(items.toArray(String[]::new));
			region.select(0);
			region.setEnabled(!regions.isEmpty());
		}
		if (preview.problem() != null) {
			previewStatus.setText(preview.problem());
			return;
		}
		for (PublicHoliday holiday : preview.holidays()) {
			PreviewTable.addRow(holidays, DATE.format(holiday.date()), holiday.name());
		}
		previewStatus.setText(preview.holidays().size() + " public holidays of " + PublicHolidays.describe(where)
				+ (first == last ? " in " + first : " in " + first + "-" + last) + " will be days off:");
	}

	private HolidayRegion place() {
		String code = countries.get(Math.max(0, country.getSelectionIndex())).code();
		int index = region.getSelectionIndex();
		return HolidayRegion.of(code, index > 0 && index <= regions.size() ? regions.get(index - 1).code() : null);
	}

	private void check() {
		try {
			settings();
			setErrorMessage(null);
			setPageComplete(true);
		} catch (IllegalArgumentException e) {
			setErrorMessage(Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".");
			setPageComplete(false);
		}
	}

	/**
	 * @return the calendar as chosen
	 * @throws IllegalArgumentException naming what is wrong
	 */
	CalendarSettings settings() {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		dayButtons.stream().filter(Button::getSelection).forEach(button -> days.add((DayOfWeek) button.getData()));
		return new CalendarSettings(days, time(start, "start"), time(end, "end"), place(), firstYear.getSelection(),
				lastYear.getSelection());
	}

	private static LocalTime time(Text text, String which) {
		String value = text.getText().strip();
		try {
			return LocalTime.parse(value.length() == 4 ? "0" + value : value);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(
					"the working day's " + which + " '" + value + "' is not a time like 09:00", e);
		}
	}

	Combo countryCombo() {
		return country;
	}

	Combo regionCombo() {
		return region;
	}

	Spinner firstYearSpinner() {
		return firstYear;
	}

	Spinner lastYearSpinner() {
		return lastYear;
	}

	Table holidayTable() {
		return holidays;
	}

	Text startText() {
		return start;
	}
}
