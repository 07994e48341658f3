// SPDX-License-Identifier: EPL-2.0
package org.advocacy.benchmarks;

/** What a trial's set-up does last, so its work is not measured as part of the benchmark. */
final class Heap {

	private Heap() {
	}

	/**
	 * Collects the set-up's garbage and moves what it built (up to 800 MB of model) into the old generation. Left to
	 * itself, G1 copies a freshly built model between survivor spaces over many young collections, and those pauses
	 * fell into the first measured iterations of whichever benchmark ran next: its time and error grew, which is why
	 * the five review metrics once measured more than the snapshot and the metrics measured apart. A workbench has
	 * long promoted a repository it opened before anyone asks for its metrics.
	 */
	static void settle() {
		System.gc();
	}
}
