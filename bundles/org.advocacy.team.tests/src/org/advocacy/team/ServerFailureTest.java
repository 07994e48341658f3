// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.repository.ChangeBatch;
import org.advocacy.core.repository.ChangeListener;
import org.advocacy.core.repository.DocumentChange;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.Subscription;
import org.advocacy.core.repository.Watermark;
import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.advocacy.team.schema.SchemaMigrator;
import org.junit.jupiter.api.Test;

/** A client killed in the middle of a transaction, and the server restarted in the middle of a session. */
class ServerFailureTest extends TwoAdvocatesFixture {

	@Test
	void aClientKilledInsideItsTransactionLeavesNothingHalfWrittenAndItsLockIsFreed(TestDatabase database)
			throws Exception {
		DocumentSummary target;
		try (TeamRepository repository = database.open(bob, "bob")) {
			target = repository.listDocuments(DocumentKind.ENGAGEMENT).get(0);
		}
		ProcessBuilder client = new ProcessBuilder(database.server().psql().toString(), "-X", "-q", "-v",
				"ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", Integer.toString(database.server().port()), "-U", alice,
				database.name()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
		client.environment().put("PGPASSWORD", TestDatabase.PASSWORD);
		Process psql = client.start();
		try (OutputStream in = psql.getOutputStream()) {
			in.write(("BEGIN;\nSELECT advocacy.save_document('" + target.id().uuid() + "', 'engagement', 'Support', "
					+ target.version() + ", 'xmi', 'half-written', 'x', '{\"key\": \"HALF\"}', '[]', 'psql', "
							+ SchemaMigrator.clientVersion() + ");\n"
					+ "SELECT pg_sleep(600);\n").getBytes(StandardCharsets.UTF_8));
			in.flush();
			await(database, "SELECT count(*) FROM pg_stat_activity WHERE usename = '" + alice
					+ "' AND state = 'active' AND query LIKE '%pg_sleep%'", "psql did not start its transaction");

			CompletableFuture<SaveResult> bobsSave = CompletableFuture.supplyAsync(() -> saveTitle(database, target.id(),
					"Saved by bob once the lock was free"));
			await(database, "SELECT count(*) FROM pg_stat_activity WHERE usename = '" + bob
					+ "' AND wait_event_type = 'Lock'", "bob's save did not wait for the killed client's row lock");
			assertFalse(bobsSave.isDone(), "bob waits for the row lock the killed client holds");
			psql.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

			SaveResult result = bobsSave.get(15, TimeUnit.SECONDS);
			assertEquals(target.version() + 1, assertInstanceOf(SaveResult.Saved.class, result).version());
		}
		try (Connection superuser = database.superuserConnection()) {
			assertEquals(0, count(superuser, "SELECT count(*) FROM advocacy.document WHERE body = 'half-written'"));
			assertEquals(0, count(superuser, "SELECT count(*) FROM advocacy.document_history WHERE body = 'half-written'"));
			assertEquals(0, count(superuser, "SELECT count(*) FROM advocacy.engagement_header WHERE key = 'HALF'"));
			assertEquals(0, count(superuser, "SELECT count(*) FROM advocacy.change_log WHERE client = 'psql'"));
			assertEquals(0, count(superuser, "SELECT count(*) FROM pg_stat_activity WHERE usename = '" + alice + "'"));
		}
	}

	@Test
	void afterAServerRestartTheSessionReconnectsAndSeesWhatChangedMeanwhile(TestDatabase database) throws Exception {
		BlockingQueue<ChangeBatch> batches = new LinkedBlockingQueue<>();
		List<String> connectionEvents = new CopyOnWriteArrayList<>();
		try (TeamRepository asAlice = database.open(alice, "alice")) {
			RepositoryModel model = SampleTeam.model(asAlice);
			Engagement engagement = SampleTeam.loadEngagement(asAlice, model, 2);
			DocumentId id = Documents.idOf(engagement);
			Watermark watermark = asAlice.listHeaders(Watermark.BEGINNING).watermark();
			try (Subscription feed = asAlice.subscribe(watermark, new ChangeListener() {
				@Override
				public void changed(ChangeBatch batch) {
					batches.add(batch);
				}

				@Override
				public void connectionChanged(boolean connected, String detail) {
					connectionEvents.add(connected + ": " + detail);
				}
			})) {
				awaitEvent(connectionEvents, "true");
				database.server().restart();
				SaveResult bobs = saveTitle(database, id, "Changed while the server restarted");
				long bobsVersion = assertInstanceOf(SaveResult.Saved.class, bobs).version();

				DocumentChange seen = awaitChange(batches, id, Duration.ofSeconds(20));
				assertEquals(bobsVersion, seen.version());
				assertTrue(connectionEvents.stream().anyMatch(event -> event.startsWith("false")), connectionEvents.toString());
				assertTrue(connectionEvents.getLast().startsWith("true"), connectionEvents.toString());

				Engagement reloaded = (Engagement) asAlice.load(model, id);
				assertEquals("Changed while the server restarted", reloaded.getTitle());
				reloaded.setCustomerWords("alice saves after the restart");
				assertInstanceOf(SaveResult.Saved.class, asAlice.save(model, id));
			}
		}
	}

	private static SaveResult saveTitle(TestDatabase database, DocumentId id, String title) {
		try (TeamRepository repository = database.open(bob, "bob")) {
			RepositoryModel model = SampleTeam.model(repository);
			Engagement engagement = (Engagement) repository.load(model, id);
			engagement.setTitle(title);
			return repository.save(model, id);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static DocumentChange awaitChange(BlockingQueue<ChangeBatch> batches, DocumentId id, Duration timeout)
			throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			ChangeBatch batch = batches.poll(100, TimeUnit.MILLISECONDS);
			if (batch != null) {
				for (DocumentChange change : batch.changes()) {
					if (change.id().equals(id) && change.version() > 1) {
						return change;
					}
				}
			}
		}
		throw new AssertionError("the change feed did not report " + id + " within " + timeout);
	}

	private static void awaitEvent(List<String> events, String prefix) throws InterruptedException {
		for (int i = 0; i < 100 && events.stream().noneMatch(event -> event.startsWith(prefix)); i++) {
			Thread.sleep(50);
		}
	}

	private static void await(TestDatabase database, String countQuery, String failure) throws Exception {
		try (Connection superuser = database.superuserConnection()) {
			for (int i = 0; i < 300; i++) {
				if (count(superuser, countQuery) == 1) {
					return;
				}
				Thread.sleep(50);
			}
		}
		throw new AssertionError(failure);
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
			row.next();
			return row.getInt(1);
		}
	}
}
