// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.review.internal;

import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.NOW;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.clockAt;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.processEvents;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.session;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.showPerspective;
import static org.advocacy.ui.review.internal.ReviewWorkbenchFixture.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.advocacy.core.review.ReviewAgenda;
import org.advocacy.core.review.ReviewAgendaPlanner;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.ManagementReview;
import org.advocacy.model.ReviewItem;
import org.advocacy.model.ReviewItemKind;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording the meeting adds the engine's drafted review with a command, and the next agenda starts from it. */
class RecordReviewTest {

	@TempDir
	Path folder;

	private AdvocacyRepository repository;
	private CommandStack stack;

	@BeforeEach
	void openSample() throws Exception {
		repository = ReviewWorkbenchFixture.openSample(folder);
		stack = session().getEditingDomain().getCommandStack();
	}

	@Test
	void commandAddsTheDraftedReviewAndUndoesAndRedoes() {
		ReviewAgenda agenda = new ReviewAgendaPlanner().prepare(repository, NOW);
		int reviews = repository.getReviews().size();
		Command command = RecordReviewCommand.create(session().getEditingDomain(), repository, agenda);

		stack.execute(command);
		assertEquals(reviews + 1, repository.getReviews().size());
		ManagementReview recorded = repository.getReviews().get(reviews);
		assertEquals(NOW, recorded.getHeldOn());
		assertEquals(agenda.newEngagements().size() + agenda.updates().size() + agenda.toConfirmClosed().size(),
				recorded.getItems().size(), "one item per engagement on the agenda");
		assertEquals(RecordReviewCommand.LABEL, stack.getUndoCommand().getLabel());
		assertTrue(session().isDirty());

		stack.undo();
		assertEquals(reviews, repository.getReviews().size());
		assertFalse(repository.getReviews().contains(recorded));

		stack.redo();
		assertSame(recorded, repository.getReviews().get(reviews));
	}

	@Test
	void agendaAfterRecordingAReviewStartsFromThatReview() throws Exception {
		showPerspective();
		ReviewAgendaView view = view(ReviewAgendaView.ID);
		view.setClock(clockAt(NOW));
		Instant before = view.getAgenda().since();

		view.recordReview();
		processEvents();
		ManagementReview recorded = repository.getReviews().get(repository.getReviews().size() - 1);
		assertEquals(NOW, recorded.getHeldOn());

		view.setClock(clockAt(NOW.plus(Duration.ofDays(1))));
		assertEquals(NOW, view.getAgenda().since(), "the next agenda starts from the recorded review");
		assertSame(recorded, view.getAgenda().lastReview().orElseThrow());
		assertTrue(view.getAgenda().newEngagements().isEmpty(), "nothing opened since the review");
		assertEquals(view.getAgenda().updates().size(),
				new ReviewAgendaPlanner().prepare(repository, NOW.plus(Duration.ofDays(1))).updates().size());

		stack.undo();
		processEvents();
		assertEquals(before, view.getAgenda().since(), "undo brings the previous agenda back");
	}

	@Test
	void confirmingAClosureInTheRecordTakesItOffTheNextAgenda() throws Exception {
		showPerspective();
		ReviewAgendaView view = view(ReviewAgendaView.ID);
		view.setClock(clockAt(NOW));
		assertFalse(view.getAgenda().toConfirmClosed().isEmpty(), "the sample has a closure to confirm");
		view.recordReview();
		processEvents();
		view.setClock(clockAt(NOW.plus(Duration.ofDays(1))));
		ManagementReview recorded = view.getAgenda().lastReview().orElseThrow();
		ReviewItem closure = recorded.getItems().stream()
				.filter(item -> item.getKind() == ReviewItemKind.CONFIRM_CLOSED).findFirst().orElseThrow();
		assertTrue(view.getAgenda().toConfirmClosed().stream().anyMatch(i -> i.engagement() == closure.getEngagement()),
				"an unconfirmed closure stays on the agenda");

		stack.execute(SetCommand.create(session().getEditingDomain(), closure,
				AdvocacyPackage.Literals.REVIEW_ITEM__CLOSURE_CONFIRMED, Boolean.TRUE));
		processEvents();

		assertTrue(view.getAgenda().toConfirmClosed().stream().noneMatch(i -> i.engagement() == closure.getEngagement()),
				"a confirmed closure leaves the agenda");
		stack.undo();
		processEvents();
		assertTrue(view.getAgenda().toConfirmClosed().stream().anyMatch(i -> i.engagement() == closure.getEngagement()));
	}
}
