// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.editor.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__OFFERS;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER_IMPACT__AMOUNT;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER_IMPACT__AREA;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER_IMPACT__DESCRIPTION;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__BENEFIT;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__IMPACTS;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__INVESTMENT;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__SERVICE;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__STATUS;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__SWITCH_OFF_ON;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__TRIAL_DAYS;
import static org.advocacy.model.AdvocacyPackage.Literals.OFFER__TRIAL_START;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.advocacy.core.commands.OfferCommands;
import org.advocacy.core.escalation.EngagementReminders;
import org.advocacy.core.escalation.EngagementReminders.Reminder;
import org.advocacy.core.exports.OfferReturn;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ImpactArea;
import org.advocacy.model.Offer;
import org.advocacy.model.OfferStatus;
import org.advocacy.ui.forms.ActionButtons;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.eclipse.core.databinding.observable.Observables;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The services or features offered to the customer, on the Meetings page: each offered for a free trial (90 days
 * unless changed) with its switch-off date, the impact the customer described against the investment of keeping it
 * ({@link OfferReturn}), and the reminder when the switch-off date is near ({@link EngagementReminders}).
 */
final class OffersSection {

	private final MeetingsPage page;
	private final FeatureTable offers;
	private final IObservableValue<Offer> selected;
	private final Button startTrial;
	private final FeatureTable impacts;
	private final Label roi;
	private final Label reminder;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	OffersSection(MeetingsPage page, FormToolkit toolkit, Composite body) {
		this.page = page;
		Composite client = Sections.create(toolkit, body, "Offers",
				"A service or feature the customer has not bought that would have prevented the incident: offered on "
						+ "a free trial, switched off unless bought. Its return is the impact they described against "
						+ "the investment.",
				1, 2);
		offers = new FeatureTable(toolkit, client, page.editingDomain(),
				Observables.constantObservableValue(page.edited()), ENGAGEMENT__OFFERS, page.text(),
				List.of(TableColumnSpec.edit("Service or feature", 190, OFFER__SERVICE),
						TableColumnSpec.edit("Status", 90, OFFER__STATUS),
						TableColumnSpec.edit("Trial from", 105, OFFER__TRIAL_START),
						TableColumnSpec.edit("Days", 45, OFFER__TRIAL_DAYS),
						TableColumnSpec.show("Switched off on", 115, OFFER__SWITCH_OFF_ON),
						TableColumnSpec.edit("Investment", 85, OFFER__INVESTMENT)),
				owner -> OfferCommands.newOffer("New service or feature", today()));
		offers.setHeight(70);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(offers.getControl());
		page.register(page::edited, ENGAGEMENT__OFFERS, offers.getViewer().getControl());
		selected = (IObservableValue) ViewerProperties.singleSelection().observe(offers.getViewer());

		FormFields fields = page.fields(toolkit);
		fields.text(client, "Benefit:", (IObservableValue) selected, OFFER__BENEFIT, true);
		toolkit.createLabel(client, "");
		startTrial = ActionButtons.push(toolkit, client, "Start free trial today");
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(startTrial);
		startTrial.addListener(SWT.Selection, event -> startTrial());
		toolkit.createLabel(client, "");
		reminder = toolkit.createLabel(client, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(reminder);

		toolkit.createLabel(client, "Impact:");
		impacts = new FeatureTable(toolkit, client, page.editingDomain(), selected, OFFER__IMPACTS, page.text(),
				List.of(TableColumnSpec.edit("Area", 150, OFFER_IMPACT__AREA),
						TableColumnSpec.edit("In the customer's words", 220, OFFER_IMPACT__DESCRIPTION),
						TableColumnSpec.edit("Amount", 90, OFFER_IMPACT__AMOUNT)),
				owner -> {
					var impact = AdvocacyFactory.eINSTANCE.createOfferImpact();
					impact.setArea(ImpactArea.CUSTOMER_SATISFACTION);
					return impact;
				});
		impacts.setHeight(90);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(impacts.getControl());
		toolkit.createLabel(client, "Return:");
		roi = toolkit.createLabel(client, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(roi);

		selected.addValueChangeListener(event -> refreshSelected());
		if (!page.edited().getOffers().isEmpty()) {
			offers.getViewer().setSelection(new StructuredSelection(page.edited().getOffers().get(0)), true);
		}
		refreshSelected();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(page.now(), page.clock().getZone());
	}

	void refresh() {
		if (roi.isDisposed()) {
			return;
		}
		offers.refresh();
		impacts.refresh();
		refreshSelected();
	}

	private void refreshSelected() {
		if (roi.isDisposed()) {
			return;
		}
		Offer offer = selected.getValue();
		startTrial.setEnabled(offer != null && offer.getStatus() == OfferStatus.OFFERED);
		roi.setText(offer == null ? "Select an offer, or add one." : OfferReturn.of(offer).text());
		String due = offer == null ? ""
				: new EngagementReminders().due(page.edited(), page.now()).stream()
						.filter(candidate -> candidate.subject() == offer).map(Reminder::reason).findFirst()
						.orElse("");
		if (!Objects.equals(reminder.getText(), due)) {
			reminder.setText(due);
		}
		impacts.refresh();
		roi.getParent().layout(true);
	}

	private void startTrial() {
		Offer offer = selected.getValue();
		if (offer != null) {
			page.editingDomain().getCommandStack()
					.execute(OfferCommands.startTrial(page.editingDomain(), offer, today()));
		}
	}

	/** @return the table of offers */
	FeatureTable getOffers() {
		return offers;
	}

	/** @return the "Start free trial today" button */
	Button getStartTrialButton() {
		return startTrial;
	}

	/** @return the impacts of the selected offer */
	FeatureTable getImpacts() {
		return impacts;
	}

	/** @return the return of the selected offer in words */
	Label getReturn() {
		return roi;
	}

	/** @return the reminder of the selected offer's switch-off date */
	Label getReminder() {
		return reminder;
	}
}
