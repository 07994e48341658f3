// SPDX-License-Identifier: EPL-2.0
/**
 * Starting from nothing: a new repository for a support organization, with its default business calendar (working
 * days, hours in its time zone, the public holidays of its country or region from the Jollyday holiday library),
 * the whitepaper's standard functional areas with empty who-to-call ladders, starter customer segments with their
 * service targets, and the reasons for engagement taken from the whitepaper's triggers. The workbench's
 * <i>New Advocacy Repository</i> wizard and {@code advocacy init} both build a {@link
 * org.advocacy.core.setup.NewRepositoryRequest} and hand it to the {@link org.advocacy.core.setup.RepositoryInitializer}.
 */
package org.advocacy.core.setup;
