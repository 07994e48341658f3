// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.review;

import java.util.Arrays;

import org.eclipse.emf.ecore.EObject;

/**
 * Numbers the distinct values of one dimension (segments, reasons, ...) in the order they are first met, by
 * identity, so the metrics can count in plain {@code int} arrays. {@code null} (not recorded) is a value too.
 * <p>
 * A snapshot asks for the number of a value four times per engagement, so this is a small open-addressing table of
 * values and numbers rather than an {@code IdentityHashMap<EObject, Integer>}: no unboxing, and the lookup of a
 * value already numbered touches only two short arrays.
 */
final class KeyIndex {

	/** Stands for {@code null} in {@link #slots}, where {@code null} marks a free slot. */
	private static final Object NOT_RECORDED = new Object();

	/** Open addressing with linear probing; the length is a power of two, at most half full. */
	private Object[] slots = new Object[16];
	/** The number of the value in the same slot. */
	private int[] numbers = new int[16];
	/** The values by number. */
	private EObject[] keys = new EObject[8];
	private int size;

	/** @return the number of a value, numbering it now if it is new */
	int indexOf(EObject key) {
		Object slotKey = key == null ? NOT_RECORDED : key;
		int mask = slots.length - 1;
		for (int slot = System.identityHashCode(slotKey) & mask;; slot = (slot + 1) & mask) {
			Object occupant = slots[slot];
			if (occupant == slotKey) {
				return numbers[slot];
			}
			if (occupant == null) {
				return add(key, slotKey, slot);
			}
		}
	}

	/** @return how many distinct values were numbered */
	int size() {
		return size;
	}

	/** @return the value with a number */
	EObject key(int index) {
		return keys[index];
	}

	private int add(EObject key, Object slotKey, int slot) {
		int number = size++;
		if (number == keys.length) {
			keys = Arrays.copyOf(keys, 2 * number);
		}
		keys[number] = key;
		slots[slot] = slotKey;
		numbers[slot] = number;
		if (2 * size > slots.length) {
			rehash();
		}
		return number;
	}

	private void rehash() {
		Object[] oldSlots = slots;
		int[] oldNumbers = numbers;
		slots = new Object[2 * oldSlots.length];
		numbers = new int[slots.length];
		int mask = slots.length - 1;
		for (int old = 0; old < oldSlots.length; old++) {
			if (oldSlots[old] != null) {
				int slot = System.identityHashCode(oldSlots[old]) & mask;
				while (slots[slot] != null) {
					slot = (slot + 1) & mask;
				}
				slots[slot] = oldSlots[old];
				numbers[slot] = oldNumbers[old];
			}
		}
	}
}
