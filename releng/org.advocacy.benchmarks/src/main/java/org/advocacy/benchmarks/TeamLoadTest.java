// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.advocacy.core.merge.Choice;
import org.advocacy.core.merge.MergingSaver;
import org.advocacy.core.merge.MergingSaver.Outcome;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.ChangeBatch;
import org.advocacy.core.repository.ChangeListener;
import org.advocacy.core.repository.DocumentChange;
import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.Subscription;
import org.advocacy.core.repository.Watermark;
import org.advocacy.core.sample.SampleRepositoryGenerator;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Engagement;
import org.advocacy.team.RepositoryTransfer;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.team.TeamRepository;
import org.advocacy.tests.harness.team.PostgresServer;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * The team repository under load, on the loopback interface of a throwaway server:
 * <ol>
 * <li>how soon a change saved by one session is seen by another through the change feed (100 saves; p50, p95);</li>
 * <li>50 concurrent writers for a bounded time (2 minutes unless told otherwise) on 1,000 engagements, each
 * loading an engagement, changing a random text feature, pausing briefly and saving through the
 * {@link MergingSaver}; a tenth of the engagements take most of the saves, so saves collide. A conflict is decided
 * for the writer's own value, as a user would who insists. At the end every acknowledged save must be in the change
 * log with its value, and each feature's stored value must be the one its last acknowledged save wrote: zero lost
 * updates.</li>
 * </ol>
 * Run with {@code java -cp … org.advocacy.benchmarks.TeamLoadTest [seconds] [writers]}; exits non-zero when an
 * acknowledged save is missing or lost.
 */
public final class TeamLoadTest {

	private static final int ENGAGEMENTS = 1_000;
	private static final int HOT_ENGAGEMENTS = 100;
	private static final String TEAM = "Load";
	private static final List<EAttribute> FEATURES = List.of(AdvocacyPackage.Literals.ENGAGEMENT__TITLE,
			AdvocacyPackage.Literals.ENGAGEMENT__CUSTOMER_WORDS);

	/** One acknowledged save. */
	private record Ack(DocumentId id, EAttribute feature, String value, long version, long nanos, boolean merged) {
	}

	private TeamLoadTest() {
	}

