// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.team;

import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.repository.ServerLocation;
import org.eclipse.jface.preference.IPreferenceStore;

/**
 * The team repositories connected to lately, most recent first, kept in the preferences as their locations (which
 * hold no password), for the Connect wizard and the File menu.
 */
public final class RecentTeamRepositories {

	private static final String KEY = "recentTeamRepositories";
	private static final int KEPT = 8;

	private final IPreferenceStore preferences;

	/** @param preferences where the list is kept */
	public RecentTeamRepositories(IPreferenceStore preferences) {
		this.preferences = preferences;
	}

	/** @return the repositories, most recent first; entries that no longer parse are left out */
	public List<TeamConnection> list() {
		List<TeamConnection> connections = new ArrayList<>();
		for (String line : preferences.getString(KEY).split("\n")) {
			if (!line.isBlank()) {
				try {
					connections.add(TeamConnection.of(ServerLocation.parse(line)));
				} catch (IllegalArgumentException unreadable) {
					// written by another version: dropped with the next connection
				}
			}
		}
		return connections;
	}

	/** @param connection a repository just connected to; moves to the top */
	public void add(TeamConnection connection) {
		List<TeamConnection> connections = list();
		connections.remove(connection);
		connections.add(0, connection);
		preferences.setValue(KEY, String.join("\n",
				connections.stream().limit(KEPT).map(kept -> kept.location().text()).toList()));
	}
}
