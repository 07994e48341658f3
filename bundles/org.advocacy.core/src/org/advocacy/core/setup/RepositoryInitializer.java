// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Collectors;

import org.advocacy.core.persistence.AdvocacyResource;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EngagementReason;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Holiday;
import org.advocacy.model.Organization;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Weekday;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Creates a new repository from a {@link NewRepositoryRequest}: the organization with its default business calendar
 * (working days, hours in the organization's time zone, the public holidays of its country or region from
 * {@link PublicHolidays}), its functional areas with empty who-to-call ladders (the Organization editor or the
 * who-to-call CSV import staffs them), the customer segments with their service targets, the default targets and the
 * reasons for engagement. The new repository passes every validation rule, and is written atomically into a new file.
 */
public final class RepositoryInitializer {

	private static final AdvocacyFactory FACTORY = AdvocacyFactory.eINSTANCE;

	private final RepositoryStore store;

	/** @param store saves the new repository */
	public RepositoryInitializer(RepositoryStore store) {
		this.store = store;
	}

	/**
	 * @param request what to create
	 * @return the new repository, in no resource yet
	 * @throws IllegalArgumentException when the holiday library does not know the calendar's country or region
	 */
	public AdvocacyRepository create(NewRepositoryRequest request) {
		AdvocacyRepository repository = FACTORY.createAdvocacyRepository();
		repository.setName(request.organizationName());
		Organization organization = FACTORY.createOrganization();
		organization.setName(request.organizationName());
		BusinessCalendar calendar = calendar(request);
		organization.getCalendars().add(calendar);
		organization.setDefaultCalendar(calendar);
		request.areas().forEach(area -> organization.getAreas().add(area(area)));
		repository.setOrganization(organization);
		request.segments().forEach(segment -> repository.getSegments().add(segment(segment)));
		repository.getDefaultTargets().addAll(targets(request.defaultTargets()));
		request.reasons().forEach(reason -> repository.getReasons().add(reason(reason)));
		return repository;
	}

	/**
	 * Creates the repository and writes it into a file.
	 *
	 * @param request   what to create
	 * @param file      a {@code *.advocacy} file
	 * @param overwrite whether an existing file may be replaced; when it is, the replacement is atomic
	 * @return the repository written
	 * @throws java.nio.file.FileAlreadyExistsException when the file exists and may not be overwritten; it is then
	 *                                                  left as it is
	 * @throws IOException                              when writing fails; an existing file then keeps its content
	 * @throws IllegalArgumentException                 when the file is not an {@code *.advocacy} file or the holiday
	 *                                                  library does not know the calendar's country or region
	 */
	public AdvocacyRepository write(NewRepositoryRequest request, Path file, boolean overwrite) throws IOException {
		if (!file.getFileName().toString().endsWith("." + AdvocacyResource.FILE_EXTENSION)) {
			throw new IllegalArgumentException(
					"the repository file " + file + " must end in ." + AdvocacyResource.FILE_EXTENSION);
		}
		AdvocacyRepository repository = create(request);
		checkValid(repository);
		if (overwrite) {
			store.save(repository, file);
		} else {
			store.saveNew(repository, file);
		}
		return repository;
	}

	/**
	 * @param request the request
	 * @return the name the default calendar gets: "Germany (Bavaria) business hours"
	 */
	public static String calendarName(NewRepositoryRequest request) {
		return PublicHolidays.describe(request.calendar().holidays()) + " business hours";
	}

	private static BusinessCalendar calendar(NewRepositoryRequest request) {
		CalendarSettings settings = request.calendar();
		BusinessCalendar calendar = FACTORY.createBusinessCalendar();
		calendar.setName(calendarName(request));
		calendar.setTimeZone(request.timeZone());
		for (DayOfWeek day : settings.workingDays()) {
			calendar.getWorkingDays().add(Weekday.getByName(day.name()));
		}
		calendar.setWorkdayStart(settings.workdayStart());
		calendar.setWorkdayEnd(settings.workdayEnd());
		calendar.setHolidayRegion(settings.holidays().code());
		for (PublicHoliday publicHoliday : PublicHolidays.between(settings.holidays(), settings.firstYear(),
				settings.lastYear())) {
			Holiday holiday = FACTORY.createHoliday();
			holiday.setDate(publicHoliday.date());
			holiday.setName(publicHoliday.name());
			calendar.getHolidays().add(holiday);
		}
		return calendar;
	}

	private static FunctionalArea area(AreaTemplate template) {
		FunctionalArea area = FACTORY.createFunctionalArea();
		area.setName(template.name());
		area.setKind(template.kind());
		return area;
	}

	private static CustomerSegment segment(SegmentTemplate template) {
		CustomerSegment segment = FACTORY.createCustomerSegment();
		segment.setName(template.name());
		segment.setDescription(template.description());
		segment.setAdvocacyLevel(template.level());
		segment.setOffering(template.offering());
		segment.setDrivers(template.drivers());
		segment.setWhoMayEngage(template.whoMayEngage());
		segment.getTargets().addAll(targets(template.targets()));
		return segment;
	}

	private static List<ServiceTarget> targets(List<TargetTemplate> templates) {
		return templates.stream().map(template -> {
			ServiceTarget target = FACTORY.createServiceTarget();
			target.setUrgency(template.urgency());
			target.setUpdateCadenceMinutes(template.updateCadenceMinutes());
			target.setEscalationTimeoutMinutes(template.escalationTimeoutMinutes());
			return target;
		}).toList();
	}

	private static EngagementReason reason(ReasonTemplate template) {
		EngagementReason reason = FACTORY.createEngagementReason();
		reason.setName(template.name());
		reason.setDescription(template.description());
		return reason;
	}

	/** The request's checks keep the rules; a finding here is a defect of this class, so nothing is written. */
	private static void checkValid(AdvocacyRepository repository) {
		Diagnostic diagnostic = AdvocacyValidation.validate(repository);
		if (diagnostic.getSeverity() != Diagnostic.OK) {
			throw new IllegalStateException("The new repository breaks validation rules: " + diagnostic.getChildren()
					.stream().map(Diagnostic::getMessage).collect(Collectors.joining("; ")));
		}
	}
}
