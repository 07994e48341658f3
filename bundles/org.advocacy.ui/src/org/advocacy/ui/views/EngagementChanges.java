// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Tells the engagements table when what it shows changed: an engagement added to or removed from the repository,
 * or a shown feature of an engagement set. One adapter on the repository and on each engagement, not an
 * {@code EContentAdapter} on the whole tree, which would cost an adapter on every object of a 10,000-engagement
 * file and a notification for every chronology entry.
 */
final class EngagementChanges extends AdapterImpl {

	/** The features of an engagement the table shows, sorts or filters by (the plan: its colour code). */
	private static final Set<EStructuralFeature> SHOWN = Set.of(Literals.ENGAGEMENT__KEY,
			Literals.ENGAGEMENT__TITLE, Literals.ENGAGEMENT__CUSTOMER, Literals.ENGAGEMENT__STATE,
			Literals.ENGAGEMENT__COLOUR_OVERRIDE, Literals.ENGAGEMENT__GET_WELL_PLAN, Literals.ENGAGEMENT__URGENCY,
			Literals.ENGAGEMENT__ADVOCATE, Literals.ENGAGEMENT__OPENED_AT, Literals.ENGAGEMENT__CLOSED_AT);

	private final Runnable changed;
	private AdvocacyRepository repository;

	/** @param changed called (on the notifying thread) after each relevant change */
	EngagementChanges(Runnable changed) {
		this.changed = changed;
	}

	/** Listens to the repository and its engagements, and stops listening to the previous repository. */
	void attach(AdvocacyRepository newRepository) {
		detach();
		repository = newRepository;
		repository.eAdapters().add(this);
		repository.getEngagements().forEach(engagement -> engagement.eAdapters().add(this));
	}

	private void listenTo(Engagement engagement) {
		if (!engagement.eAdapters().contains(this)) {
			engagement.eAdapters().add(this);
		}
	}

	/** Stops listening. */
	void detach() {
		if (repository != null) {
			repository.getEngagements().forEach(engagement -> engagement.eAdapters().remove(this));
			repository.eAdapters().remove(this);
			repository = null;
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.isTouch()) {
			return;
		}
		if (notification.getNotifier() == repository) {
			if (notification.getFeature() != Literals.ADVOCACY_REPOSITORY__ENGAGEMENTS) {
				return;
			}
			forEachEngagement(notification.getOldValue(), engagement -> engagement.eAdapters().remove(this));
			if (notification.getEventType() != Notification.MOVE) {
				forEachEngagement(notification.getNewValue(), this::listenTo);
			}
		} else if (!SHOWN.contains(notification.getFeature())) {
			return;
		}
		changed.run();
	}

	private static void forEachEngagement(Object value, Consumer<Engagement> action) {
		if (value instanceof Engagement engagement) {
			action.accept(engagement);
		} else if (value instanceof Collection<?> values) {
			values.stream().filter(Engagement.class::isInstance).map(Engagement.class::cast).forEach(action);
		}
	}
}
