// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.Holiday;
import org.advocacy.model.Weekday;
import org.advocacy.ui.emf.FeatureColumnLabelProvider;
import org.advocacy.ui.forms.FeatureEditingSupport;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.advocacy.ui.organization.OrganizationEditor;
import org.eclipse.core.databinding.observable.Observables;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The Business Calendars page: the calendars that say when areas and people work — time zone, working days and
 * hours, holidays — and which one applies when an area or person names none. Due times of non-urgent work are
 * counted in these hours.
 */
public final class CalendarsPage extends OrganizationFormPage {

	/** The page id. */
	public static final String ID = "calendars";

	private OrganizationListTable calendars;
	private FeatureTable holidays;
	private WorkingDaysField workingDays;

	/** @param editor the editor */
	public CalendarsPage(OrganizationEditor editor) {
		super(editor, ID, "Business Calendars");
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	protected void createContent(FormToolkit toolkit, Composite body) {
		((GridLayout) body.getLayout()).makeColumnsEqualWidth = true;
		Composite left = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(left);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
		Composite right = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(right);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
		FormFields fields = fields(toolkit);

		Composite company = Sections.create(toolkit, left, "Organization",
				"The company, and the calendar used for areas and people that name none.", 1, 2, false);
		IObservableValue organization = Observables.constantObservableValue(organization());
		fields.text(company, "Company:", organization, ORGANIZATION__NAME, false);
		ComboViewer defaultCalendar = fields.choice(company, "Default calendar:", organization,
				ORGANIZATION__DEFAULT_CALENDAR, organization().getCalendars());
		onModelChange(defaultCalendar::refresh);
		createCalendars(toolkit, left);

		IObservableValue calendar = ViewerProperties.singleSelection().observe(calendars.getViewer());
		Composite details = Sections.create(toolkit, right, "Working time",
				"The selected calendar's time zone, working days and hours.", 1, 2, false);
		fields.text(details, "Name:", calendar, BUSINESS_CALENDAR__NAME, false);
		List<ZoneId> zones = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
		fields.choice(details, "Time zone:", calendar, BUSINESS_CALENDAR__TIME_ZONE, zones);
		workingDays = new WorkingDaysField(toolkit, details, domain(), this::selectedCalendar);
		TimeField.create(toolkit, bindings(), domain(), details, "Day starts:", calendar,
				BUSINESS_CALENDAR__WORKDAY_START);
		TimeField.create(toolkit, bindings(), domain(), details, "Day ends:", calendar, BUSINESS_CALENDAR__WORKDAY_END);
		calendars.getViewer().addSelectionChangedListener(event -> workingDays.refresh());
		onModelChange(workingDays::refresh);

		Composite holidayClient = Sections.create(toolkit, right, "Holidays",
				"Days off besides the weekend, when no working time is counted.", 1, 1, true);
		holidays = new FeatureTable(toolkit, holidayClient, domain(), calendar, BUSINESS_CALENDAR__HOLIDAYS,
				valueText(), List.of(TableColumnSpec.edit("Date", 120, HOLIDAY__DATE),
						TableColumnSpec.edit("Holiday", 220, HOLIDAY__NAME)),
				owner -> newHoliday((BusinessCalendar) owner));
		holidays.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer viewer, Object first, Object second) {
				LocalDate a = ((Holiday) first).getDate();
				LocalDate b = ((Holiday) second).getDate();
				return a == null || b == null ? Boolean.compare(a == null, b == null) : a.compareTo(b);
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holidays.getControl());
		holidays.setHeight(260);
		onModelChange(holidays::refresh);
		if (!organization().getCalendars().isEmpty()) {
			calendars.getViewer().setSelection(new StructuredSelection(organization().getCalendars().get(0)));
		}
	}

	private void createCalendars(FormToolkit toolkit, Composite parent) {
		Composite client = Sections.create(toolkit, parent, "Calendars",
				"Select a calendar for its working time and holidays.", 1, 1, true);
		calendars = new OrganizationListTable(toolkit, client, domain(), organization(), ORGANIZATION__CALENDARS,
				"Calendar", this::newCalendar, valueText());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(calendars.getControl());
		TableViewer viewer = calendars.getViewer();
		calendars.column("Calendar", 140, new FeatureColumnLabelProvider(valueText(), BUSINESS_CALENDAR__NAME),
				new FeatureEditingSupport(viewer, domain(), BUSINESS_CALENDAR__NAME));
		calendars.column("Time zone", 130, new FeatureColumnLabelProvider(valueText(), BUSINESS_CALENDAR__TIME_ZONE),
				null);
		calendars.column("Working days", 150, TextColumn.of(BusinessCalendar.class, CalendarsPage::days), null);
		calendars.column("Hours", 95, TextColumn.of(BusinessCalendar.class,
				c -> c.getWorkdayStart() == null || c.getWorkdayEnd() == null ? ""
						: c.getWorkdayStart() + "\u2013" + c.getWorkdayEnd()),
				null);
		calendars.column("Holidays", 70,
				TextColumn.of(BusinessCalendar.class, c -> Integer.toString(c.getHolidays().size())), null);
		calendars.setInput();
		publishSelectionOf(viewer);
		onModelChange(calendars::refresh);
	}

	private static String days(BusinessCalendar calendar) {
		return calendar.getWorkingDays().stream().sorted().map(Weekday::getLiteral).map(day -> day.substring(0, 3))
				.collect(Collectors.joining(" "));
	}

	private BusinessCalendar selectedCalendar() {
		return calendars == null ? null
				: (BusinessCalendar) calendars.getViewer().getStructuredSelection().getFirstElement();
	}

	private BusinessCalendar newCalendar() {
		BusinessCalendar calendar = AdvocacyFactory.eINSTANCE.createBusinessCalendar();
		calendar.setName("New calendar");
		calendar.setTimeZone(editor().getClock().getZone());
		calendar.getWorkingDays().addAll(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY,
				Weekday.THURSDAY, Weekday.FRIDAY));
		calendar.setWorkdayStart(LocalTime.of(9, 0));
		calendar.setWorkdayEnd(LocalTime.of(17, 0));
		return calendar;
	}

	private Holiday newHoliday(BusinessCalendar calendar) {
		Holiday holiday = AdvocacyFactory.eINSTANCE.createHoliday();
		ZoneId zone = calendar.getTimeZone() == null ? editor().getClock().getZone() : calendar.getTimeZone();
		holiday.setDate(LocalDate.now(editor().getClock().withZone(zone)));
		holiday.setName("New holiday");
		return holiday;
	}

	@Override
	public boolean shows(EObject object) {
		return object instanceof BusinessCalendar || object instanceof Holiday;
	}

	@Override
	public void reveal(EObject object) {
		EObject calendar = object instanceof Holiday ? object.eContainer() : object;
		calendars.getViewer().setSelection(new StructuredSelection(calendar), true);
		if (object instanceof Holiday) {
			holidays.getViewer().setSelection(new StructuredSelection(object), true);
		}
		calendars.getViewer().getControl().setFocus();
	}

	/** @return the table of calendars */
	public TableViewer getCalendars() {
		return calendars.getViewer();
	}
}
