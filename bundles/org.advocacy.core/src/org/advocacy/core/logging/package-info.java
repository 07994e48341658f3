// SPDX-License-Identifier: EPL-2.0
/**
 * The logging of the libraries the product bundles (PDFBox, openhtmltopdf, POI, MPXJ, JAXB, Apache Commons): one
 * set-up, {@link org.advocacy.core.logging.LibraryLogging}, that the workbench and the command line each choose a
 * destination for. The product's own code does not log; it reports to the user.
 */
package org.advocacy.core.logging;
