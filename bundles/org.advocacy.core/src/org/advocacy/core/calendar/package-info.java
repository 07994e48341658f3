// SPDX-License-Identifier: EPL-2.0
/**
 * Business calendars as time arithmetic: working days and holidays for plan scheduling, and working hours in a
 * time zone (across daylight-saving changes) for business-hours escalation timeouts and customer-update
 * cadences. Everything is a pure function of the model and the instants passed in.
 */
package org.advocacy.core.calendar;