	/**
	 * @param args the run time in seconds (default 120) and the number of writers (default 50)
	 * @throws Exception when the server or a step fails
	 */
	public static void main(String[] args) throws Exception {
		Duration runTime = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 120);
		int writers = args.length > 1 ? Integer.parseInt(args[1]) : 50;
		try (TeamServer server = new TeamServer()) {
			populate(server, writers);
			List<DocumentId> engagements;
			try (TeamRepository reader = server.open("writer01", "load test")) {
				engagements = reader.listDocuments(DocumentKind.ENGAGEMENT).stream().map(DocumentSummary::id).toList();
			}
			System.out.println(changeFeedLatency(server, engagements.get(ENGAGEMENTS - 1)));
			List<Ack> acks = runWriters(server, engagements, writers, runTime);
			String verdict = verify(server, acks);
			System.out.println(report(acks, writers, runTime));
			System.out.println(verdict);
			if (!verdict.startsWith("OK")) {
				System.exit(1);
			}
		}
	}

	private static void populate(TeamServer server, int writers) throws Exception {
		Path file = Files.createTempFile("advocacy-load-", ".advocacy");
		try {
			new RepositoryStore().save(new SampleRepositoryGenerator(SampleRepositoryGenerator.STANDARD_SEED,
					Instant.parse("2026-11-20T14:30:00Z")).generate(ENGAGEMENTS), file);
			for (int writer = 1; writer <= writers; writer++) {
				server.createUser(login(writer), TEAM, Role.ADVOCATE);
			}
			try (TeamRepository admin = server.open(PostgresServer.SUPERUSER, "load test import")) {
				RepositoryTransfer.importFile(file, admin, TEAM);
			}
		} finally {
			Files.deleteIfExists(file);
		}
	}

	/** Session B saves 100 changes; session A's change feed reports each: from B's commit to A's receipt. */
	private static String changeFeedLatency(TeamServer server, DocumentId id) throws Exception {
		Map<Long, Long> seenAt = new ConcurrentHashMap<>();
		List<Long> fromCommit = new ArrayList<>();
		List<Long> fromSave = new ArrayList<>();
		try (TeamRepository watcher = server.open("writer01", "watcher");
				TeamRepository editor = server.open("writer02", "editor")) {
			Watermark since = watcher.listHeaders(Watermark.BEGINNING).watermark();
			try (Subscription feed = watcher.subscribe(since, new ChangeListener() {
				@Override
				public void changed(ChangeBatch batch) {
					long now = System.nanoTime();
					for (DocumentChange change : batch.changes()) {
						if (change.id().equals(id)) {
							seenAt.putIfAbsent(change.version(), now);
						}
					}
				}
			})) {
				RepositoryModel model = editor.openModel(RepositoryStore.newResourceSet());
				Engagement engagement = (Engagement) editor.load(model, id);
				Thread.sleep(500);
				for (int i = 0; i < 100; i++) {
					engagement.setCustomerWords("latency probe " + i);
					long start = System.nanoTime();
					SaveResult.Saved saved = (SaveResult.Saved) editor.save(model, id);
					long committed = System.nanoTime();
					long deadline = committed + Duration.ofSeconds(10).toNanos();
					while (!seenAt.containsKey(saved.version()) && System.nanoTime() < deadline) {
						Thread.sleep(1);
					}
					Long seen = seenAt.get(saved.version());
					if (seen == null) {
						throw new IllegalStateException("version " + saved.version() + " was not seen within 10 s");
					}
					fromCommit.add(Math.max(0, seen - committed));
					fromSave.add(seen - start);
					Thread.sleep(50);
				}
			}
		}
		return String.format(Locale.ROOT, "Change seen by another session (100 saves): from commit p50 %.1f ms, "
				+ "p95 %.1f ms; from the start of the save p50 %.1f ms, p95 %.1f ms (target p95 <= 1000 ms)",
				millis(percentile(fromCommit, 50)), millis(percentile(fromCommit, 95)),
				millis(percentile(fromSave, 50)), millis(percentile(fromSave, 95)));
	}

	private static List<Ack> runWriters(TeamServer server, List<DocumentId> engagements, int writers,
			Duration runTime) throws Exception {
		long end = System.nanoTime() + runTime.toNanos();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(writers);
		List<Future<List<Ack>>> results = new ArrayList<>();
		for (int writer = 1; writer <= writers; writer++) {
			int number = writer;
			results.add(executor.submit(() -> write(server, number, engagements, end, failures)));
		}
		List<Ack> acks = new ArrayList<>();
		for (Future<List<Ack>> result : results) {
			acks.addAll(result.get());
		}
		executor.shutdown();
		if (failures.get() > 0) {
			System.out.println("Saves that failed with an error (not acknowledged): " + failures.get());
		}
		return acks;
	}

	private static List<Ack> write(TeamServer server, int writer, List<DocumentId> engagements, long end,
			AtomicInteger failures) throws Exception {
		List<Ack> acks = new ArrayList<>();
		Random random = new Random(writer);
		try (TeamRepository repository = server.open(login(writer), "load test writer " + writer)) {
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
					new BasicCommandStack(), RepositoryStore.newResourceSet());
			RepositoryModel model = repository.openModel(domain.getResourceSet());
			MergingSaver saver = new MergingSaver(repository, domain);
			for (int round = 0; System.nanoTime() < end; round++) {
				DocumentId id = engagements.get(random.nextInt(10) < 7 ? random.nextInt(HOT_ENGAGEMENTS)
						: random.nextInt(engagements.size()));
				EAttribute feature = FEATURES.get(random.nextInt(FEATURES.size()));
				String value = login(writer) + " round " + round;
				try {
					Engagement engagement = (Engagement) repository.load(model, id);
					engagement.eSet(feature, value);
					Thread.sleep(random.nextInt(20));
					long start = System.nanoTime();
					Outcome outcome = saver.save(model, id);
					while (outcome instanceof Outcome.NeedsDecision decision) {
						decision.merge().resolveAll(Choice.MINE);
						outcome = saver.complete(model, decision);
					}
					if (outcome instanceof Outcome.Saved saved) {
						acks.add(new Ack(id, feature, value, saved.version(), System.nanoTime() - start, saved.merged()));
					}
				} catch (Exception e) {
					failures.incrementAndGet();
					System.out.println(login(writer) + ": " + e);
				}
			}
		}
		return acks;
	}

	/** Every acknowledged save is in the change log, and no feature lost its last acknowledged value. */
	private static String verify(TeamServer server, List<Ack> acks) throws Exception {
		int missing = 0;
		try (Connection admin = server.superuser(); PreparedStatement logged = admin.prepareStatement(
				"SELECT count(*) FROM advocacy.change_log WHERE document_id = ? AND version = ? AND feature = ? "
						+ "AND new_value = ?")) {
			for (Ack ack : acks) {
				logged.setString(1, ack.id().uuid());
				logged.setLong(2, ack.version());
				logged.setString(3, ack.feature().getName());
				logged.setString(4, ack.value());
				try (ResultSet row = logged.executeQuery()) {
					row.next();
					missing += row.getInt(1) == 1 ? 0 : 1;
				}
			}
		}
		Map<DocumentId, Map<EAttribute, Ack>> last = new HashMap<>();
		for (Ack ack : acks) {
			last.computeIfAbsent(ack.id(), id -> new HashMap<>()).merge(ack.feature(), ack,
					(a, b) -> a.version() >= b.version() ? a : b);
		}
		int lost = 0;
		try (TeamRepository reader = server.open(PostgresServer.SUPERUSER, "load test check")) {
			RepositoryModel model = reader.openModel(RepositoryStore.newResourceSet());
			for (Map.Entry<DocumentId, Map<EAttribute, Ack>> document : last.entrySet()) {
				Engagement stored = (Engagement) reader.load(model, document.getKey());
				for (Ack ack : document.getValue().values()) {
					lost += ack.value().equals(stored.eGet(ack.feature())) ? 0 : 1;
				}
			}
		}
		return (missing == 0 && lost == 0 ? "OK: " : "FAILED: ") + acks.size() + " acknowledged saves, " + missing
				+ " missing from the change log, " + lost + " lost updates (of " + last.size()
				+ " engagements' last values)";
	}

	private static String report(List<Ack> acks, int writers, Duration runTime) {
		List<Long> latencies = new ArrayList<>(acks.stream().map(Ack::nanos).toList());
		long merged = acks.stream().filter(Ack::merged).count();
		return String.format(Locale.ROOT, "%d writers for %d s on %d engagements (%d hot): %d saves acknowledged, "
				+ "%.1f saves/s, %d of them merged with someone else's save first; save latency p50 %.1f ms, "
				+ "p95 %.1f ms, max %.1f ms", writers, runTime.toSeconds(), ENGAGEMENTS, HOT_ENGAGEMENTS, acks.size(),
				acks.size() / (double) runTime.toSeconds(), merged, millis(percentile(latencies, 50)),
				millis(percentile(latencies, 95)), millis(percentile(latencies, 100)));
	}

	private static long percentile(List<Long> values, int percentile) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

	private static String login(int writer) {
		return String.format(Locale.ROOT, "writer%02d", writer);
	}
}
