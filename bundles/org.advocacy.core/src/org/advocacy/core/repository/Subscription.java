// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.repository;

/** A running change feed; closing it stops the calls to its listener. Closing twice does nothing. */
public interface Subscription extends AutoCloseable {

	@Override
	void close();
}
