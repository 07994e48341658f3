// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.commands;

import static org.advocacy.model.AdvocacyPackage.Literals.ENGAGEMENT__COLOUR_OVERRIDE;

import java.time.Instant;
import java.util.Objects;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.Engagement;
import org.advocacy.model.Person;
import org.advocacy.model.StatusColour;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The advocate's override of an engagement's colour code, one undoable command: choosing a colour overrides the
 * engine's (recording who and when, and keeping the reason already given), choosing none gives the colour back to the
 * engine. The colour every view shows is then {@link org.advocacy.core.schedule.EngagementColours#of(Engagement)}:
 * the override with its reason, else the engine's with its rationale. The reason itself is edited as a feature of the
 * override.
 */
public final class ColourCommands {

	private ColourCommands() {
	}

	/**
	 * @param domain     the file's editing domain
	 * @param engagement the engagement
	 * @param colour     the colour the advocate sets, or {@code null} to follow the engine again
	 * @param setBy      who sets it, or {@code null} when the workbench does not know who that is
	 * @param at         when it is set
	 * @return the command; unexecutable when the engagement already shows that override (or none), so a view that
	 *         shows the choice again after a change does not execute another command
	 */
	public static Command override(EditingDomain domain, Engagement engagement, StatusColour colour, Person setBy,
			Instant at) {
		ColourOverride present = engagement.getColourOverride();
		if (present == null ? colour == null : present.getColour() == colour) {
			return UnexecutableCommand.INSTANCE;
		}
		ColourOverride replacement = null;
		if (colour != null) {
			replacement = AdvocacyFactory.eINSTANCE.createColourOverride();
			replacement.setColour(colour);
			replacement.setSetAt(Objects.requireNonNull(at, "at"));
			replacement.setSetBy(setBy);
			replacement.setReason(present == null ? null : present.getReason());
		}
		String label = colour == null ? "Follow the Engine's Colour" : "Override Colour to " + colour.getLiteral();
		return Labels.labelled(label,
				colour == null ? "Removes the override: the colour code is the engine's again."
						: "Shows " + colour.getLiteral() + " everywhere, with the reason given, instead of the engine's colour.",
				SetCommand.create(domain, engagement, ENGAGEMENT__COLOUR_OVERRIDE, replacement));
	}
}
