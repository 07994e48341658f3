// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository.file.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.advocacy.core.repository.CustomerHeader;
import org.advocacy.core.repository.DocumentSummary;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.EngagementHeaders;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;

/**
 * Everything a repository file lists without loading bodies: the headers of its engagements and customers and
 * the summaries of its other documents, for one content of the file.
 *
 * @param stamp       the file content they were read from
 * @param engagements the engagement headers, in file order
 * @param customers   the customer headers, in file order
 * @param documents   the catalog, the organization and the management reviews
 */
record FileHeaders(FileStamp stamp, List<EngagementHeader> engagements, List<CustomerHeader> customers,
		List<DocumentSummary> documents) {

	FileHeaders {
		engagements = List.copyOf(engagements);
		customers = List.copyOf(customers);
		documents = List.copyOf(documents);
	}

	/**
	 * Derives the headers of a parsed file.
	 *
	 * @param image the parsed file
	 * @param asOf  the instant due times are evaluated at when the engine needs "now"
	 * @return its headers
	 */
	static FileHeaders of(DiskImage image, Instant asOf) {
		List<EngagementHeader> engagements = new ArrayList<>();
		for (Engagement engagement : image.root().getEngagements()) {
			engagements.add(EngagementHeaders.of(engagement, asOf)
					.stored(image.version(DiskImage.idOf(engagement)), null, null));
		}
		List<CustomerHeader> customers = new ArrayList<>();
		for (Customer customer : image.root().getCustomers()) {
			customers.add(EngagementHeaders.of(customer, image.version(DiskImage.idOf(customer))));
		}
		return new FileHeaders(image.stamp(), engagements, customers, image.otherDocuments());
	}

	/** @return these headers of a new file content with one engagement's header replaced or added */
	FileHeaders with(FileStamp newStamp, EngagementHeader header) {
		List<EngagementHeader> updated = new ArrayList<>(engagements);
		boolean replaced = false;
		for (int i = 0; i < updated.size() && !replaced; i++) {
			if (updated.get(i).id().equals(header.id())) {
				updated.set(i, header);
				replaced = true;
			}
		}
		if (!replaced) {
			updated.add(header);
		}
		return new FileHeaders(newStamp, updated, customers, documents);
	}

	/** @return these headers of a new file content without a deleted engagement */
	FileHeaders without(FileStamp newStamp, String engagementId) {
		return new FileHeaders(newStamp,
				engagements.stream().filter(header -> !header.id().equals(engagementId)).toList(), customers, documents);
	}
}
