// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.util.Map;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A pool of (secure) SAX parsers that lets go of the last load when a parser is returned.
 * <p>
 * A pooled parser keeps the handlers it parsed with, and EMF's handler holds the loaded resource and everything it
 * kept while loading (the references it resolved at the end, for one). {@link XMLParserPoolImpl} alone therefore
 * keeps the last repository opened alive until the next load: a closed 10,000-engagement repository went on
 * holding some 270 MB. Parsers are reset to no handlers instead; their features (DOCTYPE refusal) stay as set.
 */
final class ReleasingParserPool extends XMLParserPoolImpl {

	@Override
	public synchronized void release(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties,
			boolean useLexicalHandler) {
		try {
			XMLReader reader = parser.getXMLReader();
			reader.setContentHandler(null);
			reader.setErrorHandler(null);
			reader.setDTDHandler(null);
			reader.setEntityResolver(null);
		} catch (SAXException e) {
			// A parser that cannot be cleared is not pooled: the next load creates a fresh one.
			return;
		}
		super.release(parser, features, properties, useLexicalHandler);
	}
}
