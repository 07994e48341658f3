// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.advocacy.core.repository.NamedReference;
import org.advocacy.core.repository.ObjectIds;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Turns the dimension values of engagement headers (reasons, segments, business units, product lines, named by
 * UUID) into the objects the metrics group and filter by: the reference data of a loaded catalog, so that a view's
 * filters (which hold those objects) apply; or, where no catalog is loaded (the command line), one stand-in object
 * per UUID carrying the header's name. Use one instance for a snapshot and the filters applied to it.
 */
public final class ReviewKeys {

	/** The class of each dimension's values; each has a {@code name}. */
	private static final Map<Dimension, EClass> KEY_CLASSES = Map.of(Dimension.REASON,
			AdvocacyPackage.Literals.ENGAGEMENT_REASON, Dimension.SEGMENT, AdvocacyPackage.Literals.CUSTOMER_SEGMENT,
			Dimension.BUSINESS_UNIT, AdvocacyPackage.Literals.BUSINESS_UNIT, Dimension.PRODUCT_LINE,
			AdvocacyPackage.Literals.PRODUCT_LINE);

	private final Map<Dimension, Map<String, EObject>> byId = new EnumMap<>(Dimension.class);

	private ReviewKeys() {
		for (Dimension dimension : Dimension.values()) {
			byId.put(dimension, new HashMap<>());
		}
	}

	/** @return keys made up from the headers alone: one stand-in object per UUID, named as in the header */
	public static ReviewKeys standIns() {
		return new ReviewKeys();
	}

	/**
	 * @param catalog the repository root of a working model whose catalog is loaded
	 * @return keys that are the catalog's own objects; values the catalog no longer has get stand-ins
	 */
	public static ReviewKeys of(AdvocacyRepository catalog) {
		ReviewKeys keys = new ReviewKeys();
		catalog.getReasons().forEach(reason -> keys.put(Dimension.REASON, reason));
		catalog.getSegments().forEach(segment -> keys.put(Dimension.SEGMENT, segment));
		catalog.getBusinessUnits().forEach(unit -> keys.put(Dimension.BUSINESS_UNIT, unit));
		catalog.getProductLines().forEach(line -> keys.put(Dimension.PRODUCT_LINE, line));
		return keys;
	}

	private void put(Dimension dimension, EObject object) {
		String id = ObjectIds.of(object);
		if (id != null) {
			byId.get(dimension).put(id, object);
		}
	}

	/**
	 * @param dimension the dimension
	 * @param reference a header's value in it, or {@code null} when not recorded
	 * @return the object to group by, the same for the same UUID; {@code null} when not recorded
	 */
	public EObject key(Dimension dimension, NamedReference reference) {
		if (reference == null) {
			return null;
		}
		return byId.get(dimension).computeIfAbsent(reference.id(), id -> standIn(dimension, reference.name()));
	}

	private static EObject standIn(Dimension dimension, String name) {
		EObject standIn = EcoreUtil.create(KEY_CLASSES.get(dimension));
		standIn.eSet(standIn.eClass().getEStructuralFeature("name"), name);
		return standIn;
	}
}
