// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.plan.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.*;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import org.advocacy.core.schedule.EngagementColours;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Assumption;
import org.advocacy.model.Engagement;
import org.advocacy.model.Risk;
import org.advocacy.model.RiskLevel;
import org.advocacy.model.Stakeholder;
import org.advocacy.model.StakeholderRole;
import org.advocacy.model.StatusMeeting;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.TableColumnSpec;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * What the get-well plan is agreed to be, in tabs above its chart: scope, objectives and what is out of scope;
 * stakeholders; risks and assumptions; status meetings. Text fields are bound with EMF databinding (committed
 * after a pause in typing) and the tables are edited in place with Add and Remove; every change is a command on
 * the file's editing domain, so Undo takes it back. The plan shown follows the master value (a replaced plan
 * shows at once).
 */
@SuppressWarnings("rawtypes")
public final class PlanDefinitionTabs {

	/**
	 * Where other bundles add actions to the Status meetings tab, such as scheduling the meetings and sending their
	 * invitation (the menu contribution location of {@code org.eclipse.ui.menus}).
	 */
	public static final String MEETING_ACTIONS = "toolbar:org.advocacy.ui.plan.statusMeetings";

	private final CTabFolder folder;
	private final Text scope;
	private final Text objectives;
	private final Text outOfScope;
	private final FeatureTable stakeholders;
	private final FeatureTable risks;
	private final FeatureTable assumptions;
	private final FeatureTable meetings;
	private final ToolBarManager meetingActions = new ToolBarManager(SWT.FLAT | SWT.RIGHT);

	/**
	 * @param toolkit   the form toolkit
	 * @param parent    where the tabs go
	 * @param bindings  the page's binding context
	 * @param domain    the file's editing domain
	 * @param plan      the get-well plan shown (may change)
	 * @param valueText plain-words text for values
	 * @param clock     dates new status meetings
	 */
	public PlanDefinitionTabs(FormToolkit toolkit, Composite parent, DataBindingContext bindings,
			EditingDomain domain, IObservableValue plan, ValueText valueText, Clock clock) {
		folder = new CTabFolder(parent, SWT.FLAT | SWT.TOP);
		toolkit.adapt(folder, true, true);
		folder.setTabHeight(22);
		FormFields fields = new FormFields(toolkit, bindings, domain, valueText);

		Composite scopeTab = tab(toolkit, "Scope and objectives", 6);
		scope = fields.text(scopeTab, "Scope:", plan, GET_WELL_PLAN__SCOPE, true);
		objectives = fields.text(scopeTab, "Objectives:", plan, GET_WELL_PLAN__OBJECTIVES, true);
		outOfScope = fields.text(scopeTab, "Out of scope:", plan, GET_WELL_PLAN__OUT_OF_SCOPE, true);
		for (Text text : List.of(scope, objectives, outOfScope)) {
			GridDataFactory.fillDefaults().grab(true, true).hint(120, 64).applyTo(text);
		}

		Composite stakeholderTab = tab(toolkit, "Stakeholders", 1);
		stakeholders = table(toolkit, stakeholderTab, domain, plan, GET_WELL_PLAN__STAKEHOLDERS, valueText,
				List.of(TableColumnSpec.edit("Name", 220, STAKEHOLDER__NAME),
						TableColumnSpec.edit("Role", 160, STAKEHOLDER__ROLE),
						TableColumnSpec.edit("Colleague", 180, STAKEHOLDER__PERSON)),
				owner -> {
					Stakeholder stakeholder = AdvocacyFactory.eINSTANCE.createStakeholder();
					stakeholder.setName("New stakeholder");
					stakeholder.setRole(StakeholderRole.PARTICIPANT);
					return stakeholder;
				});

		Composite riskTab = tab(toolkit, "Risks and assumptions", 2);
		risks = table(toolkit, riskTab, domain, plan, GET_WELL_PLAN__RISKS, valueText,
				List.of(TableColumnSpec.edit("Risk", 260, RISK__DESCRIPTION),
						TableColumnSpec.edit("Likelihood", 80, RISK__LIKELIHOOD),
						TableColumnSpec.edit("Impact", 70, RISK__IMPACT),
						TableColumnSpec.edit("Mitigation", 240, RISK__MITIGATION),
						TableColumnSpec.edit("Owner", 120, RISK__OWNER)),
				owner -> {
					Risk risk = AdvocacyFactory.eINSTANCE.createRisk();
					risk.setDescription("New risk");
					risk.setLikelihood(RiskLevel.MEDIUM);
					risk.setImpact(RiskLevel.MEDIUM);
					return risk;
				});
		GridDataFactory.fillDefaults().grab(true, true).hint(480, SWT.DEFAULT).applyTo(risks.getControl());
		assumptions = table(toolkit, riskTab, domain, plan, GET_WELL_PLAN__ASSUMPTIONS, valueText,
				List.of(TableColumnSpec.edit("Assumption", 320, ASSUMPTION__DESCRIPTION)), owner -> {
					Assumption assumption = AdvocacyFactory.eINSTANCE.createAssumption();
					assumption.setDescription("New assumption");
					return assumption;
				});
		GridDataFactory.fillDefaults().grab(true, true).hint(240, SWT.DEFAULT).applyTo(assumptions.getControl());

		Composite meetingTab = tab(toolkit, "Status meetings", 1);
		toolkit.adapt(meetingActions.createControl(meetingTab));
		meetingTab.addDisposeListener(event -> meetingActions.dispose());
		meetings = table(toolkit, meetingTab, domain, plan, GET_WELL_PLAN__STATUS_MEETINGS, valueText,
				List.of(TableColumnSpec.edit("Held (e.g. 2026-11-20T14:30:00Z)", 230, STATUS_MEETING__HELD_ON),
						TableColumnSpec.edit("Colour", 80, STATUS_MEETING__COLOUR),
						TableColumnSpec.edit("Notes", 420, STATUS_MEETING__NOTES),
						TableColumnSpec.show("Attendees", 220, STATUS_MEETING__ATTENDEES)),
				owner -> {
					StatusMeeting meeting = AdvocacyFactory.eINSTANCE.createStatusMeeting();
					meeting.setHeldOn(clock.instant().truncatedTo(ChronoUnit.MINUTES));
					if (owner.eContainer() instanceof Engagement engagement) {
						meeting.setColour(new EngagementColours(clock.instant()).colourOf(engagement));
					}
					return meeting;
				});
		folder.setSelection(0);
	}

