// SPDX-License-Identifier: EPL-2.0
package org.advocacy.notify.tests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves forward, so that passes run at chosen instants. */
final class MutableClock extends Clock {

	private volatile Instant now;

	MutableClock(Instant start) {
		now = start;
	}

	void set(Instant instant) {
		now = instant;
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}
}
