// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.LadderRung;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Where else a person, an area or a calendar is named — ladders, engagements, customers, other people's away periods
 * — so that removing it is refused with the places to change first, instead of leaving them empty or rewriting an
 * engagement's history.
 */
public final class Usages {

	private static final int NAMED = 4;

	private final Function<Object, String> names;

	/**
	 * @param names how an object reads to the user, e.g. the user interface's label of it; names the object refused
	 *              and any place that is not an engagement, customer, area, person or the organization
	 */
	public Usages(Function<Object, String> names) {
		this.names = names;
	}

	/**
	 * @param object an object about to be removed
	 * @return the places naming it from outside itself, in words; empty when it can go
	 */
	public List<String> of(EObject object) {
		Notifier scope = object.eResource() == null ? EcoreUtil.getRootContainer(object)
				: object.eResource().getResourceSet() == null ? object.eResource() : object.eResource().getResourceSet();
		Collection<Setting> settings = EcoreUtil.UsageCrossReferencer.find(object, Collections.singleton(scope));
		Set<String> places = new LinkedHashSet<>();
		for (Setting setting : settings) {
			EObject referrer = setting.getEObject();
			if (!EcoreUtil.isAncestor(object, referrer)) {
				places.add(place(referrer));
			}
		}
		return new ArrayList<>(places);
	}

	/**
	 * @param objects objects about to be removed
	 * @return the refusal for the first of them still named elsewhere, or {@code null} when all of them can go
	 */
	public String refusalToRemove(Collection<?> objects) {
		for (Object object : objects) {
			List<String> places = object instanceof EObject eObject ? of(eObject) : List.of();
			if (!places.isEmpty()) {
				return refusal(names.apply(object), places);
			}
		}
		return null;
	}

	/**
	 * @param name   the name of the object refused
	 * @param places where it is still named, as from {@link #of(EObject)}
	 * @return the sentence explaining the refusal
	 */
	private static String refusal(String name, List<String> places) {
		StringBuilder text = new StringBuilder(name).append(" is still named in ");
		int shown = Math.min(NAMED, places.size());
		text.append(String.join("; ", places.subList(0, shown)));
		if (places.size() > shown) {
			text.append(" and ").append(places.size() - shown).append(" more");
		}
		return text.append(". Choose someone or something else there first; removing it would leave those places "
				+ "empty.").toString();
	}

	private String place(EObject referrer) {
		if (referrer instanceof LadderRung rung && rung.eContainer() instanceof FunctionalArea area) {
			return "the who-to-call ladder of " + area.getName() + " (" + rung.getLevel() + ")";
		}
		for (EObject container = referrer; container != null; container = container.eContainer()) {
			if (container instanceof Engagement engagement) {
				return "engagement " + engagement.getKey();
			}
			if (container instanceof Customer customer) {
				return "customer " + customer.getName();
			}
			if (container instanceof FunctionalArea area) {
				return "area " + area.getName();
			}
			if (container instanceof Person person) {
				return person.getName() + "'s details";
			}
			if (container instanceof Organization) {
				return "the organization's settings";
			}
		}
		return names.apply(referrer);
	}
}
