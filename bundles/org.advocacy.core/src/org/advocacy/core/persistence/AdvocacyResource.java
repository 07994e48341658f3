// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

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
 * <li><b>Older files open.</b> Fields that earlier versions wrote and the model no longer has are read into their
 * current form ({@link LegacyFieldsHandler}); any other unknown field is refused.</li>
 * </ul>
 * <p>
 * Loading a large file is what opening a repository costs, so it avoids EMF's avoidable work: references are
 * resolved once at the end through the UUID map (which is sized from the file before it fills), objects are
 * mapped to their UUIDs by identity, XML names are matched to features through a map kept by the resource, and
 * instants and dates are read without the general-purpose date parser ({@link AdvocacyXMLHelper}).
 */
public class AdvocacyResource extends XMIResourceImpl {

	/** File extension of Advocacy repositories. */
	public static final String FILE_EXTENSION = "advocacy";

	/**
	 * Parsers are expensive to create; the pool keys them by their (secure) feature settings and does not keep the
	 * last load alive.
	 */
	private static final XMLParserPool PARSER_POOL = new ReleasingParserPool();

	/**
	 * Bytes of XMI per object, rounded down from the sample repositories (about 250), to size the UUID maps from the
	 * file: a slightly larger map costs a few megabytes, growing it while loading costs rehashing every entry.
	 */
	private static final int BYTES_PER_OBJECT = 200;

	/** Characters of XMI a save collects before writing them out. */
	private static final int SAVE_FLUSH_THRESHOLD = 1 << 20;

	/** Creates a resource for the given URI; use {@link AdvocacyResourceFactory} in resource sets. */
	public AdvocacyResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(loadOptions());
		getDefaultSaveOptions().putAll(saveOptions());
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

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new LegacyFieldsHandler(resource, helper, options);
			}
		};
	}

	/**
	 * Objects are found by their UUID only. The model declares no ID attributes, so EMF's fallback of searching the
	 * whole content for an ID attribute could never find anything; it would only make each dangling reference in a
	 * (broken or hostile) file cost a walk over every object.
	 */
	@Override
	protected boolean useIDAttributes() {
		return false;
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new AdvocacyXMLHelper(this);
	}

	/**
	 * The object-to-UUID map compares objects by identity, as EMF objects define equality; an identity map stores its
	 * entries inline instead of allocating a node for each of the hundreds of thousands of objects.
	 */
	@Override
	public Map<EObject, String> getEObjectToIDMap() {
		if (eObjectToIDMap == null) {
			eObjectToIDMap = new IdentityHashMap<>();
		}
		return eObjectToIDMap;
	}

	/** Sizes the UUID maps for the objects the stream will bring before EMF starts filling them. */
	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		int expectedObjects = inputStream.available() / BYTES_PER_OBJECT;
		if (expectedObjects > 0 && (eObjectToIDMap == null || eObjectToIDMap.isEmpty())) {
			eObjectToIDMap = new IdentityHashMap<>(expectedObjects);
			idToEObjectMap = HashMap.newHashMap(expectedObjects);
		}
		super.doLoad(inputStream, options);
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
	 * Save settings: UTF-8, formatted with lines of at most 120 characters so that versions of a file compare line by
	 * line, references outside the repository refused. The document is handed to the file every million characters
	 * instead of being built whole in memory first (a 10,000-engagement repository is 133 MB of text). It goes to a
	 * temporary file anyway ({@link AtomicFiles}), so EMF's own file buffer is not needed.
	 */
	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, SAVE_FLUSH_THRESHOLD);
		return options;
	}

	/**
	 * Parser settings that refuse DOCTYPE declarations and with them every kind of entity. Advocacy files never
	 * need a DTD, so a file that declares one is treated as hostile. The other options make loading large files
	 * fast: pooled parsers, one name-to-feature map per resource, the encoding taken from the parser rather than
	 * sniffed beforehand, no lexical (comment and CDATA) events, and references resolved in one pass at the end,
	 * when every UUID is known.
	 */
	static Map<Object, Object> loadOptions() {
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
		options.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}
}
