/*
 * Copyright (c) 2026 Advocacy Workbench contributors
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.ToolFactory;
import org.eclipse.jdt.core.formatter.CodeFormatter;
import org.eclipse.jdt.core.formatter.DefaultCodeFormatterConstants;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.TextEdit;

/**
 * Runs EMF's code generator headlessly (plain Java, no OSGi, no workspace) for the Advocacy model.
 * <p>
 * The source of truth is {@code bundles/org.advocacy.model/model/advocacy.genmodel} and the {@code .ecore} next to
 * it. The generator writes the model code ({@code MODEL_PROJECT_TYPE}) and the item providers
 * ({@code EDIT_PROJECT_TYPE}) into a scratch directory; no editor and no tests are generated. Only the files this
 * tool owns are then taken over into the bundles:
 * <ul>
 * <li>{@code bundles/org.advocacy.model/src-gen/**} and {@code bundles/org.advocacy.model.edit/src-gen/**} — replaced
 * exactly, stale files are deleted;</li>
 * <li>{@code bundles/org.advocacy.model.edit/plugin.properties} — replaced (it holds the generated UI strings);</li>
 * <li>{@code bundles/org.advocacy.model.edit/icons/**} — only missing icons are added, as EMF does, so that a
 * hand-drawn icon survives regeneration.</li>
 * </ul>
 * The {@code MANIFEST.MF}, {@code plugin.xml} and {@code build.properties} that EMF also emits are discarded: the
 * bundles' own files are maintained by hand.
 * <p>
 * Standalone EMF does not format code, so the generated Java is formatted here with the JDT formatter's Eclipse
 * built-in profile, which is what the genmodel's {@code codeFormatting="true"} does inside an IDE with default
 * settings. Line ends are always LF. The output is deterministic.
 * <p>
 * Usage: {@code ModelGenerator [repositoryRoot [outputRoot]]}; the repository root defaults to {@code ../..} (the
 * root seen from this module) and the output root to the repository root.
 */
public final class ModelGenerator {

	/** The model bundle's symbolic name, also its folder under {@code bundles/}. */
	public static final String MODEL_BUNDLE = "org.advocacy.model";

	/** The edit bundle's symbolic name, also its folder under {@code bundles/}. */
	public static final String EDIT_BUNDLE = "org.advocacy.model.edit";

	/** The genmodel, relative to the repository root. */
	public static final String GENMODEL = "bundles/" + MODEL_BUNDLE + "/model/advocacy.genmodel";

	/** Folders, relative to the repository root, whose content is exactly the generated content. */
	public static final List<String> OWNED_FOLDERS = List.of("bundles/" + MODEL_BUNDLE + "/src-gen",
			"bundles/" + EDIT_BUNDLE + "/src-gen");

	/** Single files, relative to the repository root, that are replaced by the generated ones. */
	public static final List<String> OWNED_FILES = List.of("bundles/" + EDIT_BUNDLE + "/plugin.properties");

	/** The folder, relative to the repository root, into which missing generated icons are added. */
	public static final String ICONS_FOLDER = "bundles/" + EDIT_BUNDLE + "/icons";

	/** The edit bundle's name ({@code %pluginName} in its manifest). */
	public static final String EDIT_BUNDLE_NAME = "Advocacy Workbench Model Edit Support";

	/** The vendor of the bundles ({@code %providerName} in their manifests). */
	public static final String PROVIDER_NAME = "Advocacy Workbench";

	private static final String JAVA_LEVEL = "21";

	private ModelGenerator() {
	}

	/**
	 * The result of one generation, keyed by paths relative to the repository root using {@code /}.
	 *
	 * @param exact files that must match the committed ones byte for byte (after LF normalisation)
	 * @param icons generated icons, added only where missing
	 */
	public record GeneratedFiles(SortedMap<String, byte[]> exact, SortedMap<String, byte[]> icons) {
	}

