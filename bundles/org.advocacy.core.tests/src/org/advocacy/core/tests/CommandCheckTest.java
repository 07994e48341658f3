// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Engagement;
import org.advocacy.model.EngagementState;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;

/** The check fails for a command that changes nothing or whose undo leaves part of its change behind. */
class CommandCheckTest {

	private final ModelBuilder model = new ModelBuilder();
	private final Engagement engagement = model.engagement("ADV-0001", null, EngagementState.REQUESTED,
			Instant.parse("2026-03-02T09:00:00Z"));
	private final EditingDomain domain = CommandCheck.domain();

	@Test
	void anExactCommandPasses() {
		CommandCheck.executesUndoesAndRedoes(domain, model.repository(),
				SetCommand.create(domain, engagement, AdvocacyPackage.Literals.ENGAGEMENT__TITLE, "Payroll outage"));

		assertEquals("Payroll outage", engagement.getTitle(), "left executed");
	}

	@Test
	void aCommandThatChangesNothingFails() {
		assertThrows(AssertionError.class,
				() -> CommandCheck.executesUndoesAndRedoes(domain, model.repository(), new IdentityCommand("Nothing")));
	}

	@Test
	void anUndoThatLeavesPartOfTheChangeFails() {
		assertThrows(AssertionError.class,
				() -> CommandCheck.executesUndoesAndRedoes(domain, model.repository(), new HalfUndone()));
	}

	/** Sets title and customer words, but its undo restores only the title. */
	private final class HalfUndone extends AbstractCommand {

		HalfUndone() {
			super("Half undone");
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			engagement.setTitle("Payroll outage");
			engagement.setCustomerWords("Nothing works");
		}

		@Override
		public void undo() {
			engagement.setTitle(null);
		}

		@Override
		public void redo() {
			execute();
		}
	}
}
