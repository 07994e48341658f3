// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.core.imports.CsvImport;
import org.advocacy.core.imports.CsvImporter;
import org.advocacy.core.imports.CustomerCsvImporter;
import org.advocacy.core.imports.ImportProblem;
import org.advocacy.core.imports.WhoToCallCsvImporter;
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
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * {@code import who-to-call|customers <repository> <csv>}: replaces the who-to-call ladders of the areas the CSV
 * names, or adds and updates the customers and contacts it lists, and saves the repository file atomically; into a
 * team repository, the who-to-call matrix saves the organization document (a version conflict or a role that may not
 * write is reported, and nothing is saved). A CSV file with problems is reported in full — every problem with its
 * line and column — and nothing is imported.
 */
final class ImportCommand extends NamedCommand {

	private static final String WHO_TO_CALL = "who-to-call";
	private static final String CUSTOMERS = "customers";

	ImportCommand() {
		super("import",
				"import who-to-call|customers <repository> <csv>   import the who-to-call matrix or customers from CSV");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = parse(arguments, Set.of(), 3, "who-to-call or customers, the repository and the CSV file");
		String kind = parsed.positional(0);
		if (!WHO_TO_CALL.equals(kind) && !CUSTOMERS.equals(kind)) {
			throw new UsageException("import: 'who-to-call' or 'customers' can be imported, not '" + kind + "'.");
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
				CsvImport prepared = execute(kind, domain, repository, csv, file.file().toAbsolutePath().toString(),
						context);
				if (prepared == null) {
					return FAILED;
				}
				resource.save(Map.of());
				reportImported(kind, csv, file.file().toAbsolutePath().toString(), prepared, context);
				return OK;
			}
			if (CUSTOMERS.equals(kind)) {
				throw new UsageException("import: customers are imported into a repository file; for a team "
						+ "repository, import them into its exported file and `advocacy team import` it, or use the "
						+ "workbench's Reference Data editor.");
			}
			try (Repository repository = context.open(location)) {
				RepositoryModel model = repository.openModel(domain.getResourceSet());
				String where = repository.location().display();
				CsvImport prepared = execute(kind, domain, model.root(), csv, where, context);
				if (prepared == null) {
					return FAILED;
				}
				SaveResult result = repository.save(model, Documents.idOf(model.root().getOrganization()));
				if (result instanceof SaveResult.VersionConflict conflict) {
					context.err().println("Version conflict: " + conflict.describe() + ". Nothing was saved; run the "
							+ "import again to apply it to the current organization.");
					return FAILED;
				}
				reportImported(kind, csv, where + " (organization version " + ((SaveResult.Saved) result).version()
						+ ")", prepared, context);
				return OK;
			}
		} finally {
			adapterFactory.dispose();
		}
	}

	/**
	 * Prepares the import and executes it on the domain.
	 *
	 * @return the executed import, or {@code null} after reporting every problem of a file that is not clean
	 */
	private static CsvImport execute(String kind, EditingDomain domain, AdvocacyRepository repository, Path csv,
			String where, CliContext context) throws IOException {
		CsvImporter<?, ?> importer = CUSTOMERS.equals(kind) ? new CustomerCsvImporter(domain, repository)
				: new WhoToCallCsvImporter(domain, repository.getOrganization());
		CsvImport prepared = importer.prepare(csv);
		if (!prepared.isClean()) {
			context.err().println(prepared.report());
			context.err().println(where + " is unchanged.");
			return null;
		}
		domain.getCommandStack().execute(prepared.command());
		return prepared;
	}

	private static void reportImported(String kind, Path csv, String where, CsvImport prepared, CliContext context) {
		context.out().println("Imported " + (CUSTOMERS.equals(kind) ? "customers and contacts" : "the who-to-call matrix")
				+ " from " + csv + " into " + where + ". " + prepared.summary());
		for (ImportProblem note : prepared.notes()) {
			context.out().println("  " + note);
		}
	}
}
