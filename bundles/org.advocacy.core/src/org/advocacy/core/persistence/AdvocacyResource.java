// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An Advocacy repository file ({@code *.advocacy}): XMI in which every object carries a UUID, so that
 * references stay valid when objects move and later merges can match objects across versions.
 * <p>
 * Two guarantees hold for every caller, the workbench editors included:
 * <ul>
 * <li><b>Loading is safe.</b> The XML parser refuses DOCTYPE declarations, so external entities are never
 * resolved and entity-expansion bombs ("billion laughs") never expand.</li>
 * <li><b>Saving is atomic.</b> For a file URI the content is written to a temporary sibling file, flushed to
 * disk and then moved over the target. If anything fails before the move, the previous version is untouched
 * and the temporary file is removed.</li>
 * </ul>
 */
public class AdvocacyResource extends XMIResourceImpl {

	/** File extension of Advocacy repositories. */
	public static final String FILE_EXTENSION = "advocacy";

	/** Parsers are expensive to create; the pool keys them by their (secure) feature settings. */
	private static final XMLParserPool PARSER_POOL = new XMLParserPoolImpl();

	/** Creates a resource for the given URI; use {@link AdvocacyResourceFactory} in resource sets. */
	public AdvocacyResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(secureLoadOptions());
		getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
		getDefaultSaveOptions().put(XMLResource.OPTION_LINE_WIDTH, 120);
		getDefaultSaveOptions().put(XMLResource.OPTION_PROCESS_DANGLING_HREF,
				XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
	}

	/**
	 * Gives a new, not yet contained object the UUID it will have once it is added to a repository resource —
	 * whether directly or by a command executed later. Merging and saving use it to create objects that keep the
	 * UUIDs they have in another version of the document.
	 *
	 * @param object a new object, not in any resource
	 * @param id     its UUID
	 */
	public static void assignIdOnAttach(EObject object, String id) {
		DETACHED_EOBJECT_TO_ID_MAP.put(object, id);
	}

	@Override
	protected boolean useUUIDs() {
		return true;
	}

	/**
	 * Writes the resource atomically when it lives in a local file; other URIs are saved the ordinary way.
	 */
	@Override
	public void save(Map<?, ?> options) throws IOException {
		URI uri = getURI();
		if (uri == null || !uri.isFile()) {
			super.save(options);
			return;
		}
		AtomicFiles.write(Path.of(uri.toFileString()), out -> save(out, options));
		setModified(false);
	}

	/**
	 * Parser settings that refuse DOCTYPE declarations and with them every kind of entity. Advocacy files never
	 * need a DTD, so a file that declares one is treated as hostile.
	 */
	static Map<Object, Object> secureLoadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}
}