	/**
	 * Entry point: regenerates into the bundles.
	 *
	 * @param args {@code [repositoryRoot [outputRoot]]}
	 * @throws IOException when reading the model or writing the output fails
	 */
	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : "../..").toAbsolutePath().normalize();
		Path outputRoot = args.length > 1 ? Path.of(args[1]).toAbsolutePath().normalize() : root;
		long start = System.nanoTime();
		GeneratedFiles files = generate(root);
		List<String> changes = write(files, outputRoot);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("Generated %d files and %d icons from %s into %s in %d ms; %d changed%n",
				files.exact().size(), files.icons().size(), GENMODEL, outputRoot, millis, changes.size());
		changes.forEach(change -> System.out.println("  " + change));
	}

	/**
	 * Generates the model and edit code from the genmodel under {@code root} into a scratch directory and returns the
	 * files this tool owns. Nothing under {@code root} is changed.
	 *
	 * @param root the repository root
	 * @return the generated files
	 * @throws IOException when the model cannot be read or the scratch directory cannot be written
	 */
	public static GeneratedFiles generate(Path root) throws IOException {
		Path scratch = Files.createTempDirectory("advocacy-codegen");
		try {
			runEmfGenerator(root.resolve(GENMODEL), scratch);
			return collect(scratch);
		} finally {
			deleteRecursively(scratch);
		}
	}

	/**
	 * Takes the generated files over into {@code outputRoot}: owned folders get exactly the generated content (stale
	 * files are deleted), owned files are replaced, icons are added where missing. Files whose content is unchanged
	 * are not touched.
	 *
	 * @param files the generated files
	 * @param outputRoot the repository root to write into
	 * @return one line per file added, changed or deleted
	 * @throws IOException when writing fails
	 */
	public static List<String> write(GeneratedFiles files, Path outputRoot) throws IOException {
		List<String> changes = new ArrayList<>();
		for (String folder : OWNED_FOLDERS) {
			for (String existing : listFiles(outputRoot, folder)) {
				if (!files.exact().containsKey(existing)) {
					Files.delete(outputRoot.resolve(existing));
					changes.add("deleted " + existing);
				}
			}
			deleteEmptyFolders(outputRoot.resolve(folder));
		}
		for (Map.Entry<String, byte[]> entry : files.exact().entrySet()) {
			Path target = outputRoot.resolve(entry.getKey());
			if (Files.isRegularFile(target)) {
				if (!Arrays.equals(Files.readAllBytes(target), entry.getValue())) {
					Files.write(target, entry.getValue());
					changes.add("changed " + entry.getKey());
				}
			} else {
				Files.createDirectories(target.getParent());
				Files.write(target, entry.getValue());
				changes.add("added " + entry.getKey());
			}
		}
		for (Map.Entry<String, byte[]> entry : files.icons().entrySet()) {
			Path target = outputRoot.resolve(entry.getKey());
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Files.write(target, entry.getValue());
				changes.add("added " + entry.getKey());
			}
		}
		return changes;
	}

	/**
	 * Lists the regular files under {@code folder}.
	 *
	 * @param root the repository root
	 * @param folder a folder relative to {@code root}
	 * @return the files, relative to {@code root} with {@code /} separators, sorted; empty if the folder is missing
	 * @throws IOException when the folder cannot be read
	 */
	public static List<String> listFiles(Path root, String folder) throws IOException {
		Path start = root.resolve(folder);
		if (!Files.isDirectory(start)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(start)) {
			return paths.filter(Files::isRegularFile).map(path -> relative(root, path)).sorted().toList();
		}
	}

	private static void runEmfGenerator(Path genModelFile, Path scratch) throws IOException {
		if (!Files.isRegularFile(genModelFile)) {
			throw new IOException("No genmodel at " + genModelFile);
		}
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		EcoreUtil.resolveAll(resourceSet);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		fail("The genmodel is not valid", genModel.diagnose());

		Map<String, URI> platformResourceMap = EcorePlugin.getPlatformResourceMap();
		synchronized (platformResourceMap) {
			Map<String, URI> previous = new HashMap<>();
			for (String bundle : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
				Path folder = Files.createDirectories(scratch.resolve(bundle));
				previous.put(bundle, platformResourceMap.put(bundle, URI.createFileURI(folder + "/")));
			}
			try {
				Generator generator = new Generator();
				generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
						GenModelGeneratorAdapterFactory.DESCRIPTOR);
				generator.setInput(genModel);
				fail("Generating the model code failed", generator.generate(genModel,
						GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
				fail("Generating the edit code failed", generator.generate(genModel,
						GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
			} finally {
				previous.forEach((bundle, uri) -> {
					if (uri == null) {
						platformResourceMap.remove(bundle);
					} else {
						platformResourceMap.put(bundle, uri);
					}
				});
			}
		}
	}

	private static GeneratedFiles collect(Path scratch) throws IOException {
		CodeFormatter formatter = ToolFactory.createCodeFormatter(formatterOptions());
		SortedMap<String, byte[]> exact = new TreeMap<>();
		SortedMap<String, byte[]> icons = new TreeMap<>();
		List<String> generated;
		try (Stream<Path> paths = Files.walk(scratch)) {
			generated = paths.filter(Files::isRegularFile).map(path -> relative(scratch, path)).sorted().toList();
		}
		for (String file : generated) {
			String target = "bundles/" + file;
			byte[] content = Files.readAllBytes(scratch.resolve(file));
			if (OWNED_FOLDERS.stream().anyMatch(folder -> target.startsWith(folder + "/"))) {
				String text = normalise(content);
				if (target.endsWith(".java")) {
					text = format(formatter, text, target);
				}
				exact.put(target, text.getBytes(StandardCharsets.UTF_8));
			} else if (OWNED_FILES.contains(target)) {
				exact.put(target, nameBundle(normalise(content)).getBytes(StandardCharsets.UTF_8));
			} else if (target.startsWith(ICONS_FOLDER + "/")) {
				icons.put(target, content);
			}
			// everything else (MANIFEST.MF, plugin.xml, build.properties, the model's plugin.properties) is discarded
		}
		if (exact.isEmpty()) {
			throw new IOException("EMF generated nothing into " + scratch);
		}
		return new GeneratedFiles(exact, icons);
	}

	/**
	 * Standalone EMF takes the edit bundle's name and vendor from the bundle's manifest when it can read one, and
	 * otherwise falls back to "www.example.org"; the scratch directory has no manifest, so set them here.
	 */
	private static String nameBundle(String properties) {
		return properties.replaceFirst("(?m)^pluginName = .*$", "pluginName = " + EDIT_BUNDLE_NAME)
				.replaceFirst("(?m)^providerName = .*$", "providerName = " + PROVIDER_NAME);
	}

	private static Map<String, String> formatterOptions() {
		Map<String, String> options = DefaultCodeFormatterConstants.getEclipseDefaultSettings();
		options.put(JavaCore.COMPILER_SOURCE, JAVA_LEVEL);
		options.put(JavaCore.COMPILER_COMPLIANCE, JAVA_LEVEL);
		options.put(JavaCore.COMPILER_CODEGEN_TARGET_PLATFORM, JAVA_LEVEL);
		return options;
	}

	private static String format(CodeFormatter formatter, String source, String file) throws IOException {
		TextEdit edit = formatter.format(CodeFormatter.K_COMPILATION_UNIT, source, 0, source.length(), 0, "\n");
		if (edit == null) {
			throw new IOException("The JDT formatter could not parse " + file);
		}
		IDocument document = new Document(source);
		try {
			edit.apply(document);
		} catch (BadLocationException e) {
			throw new IOException("Formatting " + file + " failed", e);
		}
		return document.get();
	}

	private static String normalise(byte[] content) {
		return new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
	}

	private static void fail(String message, Diagnostic diagnostic) throws IOException {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			StringBuilder text = new StringBuilder(message).append(':');
			append(text, diagnostic, "\n  ");
			throw new IOException(text.toString());
		}
	}

	private static void append(StringBuilder text, Diagnostic diagnostic, String indent) {
		text.append(indent).append(diagnostic.getMessage());
		if (diagnostic.getException() != null) {
			text.append(" (").append(diagnostic.getException()).append(')');
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			append(text, child, indent + "  ");
		}
	}

	private static String relative(Path root, Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

	private static void deleteEmptyFolders(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(folder) && Files.isDirectory(path)) {
					try (Stream<Path> children = Files.list(path)) {
						if (children.findAny().isEmpty()) {
							Files.delete(path);
						}
					}
				}
			}
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
