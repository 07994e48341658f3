// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.advocacy.core.persistence.AdvocacyResource;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.Engagement;
import org.advocacy.tests.harness.StandardSample;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * Independent copies of the sample repository with the same UUIDs, as three people would have loaded it: the
 * original, theirs and mine of a merge.
 */
final class Versions {

	private final byte[] content;

	Versions() {
		AdvocacyRepository sample = StandardSample.generate();
		Resource resource = new AdvocacyResource(URI.createURI("memory:/sample.advocacy"));
		resource.getContents().add(sample);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		content = out.toByteArray();
	}

	/** @return a fresh copy in a resource set of its own */
	AdvocacyRepository load() {
		ResourceSet resourceSet = RepositoryStore.newResourceSet();
		Resource resource = new AdvocacyResource(URI.createURI("memory:/sample.advocacy"));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(content), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (AdvocacyRepository) resource.getContents().get(0);
	}

	static Engagement engagement(AdvocacyRepository repository, String key) {
		return repository.getEngagements().stream().filter(engagement -> key.equals(engagement.getKey())).findFirst()
				.orElseThrow(() -> new AssertionError("no engagement " + key));
	}

	static DocumentState state(EObject root) {
		DocumentKind kind = root instanceof AdvocacyRepository ? DocumentKind.CATALOG
				: root instanceof Engagement ? DocumentKind.ENGAGEMENT
						: DocumentKind.valueOf(kindOf(root));
		return DocumentState.of(kind, root);
	}

	private static String kindOf(EObject root) {
		return switch (root.eClass().getName()) {
		case "Organization" -> "ORGANIZATION";
		case "Customer" -> "CUSTOMER";
		case "ManagementReview" -> "REVIEW";
		default -> throw new IllegalArgumentException(root.eClass().getName() + " is no document root");
		};
	}

	static EditingDomain domainOf(EObject object) {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(),
				object.eResource().getResourceSet());
	}
}
