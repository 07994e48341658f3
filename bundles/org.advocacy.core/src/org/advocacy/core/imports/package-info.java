// SPDX-License-Identifier: EPL-2.0
/**
 * Imports into a repository: the who-to-call matrix and the customers with their contacts from CSV
 * ({@link org.advocacy.core.imports.CsvImporter} and its subclasses share reading, the header, the checks every value
 * gets and the report), and get-well plans from Microsoft Project and the other formats MPXJ reads. Bad input yields
 * a report of every problem with its line and column and changes nothing.
 */
package org.advocacy.core.imports;
