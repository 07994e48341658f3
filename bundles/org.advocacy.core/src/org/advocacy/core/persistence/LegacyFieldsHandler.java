// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.Audience;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.Engagement;
import org.advocacy.model.GetWellPlan;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * Reads the fields that repository files written by earlier versions of the workbench contain and the current
 * model no longer has, so that every file written before still opens; it is saved in the current form. Any other
 * unknown field is still refused, naming the field, the line and the column.
 * <ul>
 * <li>{@code Engagement.status} and {@code statusRationale}: the colour an advocate picked by hand, which nothing
 * recomputed. It becomes the engagement's {@link ColourOverride}, with the rationale as its reason, so the advocate
 * sees it as an override and can clear it. Green was the default and never written, so only yellow and red
 * engagements get an override; a rationale without a colour is dropped, since the engine now explains the
 * colour.</li>
 * <li>{@code GetWellPlan.status} and {@code statusRationale}: a copy of a colour taken at some moment. Dropped: the
 * engine works the plan's colour out from its schedule.</li>
 * <li>{@code CustomerCommunication.audience}: the one audience a communication had, now the first of its
 * {@link CustomerCommunication#getAudiences() audiences}. Management was the default and never written, so a
 * communication read without any audience is for management, as it was.</li>
 * </ul>
 */
final class LegacyFieldsHandler extends SAXXMIHandler {

	private static final String STATUS = "status";
	private static final String STATUS_RATIONALE = "statusRationale";
	private static final String AUDIENCE = "audience";

	/** Rationales read before (or without) the colour they explain, kept until the whole file is read. */
	private final Map<Engagement, String> rationales = new IdentityHashMap<>();
	/** The communications read, to give those without an audience the former default. */
	private final List<CustomerCommunication> communications = new ArrayList<>();

	LegacyFieldsHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected void handleUnknownFeature(String prefix, String name, boolean isElement, EObject peekObject,
			String value) {
		if (isElement || prefix != null && !prefix.isEmpty() || !readLegacy(peekObject, name, value)) {
			super.handleUnknownFeature(prefix, name, isElement, peekObject, value);
		}
	}

	/** @return whether the field is a legacy one, now read */
	private boolean readLegacy(EObject object, String name, String value) {
		if (object instanceof Engagement engagement) {
			if (STATUS.equals(name)) {
				ColourOverride override = AdvocacyFactory.eINSTANCE.createColourOverride();
				setFeatureValue(override, Literals.COLOUR_OVERRIDE__COLOUR, value, -1);
				engagement.setColourOverride(override);
				return true;
			}
			if (STATUS_RATIONALE.equals(name)) {
				rationales.put(engagement, value);
				return true;
			}
		} else if (object instanceof GetWellPlan) {
			return STATUS.equals(name) || STATUS_RATIONALE.equals(name);
		} else if (object instanceof CustomerCommunication communication && AUDIENCE.equals(name)) {
			setFeatureValue(communication, Literals.CUSTOMER_COMMUNICATION__AUDIENCES, value, -1);
			return true;
		}
		return false;
	}

	@Override
	protected void processObject(EObject object) {
		if (object instanceof CustomerCommunication communication) {
			communications.add(communication);
		}
		super.processObject(object);
	}

	@Override
	public void endDocument() {
		for (CustomerCommunication communication : communications) {
			if (communication.getAudiences().isEmpty()) {
				communication.getAudiences().add(Audience.MANAGEMENT);
			}
		}
		communications.clear();
		rationales.forEach((engagement, rationale) -> {
			ColourOverride override = engagement.getColourOverride();
			if (override != null && override.getReason() == null) {
				override.setReason(rationale);
			}
		});
		rationales.clear();
		super.endDocument();
	}
}
