// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.advocacy.core.escalation.LadderRungs;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.EscalationLevel;
import org.advocacy.model.Person;
import org.advocacy.ui.emf.FeatureColumnLabelProvider;
import org.advocacy.ui.forms.FeatureEditingSupport;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.advocacy.ui.organization.OrganizationEditor;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The People page: everyone who can be called or engaged, with title, place on the ladders, time zone and the
 * contacts that reach them around the clock; the selected person's details, contact points and away periods with
 * the alternate who takes their calls. Every change is a command; fields are bound with EMF databinding.
 */
public final class PeoplePage extends OrganizationFormPage {

	/** The page id. */
	public static final String ID = "people";

	/** How long a new away period lasts until the advocate sets its end. */
	private static final int NEW_AWAY_DAYS = 7;

	private OrganizationListTable people;
	private Text filter;
	private FeatureTable contactPoints;
	private FeatureTable awayPeriods;
	private ComboViewer alternate;

	/** @param editor the editor */
	public PeoplePage(OrganizationEditor editor) {
		super(editor, ID, "People");
	}

	@Override
	protected void createContent(FormToolkit toolkit, Composite body) {
		Composite left = FormColumns.create(toolkit, body, true, 600);
		Composite right = FormColumns.create(toolkit, body, false, 520);
		createPeople(toolkit, left);
		IObservableValue<?> person = ViewerProperties.singleSelection().observe(people.getViewer());
		FormFields fields = fields(toolkit);
		createDetails(toolkit, right, person, fields);
		createContactPoints(toolkit, right, person);
		createAwayPeriods(toolkit, right, person, fields);
		Object first = people.getViewer().getElementAt(0);
		if (first != null) {
			people.getViewer().setSelection(new StructuredSelection(first));
		}
	}

