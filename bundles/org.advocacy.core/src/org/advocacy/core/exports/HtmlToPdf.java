// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders the well-formed XHTML pages of {@link HtmlReportWriter} to PDF with openhtmltopdf on PDFBox, so the PDF
 * shows exactly what the HTML export shows. Nothing outside the page is ever read: the page is parsed with
 * external entities and DTDs disabled, and every external resource (images, style sheets, fonts, links) is refused
 * before and after URI resolution, so text a user typed cannot make the renderer touch the network or the disk.
 * The one exception is a PNG embedded in the page as a {@code data:} URI (a chart the program drew), which reads
 * nothing outside the page.
 * Only the PDF standard fonts are used.
 */
public final class HtmlToPdf {

	private static final String EMBEDDED_PNG = "data:image/png;base64,";

	private HtmlToPdf() {
	}

	/**
	 * @param xhtml a well-formed XHTML page
	 * @param out   receives the PDF; not closed
	 * @throws IOException when the page is not well-formed or the PDF cannot be written
	 */
	public static void render(String xhtml, OutputStream out) throws IOException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withW3cDocument(parse(xhtml), null);
		builder.useExternalResourceAccessControl(HtmlToPdf::isEmbeddedImage,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl(HtmlToPdf::isEmbeddedImage,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withProducer("Advocacy Workbench");
		builder.toStream(out);
		builder.run();
	}

	/** The only resource a page may use: a PNG embedded in the page itself (the review pack's charts). */
	private static boolean isEmbeddedImage(String uri, ExternalResourceType type) {
		return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith(EMBEDDED_PNG);
	}

	private static Document parse(String xhtml) throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException("The report page could not be prepared for PDF: " + e.getMessage(), e);
		}
	}
}
