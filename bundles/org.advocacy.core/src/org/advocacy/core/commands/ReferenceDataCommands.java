// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__DEFAULT_TARGETS;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER_SEGMENT__TARGETS;
import static org.advocacy.model.AdvocacyPackage.Literals.CUSTOMER__PRODUCT_LINES;
import static org.advocacy.model.AdvocacyPackage.Literals.SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES;
import static org.advocacy.model.AdvocacyPackage.Literals.SERVICE_TARGET__UPDATE_CADENCE_MINUTES;

import java.util.List;
import java.util.Objects;

import org.advocacy.core.escalation.ServiceTargets;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerSegment;
import org.advocacy.model.ProductLine;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.Urgency;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The edits of the reference data every engagement is classified by — customer segments with their service targets,
 * customers with their contacts, reasons for engagement, business units and product lines — each one undoable
 * command labelled for Edit &gt; Undo. They are removed with {@link FeatureCommands#removeUnlessUsed}, which refuses
 * what an engagement or a customer still names.
 */
public final class ReferenceDataCommands {

	private ReferenceDataCommands() {
	}

	/**
	 * Adds an object to the list of its owner that holds objects of its kind: a segment, customer, reason, business
	 * unit or product line to the repository, a contact to a customer, a contact point to a contact.
	 *
	 * @param domain the file's editing domain
	 * @param owner  the repository, a customer or a contact
	 * @param object the new object, not yet contained anywhere
	 * @return the command, labelled e.g. "Add customer Acme" or "Add contact Ana Lima to customer Acme"
	 * @throws IllegalArgumentException when the owner has no list for objects of that kind
	 */
	public static Command add(EditingDomain domain, EObject owner, EObject object) {
		EReference list = owner.eClass().getEAllContainments().stream()
				.filter(reference -> reference.isMany() && reference.getEReferenceType().isSuperTypeOf(object.eClass()))
				.findFirst().orElseThrow(() -> new IllegalArgumentException(
						owner.eClass().getName() + " holds no " + object.eClass().getName()));
		String label = "Add " + Labels.named(object)
				+ (owner instanceof AdvocacyRepository ? "" : " to " + Labels.named(owner));
		return Labels.labelled(label, AddCommand.create(domain, owner, list, object));
	}

	/**
	 * Sets how often the customer is updated and how long the ladder waits for an answer, for one urgency, on a
	 * segment or on the repository's defaults (used for customers whose segment sets none). The target for the
	 * urgency is changed, created when there is none yet (a value not given starts at what applies today: the
	 * repository's default, else the built-in one), or removed when neither value is given.
	 *
	 * @param domain          the file's editing domain
	 * @param owner           a {@link CustomerSegment} or the {@link AdvocacyRepository} (its default targets)
	 * @param urgency         the urgency the target applies to
	 * @param cadenceMinutes  how often, in minutes, to update the customer; {@code null} to keep it
	 * @param timeoutMinutes  how many minutes to wait before calling the next person on the ladder; {@code null} to
	 *                        keep it
	 * @return the command, labelled for Undo; unexecutable when it changes nothing
	 */
	public static Command serviceTarget(EditingDomain domain, EObject owner, Urgency urgency, Integer cadenceMinutes,
			Integer timeoutMinutes) {
		EReference list = owner instanceof CustomerSegment ? CUSTOMER_SEGMENT__TARGETS : ADVOCACY_REPOSITORY__DEFAULT_TARGETS;
		@SuppressWarnings("unchecked")
		List<ServiceTarget> targets = (List<ServiceTarget>) owner.eGet(list);
		ServiceTarget target = targets.stream().filter(candidate -> candidate.getUrgency() == urgency).findFirst()
				.orElse(null);
		String what = "service target of " + Labels.named(owner) + " for " + urgency;
		if (cadenceMinutes == null && timeoutMinutes == null) {
			return target == null ? UnexecutableCommand.INSTANCE
					: Labels.labelled("Remove " + what, RemoveCommand.create(domain, owner, list, target));
		}
		if (target == null) {
			ServiceTarget added = AdvocacyFactory.eINSTANCE.createServiceTarget();
			added.setUrgency(urgency);
			ServiceTarget applying = ServiceTargets.startingTarget(owner, urgency);
			added.setUpdateCadenceMinutes(
					cadenceMinutes == null ? applying.getUpdateCadenceMinutes() : cadenceMinutes.intValue());
			added.setEscalationTimeoutMinutes(
					timeoutMinutes == null ? applying.getEscalationTimeoutMinutes() : timeoutMinutes.intValue());
			return Labels.labelled("Set " + what, AddCommand.create(domain, owner, list, added));
		}
		CompoundCommand change = new CompoundCommand("Set " + what);
		setIfChanged(domain, change, target, SERVICE_TARGET__UPDATE_CADENCE_MINUTES, cadenceMinutes);
		setIfChanged(domain, change, target, SERVICE_TARGET__ESCALATION_TIMEOUT_MINUTES, timeoutMinutes);
		return change.isEmpty() ? UnexecutableCommand.INSTANCE : change;
	}

	private static void setIfChanged(EditingDomain domain, CompoundCommand into, EObject owner,
			EStructuralFeature feature, Integer value) {
		if (value != null && !Objects.equals(owner.eGet(feature), value)) {
			into.append(SetCommand.create(domain, owner, feature, value));
		}
	}

	/**
	 * @param domain   the file's editing domain
	 * @param customer a customer
	 * @param lines    the product lines the customer has bought, in the order to show them
	 * @return the command setting them; unexecutable when they are the customer's already
	 */
	public static Command productLines(EditingDomain domain, Customer customer, List<ProductLine> lines) {
		if (customer.getProductLines().equals(lines)) {
			return UnexecutableCommand.INSTANCE;
		}
		return Labels.labelled("Product lines of " + Labels.named(customer),
				SetCommand.create(domain, customer, CUSTOMER__PRODUCT_LINES, List.copyOf(lines)));
	}

	/**
	 * Applies the clean rows of a customer file to the repository as one command: customers are matched by
	 * {@link CustomerRow#customerKey(String) name}, updated with the values the rows give (a value not given leaves
	 * the customer's as it is) or added; their contacts are matched by e-mail, else by name, updated or added.
	 * Nothing is removed: customers and contacts the file does not name stay as they are.
	 *
	 * @param domain     the file's editing domain
	 * @param repository the repository
	 * @param label      the command's name, shown by Undo
	 * @param rows       the clean rows, consistent with each other
	 * @return the command; an identity command when the rows change nothing
	 */
	public static Command importCustomers(EditingDomain domain, AdvocacyRepository repository, String label,
			List<CustomerRow> rows) {
		return new CustomerImportCommandBuilder(domain, repository, label).build(rows);
	}
}
