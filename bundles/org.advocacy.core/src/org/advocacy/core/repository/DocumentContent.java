// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a document's content is, the same for versions, merging, history and both stores: the objects of its
 * subtree (for the catalog only the root's own features, see {@link DocumentKind#owns}) and, per object, the
 * stored features — neither derived nor transient nor the container — compared by value, references by the UUID of
 * their target. {@link #hash} condenses that content into a 64-bit version stamp: equal content, equal hash, in any
 * JVM.
 */
public final class DocumentContent {

	private static final Map<EClass, List<EStructuralFeature>> FEATURES = new ConcurrentHashMap<>();
	private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

	private DocumentContent() {
	}

	/**
	 * @param eClass a class of the model
	 * @return its stored features, in the class's order
	 */
	public static List<EStructuralFeature> features(EClass eClass) {
		return FEATURES.computeIfAbsent(eClass, type -> {
			List<EStructuralFeature> stored = new ArrayList<>();
			for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
				boolean container = feature instanceof EReference reference && reference.isContainer();
				if (!feature.isDerived() && !feature.isTransient() && feature.isChangeable() && !container) {
					stored.add(feature);
				}
			}
			return List.copyOf(stored);
		});
	}

	/**
	 * @param kind   the document's kind
	 * @param object an object of the document
	 * @return the features of the object that belong to the document (all stored features, except for the
	 *         catalog's root, whose other features hold other documents)
	 */
	public static List<EStructuralFeature> features(DocumentKind kind, EObject object, boolean isRoot) {
		List<EStructuralFeature> all = features(object.eClass());
		if (!isRoot || kind != DocumentKind.CATALOG) {
			return all;
		}
		return all.stream().filter(kind::owns).toList();
	}

	/**
	 * @param kind the document's kind
	 * @param root the document's root object
	 * @return the document's objects, the root first, each before its contents, in containment order
	 */
	public static List<EObject> objects(DocumentKind kind, EObject root) {
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		if (kind == DocumentKind.CATALOG) {
			for (EStructuralFeature feature : features(kind, root, true)) {
				if (feature instanceof EReference reference && reference.isContainment()) {
					for (EObject child : children(root, reference)) {
						objects.add(child);
						for (Iterator<EObject> it = child.eAllContents(); it.hasNext();) {
							objects.add(it.next());
						}
					}
				}
			}
		} else {
			for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
				objects.add(it.next());
			}
		}
		return objects;
	}

	/**
	 * @param object    an object
	 * @param reference one of its containments
	 * @return its children in that containment, in order
	 */
	@SuppressWarnings("unchecked")
	public static List<EObject> children(EObject object, EReference reference) {
		Object value = object.eGet(reference);
		if (reference.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	/**
	 * A 64-bit stamp of a document's content: the classes, UUIDs and stored feature values of its objects in
	 * containment order, references by target UUID. Equal content gives equal stamps, in any JVM; a store may use
	 * it as the document's version.
	 *
	 * @param kind the document's kind
	 * @param root the document's root object
	 * @return the stamp, never 0
	 */
	public static long hash(DocumentKind kind, EObject root) {
		Hasher hasher = new Hasher();
		for (EObject object : objects(kind, root)) {
			hasher.text(object.eClass().getName());
			hasher.text(ObjectIds.of(object));
			for (EStructuralFeature feature : features(kind, object, object == root)) {
				hasher.number(feature.getFeatureID());
				if (!object.eIsSet(feature)) {
					hasher.number(-1);
				} else if (feature instanceof EReference reference) {
					hasher.references(object, reference);
				} else {
					hasher.attribute(object, (EAttribute) feature);
				}
			}
		}
		return hasher.value == 0 ? 1 : hasher.value;
	}

	/** A multiply-xorshift hash over tokens; not cryptographic, only a content stamp. */
	private static final class Hasher {

		long value = 0x6A09E667F3BCC908L;

		void number(long token) {
			value = (value ^ token) * MULTIPLIER;
			value ^= value >>> 29;
		}

		void text(String text) {
			if (text == null) {
				number(-2);
				return;
			}
			number(text.length());
			for (int i = 0; i < text.length(); i++) {
				number(text.charAt(i));
			}
		}

		@SuppressWarnings("unchecked")
		void references(EObject object, EReference reference) {
			Object value = object.eGet(reference, false);
			if (reference.isMany()) {
				List<EObject> targets = (List<EObject>) value;
				number(targets.size());
				for (EObject target : targets) {
					text(ObjectIds.of(target));
				}
			} else {
				text(ObjectIds.of((EObject) value));
			}
		}

		void attribute(EObject object, EAttribute attribute) {
			Object value = object.eGet(attribute);
			if (attribute.isMany()) {
				List<?> values = (List<?>) value;
				number(values.size());
				values.forEach(element -> value(attribute.getEAttributeType(), element));
			} else {
				value(attribute.getEAttributeType(), value);
			}
		}

		void value(EDataType type, Object value) {
			if (value == null) {
				number(-3);
			} else if (value instanceof String text) {
				text(text);
			} else if (value instanceof Enumerator literal) {
				number(literal.getValue());
			} else if (value instanceof Boolean flag) {
				number(flag ? 1 : 0);
			} else if (value instanceof Double number) {
				number(Double.doubleToLongBits(number));
			} else if (value instanceof Float number) {
				number(Float.floatToIntBits(number));
			} else if (value instanceof Number number && !(value instanceof BigDecimal)) {
				number(number.longValue());
			} else if (value instanceof Instant instant) {
				number(instant.getEpochSecond());
				number(instant.getNano());
			} else if (value instanceof LocalDate date) {
				number(date.toEpochDay());
			} else if (value instanceof LocalTime time) {
				number(time.toNanoOfDay());
			} else if (value instanceof ZoneId zone) {
				text(zone.getId());
			} else {
				text(EcoreUtil.convertToString(type, value));
			}
		}
	}
}
