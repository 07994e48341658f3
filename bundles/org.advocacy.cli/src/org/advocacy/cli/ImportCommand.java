// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.core.imports.WhoToCallCsvImporter;
import org.advocacy.core.imports.WhoToCallImport;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.FileLocation;
import org.advocacy.core.repository.Repository;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * {@code import who-to-call <repository> <csv>}: replaces the who-to-call ladders of the areas the CSV names and
 * saves the repository file atomically, or the organization document of a team repository (a version conflict or a
 * role that may not write is reported, and nothing is saved). A CSV file with problems is reported in full — every
 * problem with its line and column — and nothing is imported.
 */
final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String synopsis() {
		return "import who-to-call <repository> <csv>        import the who-to-call matrix from CSV";
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of())
				.expectPositional(3, "who-to-call, the repository and the CSV file");
		if (!"who-to-call".equals(parsed.positional(0))) {
			throw new UsageException("import: only 'who-to-call' can be imported, not '" + parsed.positional(0) + "'.");
		}
		String location = parsed.positional(1);
		Path csv = parsed.path(2);
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
		try {
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory,
					new BasicCommandStack(), RepositoryStore.newResourceSet());
			if (context.location(location) instanceof FileLocation file) {
				Resource resource = context.store().load(domain.getResourceSet(), file.file());
				AdvocacyRepository repository = (AdvocacyRepository) resource.getContents().get(0);
				if (!execute(domain, repository, csv, file.file().toAbsolutePath().toString(), context)) {
					return FAILED;
				}
				resource.save(Map.of());
				context.out().println("Imported the who-to-call matrix from " + csv + " into "
						+ file.file().toAbsolutePath() + ".");
				return OK;
			}
			try (Repository repository = context.open(location)) {
				RepositoryModel model = repository.openModel(domain.getResourceSet());
				String where = repository.location().display();
				if (!execute(domain, model.root(), csv, where, context)) {
					return FAILED;
				}
				SaveResult result = repository.save(model, Documents.idOf(model.root().getOrganization()));
				if (result instanceof SaveResult.VersionConflict conflict) {
					context.err().println("Version conflict: " + conflict.describe() + ". Nothing was saved; run the "
							+ "import again to apply it to the current organization.");
					return FAILED;
				}
				context.out().println("Imported the who-to-call matrix from " + csv + " into " + where
						+ " (organization version " + ((SaveResult.Saved) result).version() + ").");
				return OK;
			}
		} finally {
			adapterFactory.dispose();
		}
	}

	/** Prepares the import and executes it on the domain; reports every problem and returns false if there is one. */
	private static boolean execute(AdapterFactoryEditingDomain domain, AdvocacyRepository repository, Path csv,
			String where, CliContext context) throws IOException {
		WhoToCallImport prepared = new WhoToCallCsvImporter(domain, repository.getOrganization()).prepare(csv);
		if (!prepared.isClean()) {
			context.err().println(prepared.report());
			context.err().println(where + " is unchanged.");
			return false;
		}
		domain.getCommandStack().execute(prepared.command());
		return true;
	}
}
