// SPDX-License-Identifier: EPL-2.0
/**
 * Exports from a repository: Situation Summaries as HTML and Markdown, the one-page executive status as HTML and PDF, customer update drafts tailored to their audience (plain text for e-mail, Markdown, HTML), and get-well plans for Microsoft Project. Everything users typed is escaped in the formats with markup.
 */
package org.advocacy.core.exports;
