// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.ChangeBatch;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.EngagementHeaders;
import org.advocacy.core.repository.HeaderListing;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.Subscription;
import org.advocacy.core.repository.Watermark;
import org.advocacy.core.tests.SampleFile;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Headers of a repository file: derived like every store's, cached beside the file, never trusted over it. */
class FileHeadersTest {

	private static final Instant NOW = SampleFile.NOW;

	@RegisterExtension
	final SampleFile sample = new SampleFile();

	@Test
	void headersAreTheOneDerivationOfEachEngagementWithItsVersion() throws Exception {
		Repository repository = sample.open();
		HeaderListing listing = repository.listHeaders(Watermark.BEGINNING);
		RepositoryModel model = repository.openModel(RepositoryStore.newResourceSet());
		Instant modified = Files.getLastModifiedTime(sample.file()).toInstant();

		assertTrue(listing.complete());
		assertEquals(model.root().getEngagements().size(), listing.engagements().size());
		for (int i = 0; i < listing.engagements().size(); i++) {
			Engagement engagement = model.root().getEngagements().get(i);
			EngagementHeader header = listing.engagements().get(i);
			assertEquals(EngagementHeaders.of(engagement, modified), header.content(), engagement.getKey());
			assertEquals(model.version(Documents.idOf(engagement)).getAsLong(), header.version());
		}
		assertEquals(model.root().getCustomers().size(), listing.customers().size());
		assertEquals(model.root().getCustomers().get(0).getName(), listing.customers().get(0).name());
	}

	@Test
	void aSecondOpeningListsFromTheCacheBesideTheFile() throws Exception {
		HeaderListing first = sample.open().listHeaders(Watermark.BEGINNING);
		assertTrue(Files.exists(HeaderCache.cacheFile(sample.file())));
		FileStamp stamp = FileStamp.of(sample.file());
		FileHeaders cached = HeaderCache.read(sample.file(), stamp).orElseThrow();
		EngagementHeader marked = copyWithTitle(cached.engagements().get(0), "Read from the cache");
		HeaderCache.write(sample.file(), cached.with(stamp, marked));

		HeaderListing second = sample.open().listHeaders(Watermark.BEGINNING);

		assertEquals("Read from the cache", second.engagements().get(0).title());
		assertEquals(first.engagements().subList(1, first.engagements().size()),
				second.engagements().subList(1, second.engagements().size()));
	}

	@Test
	void theCacheIsNotTrustedWhenTheContentChangedButSizeAndTimeDidNot() throws Exception {
		sample.open().listHeaders(Watermark.BEGINNING);
		FileTime modified = Files.getLastModifiedTime(sample.file());
		String content = Files.readString(sample.file(), StandardCharsets.UTF_8);
		Engagement first = new RepositoryStore().loadRepository(sample.file()).getEngagements().get(0);
		String title = first.getTitle();
		String sameLength = new StringBuilder(title).reverse().toString();
		assertNotEquals(title, sameLength);
		Files.writeString(sample.file(), content.replace("title=\"" + title + "\"", "title=\"" + sameLength + "\""),
				StandardCharsets.UTF_8);
		Files.setLastModifiedTime(sample.file(), modified);

		HeaderListing listing = sample.open().listHeaders(Watermark.BEGINNING);

		assertEquals(sameLength, listing.engagements().get(0).title());
	}

	@Test
	void aDamagedCacheIsIgnoredAndRebuilt() throws Exception {
		HeaderListing first = sample.open().listHeaders(Watermark.BEGINNING);
		Path cache = HeaderCache.cacheFile(sample.file());
		byte[] bytes = Files.readAllBytes(cache);
		Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		HeaderListing second = sample.open().listHeaders(Watermark.BEGINNING);

		assertEquals(first.engagements(), second.engagements());
		assertEquals(bytes.length, Files.size(cache), "rebuilt");
	}

	@Test
	void aListingSinceTheCurrentWatermarkIsEmptyAndASaveIsSeen() throws Exception {
		Repository repository = sample.open();
		HeaderListing first = repository.listHeaders(Watermark.BEGINNING);
		HeaderListing unchanged = repository.listHeaders(first.watermark());
		RepositoryModel model = repository.openModel(RepositoryStore.newResourceSet());
		Engagement engagement = model.root().getEngagements().get(1);
		engagement.setTitle("Retitled");
		repository.save(model, Documents.idOf(engagement));

		HeaderListing changed = sample.open().listHeaders(first.watermark());

		assertTrue(unchanged.isEmpty());
		assertFalse(unchanged.complete());
		assertTrue(changed.complete());
		assertNotEquals(first.watermark(), changed.watermark());
		EngagementHeader header = changed.engagements().get(1);
		assertEquals("Retitled", header.title());
		assertEquals(EngagementHeaders.of(engagement, NOW), header.content());
		assertEquals(model.version(Documents.idOf(engagement)).getAsLong(), header.version());
	}

	@Test
	void renamingACustomerRenamesItInEveryEngagementHeader() throws Exception {
		Repository repository = sample.open();
		RepositoryModel model = repository.openModel(RepositoryStore.newResourceSet());
		Customer customer = model.root().getEngagements().get(0).getCustomer();
		customer.setName("Renamed Corp.");

		repository.save(model, Documents.idOf(customer));

		HeaderListing listing = sample.open().listHeaders(Watermark.BEGINNING);
		long renamed = listing.engagements().stream()
				.filter(header -> "Renamed Corp.".equals(header.customer().name())).count();
		long expected = model.root().getEngagements().stream().filter(e -> e.getCustomer() == customer).count();
		assertEquals(expected, renamed);
		assertTrue(renamed > 0);
	}

	@Test
	void theChangeFeedNoticesAnotherWriter() throws Exception {
		Repository watching = sample.open();
		HeaderListing listing = watching.listHeaders(Watermark.BEGINNING);
		CountDownLatch noticed = new CountDownLatch(1);
		List<ChangeBatch> batches = new ArrayList<>();
		try (Subscription subscription = watching.subscribe(listing.watermark(), batch -> {
			batches.add(batch);
			noticed.countDown();
		})) {
			Repository writer = sample.open();
			RepositoryModel model = writer.openModel(RepositoryStore.newResourceSet());
			AdvocacyRepository root = model.root();
			root.getEngagements().get(2).setTitle("Changed by someone else");
			writer.save(model, Documents.idOf(root.getEngagements().get(2)));

			assertTrue(noticed.await(30, TimeUnit.SECONDS), "the change was not noticed");
		}
		assertTrue(batches.get(0).complete());
		assertEquals(FileStamp.of(sample.file()).hash(), batches.get(0).watermark().value());
	}

	private static EngagementHeader copyWithTitle(EngagementHeader header, String title) {
		return new EngagementHeader(header.id(), header.key(), title, header.state(), header.colour(),
				header.colourOverridden(), header.urgency(), header.customer(), header.segment(), header.advocate(),
				header.reason(), header.businessUnit(), header.productLine(), header.openedAt(), header.closedAt(),
				header.nextUpdateDue(), header.heldDraftReadyAt(), header.nextStepDue(), header.nextStepContact(),
				header.ladderExhausted(), header.activeLadders(), header.effortHours(), header.effortCost(),
				header.expenses(), header.version(), header.changedBy(), header.changedAt());
	}
}
