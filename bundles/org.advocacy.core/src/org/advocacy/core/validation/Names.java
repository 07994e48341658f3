// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerCommunication;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.Escalation;
import org.advocacy.model.Expense;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Offer;
import org.advocacy.model.Person;
import org.advocacy.model.PlanTask;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.TaskDependency;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names model objects the way a support manager would: "Engagement ADV-0042 'Payroll outage'", "Task 'Apply fix'
 * in the get-well plan of ADV-0042", "success criterion 'Payroll runs on time'". Every message of the rules starts
 * with one of these, so a problem always says what and where.
 */
public final class Names {

	private Names() {
	}

	/** @return the object's name as the subject of a sentence, starting with a capital letter */
	public static String of(EObject object) {
		if (object instanceof Engagement engagement) {
			return engagement(engagement);
		} else if (object instanceof PlanTask task) {
			return (task.isMilestone() ? "Milestone " : "Task ") + quoted(task.getName()) + " in the get-well plan of "
					+ engagementKey(task);
		} else if (object instanceof TaskDependency dependency && dependency.eContainer() instanceof PlanTask task) {
			return "The dependency of " + lowerFirst(of(task)) + " on " + quoted(name(dependency.getPredecessor()));
		} else if (object instanceof GetWellPlan plan) {
			return "Get-well plan of " + engagementKey(plan);
		} else if (object instanceof SituationSummary summary) {
			return "Situation summary of " + engagementKey(summary);
		} else if (object instanceof Criterion criterion) {
			return upperFirst(criterion(criterion)) + " of " + engagementKey(criterion);
		} else if (object instanceof ChronologyEvent event) {
			return "Chronology event " + quoted(event.getDescription()) + " of " + engagementKey(event);
		} else if (object instanceof EffortEntry entry) {
			return "Effort entry of " + person(entry.getPerson()) + " on " + entry.getDate() + " in " + engagementKey(entry);
		} else if (object instanceof Expense expense) {
			return "Expense " + quoted(expense.getDescription()) + " of " + expense.getDate() + " in " + engagementKey(expense);
		} else if (object instanceof LadderAttempt attempt && attempt.eContainer() instanceof Escalation escalation) {
			return "Call to " + person(attempt.getPerson()) + " (" + attempt.getLevel() + ") in the "
					+ name(escalation.getArea()) + " escalation of " + engagementKey(attempt);
		} else if (object instanceof LadderRung rung && rung.eContainer() instanceof FunctionalArea area) {
			return rung.getLevel() + " rung of the who-to-call ladder of " + quoted(area.getName());
		} else if (object instanceof AwayPeriod away && away.eContainer() instanceof Person person) {
			return "Away period of " + person(person) + " from " + away.getStart();
		} else if (object instanceof BusinessCalendar calendar) {
			return "Business calendar " + quoted(calendar.getName());
		} else if (object instanceof ServiceTarget target) {
			String owner = target.eContainer() instanceof CustomerSegment segment ? "segment " + quoted(segment.getName())
					: "the defaults";
			return "Service target for " + target.getUrgency() + " of " + owner;
		} else if (object instanceof Customer customer) {
			return "Customer " + quoted(customer.getName());
		} else if (object instanceof Offer offer) {
			return "The offer of " + quoted(offer.getService()) + " in " + engagementKey(offer);
		} else if (object instanceof CustomerCommunication communication) {
			return "The update " + quoted(communication.getSubject()) + " of " + engagementKey(communication);
		} else if (object instanceof RootCauseCommitment commitment) {
			return "The commitment of " + person(commitment.getAccountableManager()) + " "
					+ quoted(commitment.getCommitment());
		}
		String kind = words(object.eClass().getName());
		String name = name(object);
		return upperFirst(name == null ? kind : kind + " " + quoted(name));
	}

	/** @return "Engagement ADV-0042 'Payroll outage'" */
	static String engagement(Engagement engagement) {
		String key = engagement.getKey();
		String title = engagement.getTitle();
		if (key == null || key.isBlank()) {
			return title == null ? "An engagement without a case number" : "Engagement " + quoted(title);
		}
		return title == null || title.isBlank() ? "Engagement " + key : "Engagement " + key + " " + quoted(title);
	}

	/** @return "success criterion 'Payroll runs on time'" or "disengagement criterion '…'" */
	static String criterion(Criterion criterion) {
		String kind = criterion.eContainmentFeature() == AdvocacyPackage.Literals.ENGAGEMENT__SUCCESS_CRITERIA
				? "success criterion "
				: "disengagement criterion ";
		return kind + quoted(criterion.getDescription());
	}

	/** @return the person's name, or "an unnamed person" */
	static String person(Person person) {
		return person == null || person.getName() == null ? "an unnamed person" : person.getName();
	}

	/** @return the text in single quotes, or "(unnamed)" */
	static String quoted(String text) {
		return text == null || text.isBlank() ? "(unnamed)" : "'" + text + "'";
	}

	/** @return the feature's name in words: "successCriteria" becomes "success criteria" */
	static String feature(EStructuralFeature feature) {
		return words(feature.getName());
	}

	/** @return the case number of the engagement the object belongs to, or a description when it has none */
	private static String engagementKey(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Engagement engagement) {
				String key = engagement.getKey();
				return key == null || key.isBlank() ? lowerFirst(engagement(engagement)) : key;
			}
		}
		return "no engagement";
	}

	/** @return the value of the object's "name" attribute, or {@code null} */
	private static String name(EObject object) {
		if (object == null) {
			return null;
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature("name");
		return feature instanceof EAttribute && object.eGet(feature) instanceof String name ? name : null;
	}

	private static String words(String camelCase) {
		StringBuilder words = new StringBuilder(camelCase.length() + 4);
		for (int i = 0; i < camelCase.length(); i++) {
			char c = camelCase.charAt(i);
			if (Character.isUpperCase(c) && i > 0) {
				words.append(' ').append(Character.toLowerCase(c));
			} else {
				words.append(i == 0 ? Character.toLowerCase(c) : c);
			}
		}
		return words.toString();
	}

	private static String upperFirst(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}
}
