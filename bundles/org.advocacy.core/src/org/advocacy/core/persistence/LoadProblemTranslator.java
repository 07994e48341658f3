// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.persistence;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * Turns the exceptions EMF and the XML parser raise while loading into a {@link RepositoryLoadException} with
 * the file, the line and column, and a reason in plain words. Public so that the team repository reports its
 * stored documents' problems in the same words.
 */
public final class LoadProblemTranslator {

	private LoadProblemTranslator() {
	}

	/**
	 * @param file    what was being read
	 * @param failure what EMF or the parser raised
	 * @return the problem with line, column and reason
	 */
	public static RepositoryLoadException translate(Path file, Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof SAXParseException parse) {
				return new RepositoryLoadException(file, parse.getLineNumber(), parse.getColumnNumber(),
						describeParseProblem(parse), failure);
			}
			if (cause instanceof XMIException xmi) {
				return new RepositoryLoadException(file, xmi.getLine(), xmi.getColumn(), describeModelProblem(xmi),
						failure);
			}
		}
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return new RepositoryLoadException(file, 0, 0, "the file could not be read (" + message + ")", failure);
	}

	private static Throwable next(Throwable cause) {
		if (cause instanceof Resource.IOWrappedException wrapped && wrapped.getCause() != cause) {
			return wrapped.getCause();
		}
		if (cause instanceof org.xml.sax.SAXException sax && sax.getException() != null) {
			return sax.getException();
		}
		return cause.getCause() == cause ? null : cause.getCause();
	}

	private static String describeParseProblem(SAXParseException parse) {
		String message = String.valueOf(parse.getMessage());
		if (message.contains("DOCTYPE")) {
			return "the file declares a DOCTYPE. Advocacy repositories never do, and declared entities "
					+ "(external entities, entity expansion) are refused for safety, so the file was not read";
		}
		if (message.contains("Premature end of file") || message.contains("must start and end within the same entity")
				|| message.contains("XML document structures must")) {
			return "the file ends unexpectedly; it looks truncated (" + message + ")";
		}
		return "the file is not well-formed XML (" + message + ")";
	}

	private static String describeModelProblem(XMIException xmi) {
		if (xmi instanceof PackageNotFoundException missing) {
			return "the file is not an Advocacy repository: it uses the unknown namespace '" + missing.uri()
					+ "' (expected an Advocacy model namespace)";
		}
		if (xmi instanceof ClassNotFoundException missing) {
			return "the file refers to an unknown kind of object '" + missing.getName() + "'";
		}
		if (xmi instanceof FeatureNotFoundException missing) {
			return "the file contains an unknown field '" + missing.getName() + "'";
		}
		return "the content is not a valid Advocacy repository (" + xmi.getMessage() + ")";
	}
}
