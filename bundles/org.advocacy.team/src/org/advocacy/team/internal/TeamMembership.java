// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.advocacy.core.repository.RepositoryUser;
import org.advocacy.core.repository.Role;
import org.advocacy.core.repository.ServerLocation;
import org.advocacy.team.TeamConnector;

/**
 * Who the connected user is in a team repository: their login, whether they are a director, and their role in
 * each team they belong to. The server enforces all of it; the client uses it to say who is connected and to
 * offer only what would be allowed.
 *
 * @param login         the login role
 * @param director      whether the user is a director (member of {@code advocacy_director})
 * @param roles         the user's role in each of their teams, by team name
 * @param allTeams      every team the user may read, by name
 * @param requestedTeam the team the location names for new engagements, or {@code null}
 */
public record TeamMembership(String login, boolean director, Map<String, Role> roles, List<String> allTeams,
		String requestedTeam) {

	/**
	 * Reads the user's memberships.
	 *
	 * @param connection the user's connection to a database holding a team repository
	 * @param location   the repository's location (its {@code team} parameter names the team for new documents)
	 * @return the membership
	 * @throws SQLException when the server cannot be read
	 */
	public static TeamMembership read(Connection connection, ServerLocation location) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			String login;
			boolean director;
			try (ResultSet row = statement.executeQuery("SELECT session_user, advocacy.is_director()")) {
				row.next();
				login = row.getString(1);
				director = row.getBoolean(2);
			}
			Map<String, Role> roles = new LinkedHashMap<>();
			try (ResultSet rows = statement.executeQuery("SELECT t.name, m.role FROM advocacy.team_member m "
					+ "JOIN advocacy.team t ON t.id = m.team_id WHERE m.login = session_user ORDER BY t.name")) {
				while (rows.next()) {
					roles.put(rows.getString(1), Role.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)));
				}
			}
			List<String> teams = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("SELECT name FROM advocacy.team ORDER BY name")) {
				while (rows.next()) {
					teams.add(rows.getString(1));
				}
			}
			return new TeamMembership(login, director, Map.copyOf(roles), List.copyOf(teams),
					location.parameter(TeamConnector.TEAM_PARAMETER));
		}
	}

	/** @return the user as the repository API describes them: the strongest of their roles */
	public RepositoryUser user() {
		Role strongest = director ? Role.DIRECTOR
				: roles.values().stream().max(Enum::compareTo).orElse(Role.READ_ONLY);
		return new RepositoryUser(login, strongest, director ? allTeams : List.copyOf(roles.keySet()));
	}

	/**
	 * @return the team new engagements and reviews go to: the one the location names, else the first team in
	 *         which the user may write engagements, else (for a director) the first team; {@code null} when none
	 */
	public String defaultTeam() {
		if (requestedTeam != null) {
			return requestedTeam;
		}
		for (Map.Entry<String, Role> role : new TreeMap<>(roles).entrySet()) {
			if (role.getValue() != Role.READ_ONLY) {
				return role.getKey();
			}
		}
		return director && !allTeams.isEmpty() ? allTeams.get(0) : null;
	}
}
