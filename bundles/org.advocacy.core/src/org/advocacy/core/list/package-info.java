// SPDX-License-Identifier: EPL-2.0
/**
 * The advocate's own list (whitepaper, time management: one list, priorities A, B, C, delegate, eliminate): what one
 * person owes across every engagement — plan tasks, action items, root-cause commitments, customer updates — as
 * {@link org.advocacy.core.list.PersonalLists} computes it, headless, from the model.
 */
package org.advocacy.core.list;
