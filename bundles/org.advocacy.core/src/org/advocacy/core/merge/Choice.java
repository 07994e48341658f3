// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.merge;

/** Which version of a conflicting value the user keeps. */
public enum Choice {
	/** The value before either side changed it (for a deletion conflict: the object as it was). */
	ORIGINAL,
	/** The value saved by the other person (for a deletion conflict: their edit, or their deletion). */
	THEIRS,
	/** The user's own value (for a deletion conflict: their edit, or their deletion). */
	MINE
}
