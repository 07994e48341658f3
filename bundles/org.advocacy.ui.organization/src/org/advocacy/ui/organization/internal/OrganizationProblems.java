// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.model.Organization;
import org.advocacy.ui.forms.HeaderProblems;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.ui.forms.IMessageManager;

/**
 * Shows what the advocacy validation rules find in the organization — a ladder with two people at one level, an
 * away period that ends before it starts or whose alternate has not agreed, a working day that ends before it
 * starts — in the header of every page of the organization editor. The page that shows the object also decorates
 * the control showing it; clicking a problem reveals the object.
 */
public final class OrganizationProblems {

	private final Organization organization;
	private final List<Diagnostic> shown = new ArrayList<>();

	/** @param organization the organization whose problems are shown */
	public OrganizationProblems(Organization organization) {
		this.organization = organization;
	}

	/**
	 * Validates the organization and replaces the messages shown on the pages.
	 *
	 * @param pages the editor's pages (those not shown yet are skipped)
	 */
	public void validateAndShow(List<? extends OrganizationFormPage> pages) {
		List<Diagnostic> found = HeaderProblems.of(organization);
		shown.clear();
		shown.addAll(found);
		for (OrganizationFormPage page : pages) {
			IMessageManager messages = page.messages();
			if (messages != null) {
				HeaderProblems.show(messages, found, page::controlFor);
			}
		}
	}

	/** @return the problems found by the last validation */
	public List<Diagnostic> getShown() {
		return List.copyOf(shown);
	}
}
