// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import java.util.List;

import org.advocacy.ui.AdvocacyUiPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.actions.CompoundContributionItem;

/**
 * File &gt; Recent Team Repositories: one item per repository connected to lately; choosing one connects to it in
 * the background with the password kept in secure storage (or {@code ~/.pgpass}).
 */
public class RecentTeamRepositoriesMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<TeamConnection> recent = new RecentTeamRepositories(AdvocacyUiPlugin.getDefault().getPreferenceStore())
				.list();
		if (recent.isEmpty()) {
			Action none = new Action("(none yet)") {
			};
			none.setEnabled(false);
			return new IContributionItem[] { new ActionContributionItem(none) };
		}
		return recent.stream().map(connection -> (IContributionItem) new ActionContributionItem(new Action(
				escape(connection.describe())) {
			@Override
			public void run() {
				new ReconnectJob(connection, Display.getCurrent(), false).schedule();
			}
		})).toArray(IContributionItem[]::new);
	}

	private static String escape(String label) {
		return label.replace("&", "&&");
	}
}
