// SPDX-License-Identifier: EPL-2.0
/**
 * The escalation engine: who to contact now on an area's who-to-call ladder, when the next step falls due and why, warnings before a breach, and the customer-update cadence. Pure functions of the model and an injected clock.
 */
package org.advocacy.core.escalation;