	private Composite tab(FormToolkit toolkit, String title, int columns) {
		CTabItem item = new CTabItem(folder, SWT.NONE);
		item.setText(title);
		Composite client = toolkit.createComposite(folder);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(6, 6).spacing(8, 4).applyTo(client);
		item.setControl(client);
		toolkit.paintBordersFor(client);
		return client;
	}

	private static FeatureTable table(FormToolkit toolkit, Composite parent, EditingDomain domain,
			IObservableValue plan, EReference list, ValueText valueText, List<TableColumnSpec> columns,
			Function<EObject, EObject> newChild) {
		FeatureTable table = new FeatureTable(toolkit, parent, domain, plan, list, valueText, columns, newChild);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.setHeight(96);
		return table;
	}

	/** Refreshes the tables' cells and buttons after a change of the model (bindings cover the text fields). */
	public void refresh() {
		for (FeatureTable table : tables()) {
			table.refresh();
		}
	}

	/** @return the actions of the Status meetings tab, filled from {@link #MEETING_ACTIONS} by the page */
	public ToolBarManager getMeetingActions() {
		return meetingActions;
	}

	/** @return the tab folder */
	public CTabFolder getControl() {
		return folder;
	}

	/** @return the scope field */
	public Text getScope() {
		return scope;
	}

	/** @return the objectives field */
	public Text getObjectives() {
		return objectives;
	}

	/** @return the out-of-scope field */
	public Text getOutOfScope() {
		return outOfScope;
	}

	/** @return the tables: stakeholders, risks, assumptions, status meetings */
	public List<FeatureTable> tables() {
		return List.of(stakeholders, risks, assumptions, meetings);
	}

	/** @return the risks table */
	public FeatureTable getRisks() {
		return risks;
	}
}
