// SPDX-License-Identifier: EPL-2.0
/**
 * The rules the tool keeps for the advocate, as an EMF EValidator run by the Diagnostician, and the engagement
 * lifecycle: which state transitions are allowed now and, when not, why — in words a support manager understands.
 * <p>
 * Entry points: {@link org.advocacy.core.validation.AdvocacyValidation} validates a repository (or registers the
 * {@link org.advocacy.core.validation.AdvocacyValidator} with EMF); every finding carries the stable code of a
 * {@link org.advocacy.core.validation.Rule} and the offending object and feature.
 * {@link org.advocacy.core.validation.EngagementLifecycle} answers which moves an engagement may make now and
 * describes their follow-up as {@link org.advocacy.core.validation.ModelChange}s;
 * {@link org.advocacy.core.validation.RelatedIncidents} turns a similar but separate incident into a new, linked
 * engagement. Nothing here reads the clock or changes the model by itself.
 */
package org.advocacy.core.validation;