	private void createPeople(FormToolkit toolkit, Composite parent) {
		Composite client = Sections.create(toolkit, parent, "People",
				"Who can be called or engaged. Select a person for their details, contacts and away periods.", 1, 1,
				true);
		filter = toolkit.createText(client, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by name, title or area");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		people = new OrganizationListTable(toolkit, client, domain(), organization(), ORGANIZATION__PEOPLE, "Person",
				this::newPerson, valueText());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 420).applyTo(people.getControl());
		TableViewer viewer = people.getViewer();
		people.column("Name", 150, new FeatureColumnLabelProvider(valueText(), PERSON__NAME),
				new FeatureEditingSupport(viewer, domain(), PERSON__NAME));
		people.column("Title", 190, new FeatureColumnLabelProvider(valueText(), PERSON__TITLE),
				new FeatureEditingSupport(viewer, domain(), PERSON__TITLE));
		people.column("On the ladder of", 150,
				TextColumn.of(Person.class, person -> LadderRungs.positions(organization(), person)), null);
		people.column("Time zone", 120, new FeatureColumnLabelProvider(valueText(), PERSON__TIME_ZONE), null);
		people.column("24x7 contact", 170, TextColumn.of(Person.class, PeoplePage::contacts24x7), null);
		people.column("Away now", 130,
				TextColumn.of(Person.class, person -> AwayHint.of(person, EscalationLevel.PRIMARY, now())), null);
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer sorted, Object first, Object second) {
				return String.CASE_INSENSITIVE_ORDER.compare(nameOf(first), nameOf(second));
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer filtered, Object parentElement, Object element) {
				return matches((Person) element, filter.getText());
			}
		});
		filter.addListener(SWT.Modify, event -> viewer.refresh());
		people.setInput();
		publishSelectionOf(viewer);
		onModelChange(people::refresh);
	}

	private static String nameOf(Object person) {
		String name = ((Person) person).getName();
		return name == null ? "" : name;
	}

	private boolean matches(Person person, String text) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty()) {
			return true;
		}
		return (nameOf(person) + " " + person.getTitle() + " " + LadderRungs.positions(organization(), person))
				.toLowerCase(Locale.ROOT).contains(wanted);
	}

	/** @return the contact points reachable around the clock, e.g. "Mobile +1 917 555 0101; Pager 4711" */
	static String contacts24x7(Person person) {
		return person.getContactPoints().stream().filter(ContactPoint::isAvailable24x7)
				.map(point -> point.getChannel() + " " + point.getAddress()).collect(Collectors.joining("; "));
	}

	private Person newPerson() {
		Person person = AdvocacyFactory.eINSTANCE.createPerson();
		person.setName("New person");
		person.setCalendar(organization().getDefaultCalendar());
		person.setTimeZone(organization().getDefaultCalendar() == null ? ZoneId.systemDefault()
				: organization().getDefaultCalendar().getTimeZone());
		return person;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void createDetails(FormToolkit toolkit, Composite parent, IObservableValue person, FormFields fields) {
		Composite client = Sections.create(toolkit, parent, "Details",
				"The selected person: how they are named, where they work and on which calendar.", 1, 2, false);
		fields.text(client, "Name:", person, PERSON__NAME, false);
		fields.text(client, "Title:", person, PERSON__TITLE, false);
		fields.text(client, "E-mail:", person, PERSON__EMAIL, false);
		List<ZoneId> zones = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList();
		fields.choice(client, "Time zone:", person, PERSON__TIME_ZONE, zones);
		ComboViewer calendar = fields.choice(client, "Calendar:", person, PERSON__CALENDAR,
				organization().getCalendars());
		onModelChange(calendar::refresh);
		toolkit.createLabel(client, "");
		Button advocate = toolkit.createButton(client, "Customer advocate", SWT.CHECK);
		bindings().bindValue(WidgetProperties.buttonSelection().observe(advocate),
				EMFEditProperties.value(domain(), PERSON__ADVOCATE).observeDetail(person));
	}

	@SuppressWarnings("rawtypes")
	private void createContactPoints(FormToolkit toolkit, Composite parent, IObservableValue person) {
		Composite client = Sections.create(toolkit, parent, "Contact points",
				"How to reach the selected person; 24x7 marks the ways that work around the clock.", 1, 1, false);
		contactPoints = new FeatureTable(toolkit, client, domain(), person, PERSON__CONTACT_POINTS, valueText(),
				List.of(TableColumnSpec.edit("Channel", 90, CONTACT_POINT__CHANNEL),
						TableColumnSpec.edit("Number or address", 190, CONTACT_POINT__ADDRESS),
						TableColumnSpec.edit("24x7", 50, CONTACT_POINT__AVAILABLE24X7)),
				owner -> {
					ContactPoint point = AdvocacyFactory.eINSTANCE.createContactPoint();
					point.setChannel(ContactChannel.MOBILE);
					point.setAvailable24x7(true);
					return point;
				});
		GridDataFactory.fillDefaults().grab(true, false).applyTo(contactPoints.getControl());
		contactPoints.setHeight(110);
		onModelChange(contactPoints::refresh);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void createAwayPeriods(FormToolkit toolkit, Composite parent, IObservableValue person,
			FormFields fields) {
		Composite client = Sections.create(toolkit, parent, "Away periods",
				"When the selected person is away, and the alternate who agreed to take their calls meanwhile.", 1, 1,
				false);
		awayPeriods = new FeatureTable(toolkit, client, domain(), person, PERSON__AWAY_PERIODS, valueText(),
				List.of(TableColumnSpec.edit("From", 100, AWAY_PERIOD__START),
						TableColumnSpec.edit("Until", 100, AWAY_PERIOD__END),
						TableColumnSpec.show("Alternate", 105, AWAY_PERIOD__ALTERNATE),
						TableColumnSpec.edit("Agreed", 55, AWAY_PERIOD__ALTERNATE_CONFIRMED),
						TableColumnSpec.edit("Note", 100, AWAY_PERIOD__NOTE)),
				owner -> newAwayPeriod());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(awayPeriods.getControl());
		awayPeriods.setHeight(90);
		onModelChange(awayPeriods::refresh);
		Composite alternateRow = toolkit.createComposite(client);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(alternateRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(alternateRow);
		IObservableValue away = ViewerProperties.singleSelection().observe(awayPeriods.getViewer());
		alternate = fields.choice(alternateRow, "Alternate:", away, AWAY_PERIOD__ALTERNATE, organization().getPeople());
		alternate.setComparator(new ViewerComparator());
		onModelChange(alternate::refresh);
	}

	private AwayPeriod newAwayPeriod() {
		AwayPeriod away = AdvocacyFactory.eINSTANCE.createAwayPeriod();
		Instant start = now().truncatedTo(ChronoUnit.MINUTES);
		away.setStart(start);
		away.setEnd(start.plus(NEW_AWAY_DAYS, ChronoUnit.DAYS));
		return away;
	}

	@Override
	public boolean shows(EObject object) {
		return object instanceof Person || object instanceof ContactPoint || object instanceof AwayPeriod;
	}

	@Override
	public void reveal(EObject object) {
		Person person = (Person) (object instanceof Person ? object : object.eContainer());
		if (!matches(person, filter.getText())) {
			filter.setText("");
		}
		people.getViewer().setSelection(new StructuredSelection(person), true);
		if (object instanceof AwayPeriod) {
			awayPeriods.getViewer().setSelection(new StructuredSelection(object), true);
		} else if (object instanceof ContactPoint) {
			contactPoints.getViewer().setSelection(new StructuredSelection(object), true);
		}
		people.getViewer().getControl().setFocus();
	}

	@Override
	public Control controlFor(EObject object) {
		if (people == null || !shows(object)) {
			return null;
		}
		Object selected = people.getViewer().getStructuredSelection().getFirstElement();
		if (object instanceof AwayPeriod && object.eContainer() == selected) {
			return awayPeriods.getViewer().getControl();
		}
		return people.getViewer().getControl();
	}

	/** @return the table of people */
	public TableViewer getPeople() {
		return people.getViewer();
	}

	/** @return the selected person's away periods */
	public FeatureTable getAwayPeriods() {
		return awayPeriods;
	}

	/** @return the drop-down choosing the selected away period's alternate */
	public ComboViewer getAlternate() {
		return alternate;
	}
}
