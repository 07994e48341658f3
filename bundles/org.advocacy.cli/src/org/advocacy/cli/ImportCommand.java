// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

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
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * {@code import who-to-call|customers <file> <csv>}: replaces the who-to-call ladders of the areas the CSV names, or
 * adds and updates the customers and contacts it lists, and saves the repository atomically. A file with problems is
 * reported in full — every problem with its line and column — and nothing is imported.
 */
final class ImportCommand implements CliCommand {

	private static final String WHO_TO_CALL = "who-to-call";
	private static final String CUSTOMERS = "customers";

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String synopsis() {
		return "import who-to-call|customers <file> <csv>    import the who-to-call matrix or customers from CSV";
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of())
				.expectPositional(3, "who-to-call or customers, the repository file and the CSV file");
		String kind = parsed.positional(0);
		if (!WHO_TO_CALL.equals(kind) && !CUSTOMERS.equals(kind)) {
			throw new UsageException("import: 'who-to-call' or 'customers' can be imported, not '" + kind + "'.");
		}
		Path file = parsed.path(1);
		Path csv = parsed.path(2);
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
		try {
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory,
					new BasicCommandStack(), RepositoryStore.newResourceSet());
			Resource resource = context.store().load(domain.getResourceSet(), file);
			AdvocacyRepository repository = (AdvocacyRepository) resource.getContents().get(0);
			CsvImport prepared = importer(kind, domain, repository).prepare(csv);
			if (!prepared.isClean()) {
				context.err().println(prepared.report());
				context.err().println(file.toAbsolutePath() + " is unchanged.");
				return FAILED;
			}
			domain.getCommandStack().execute(prepared.command());
			resource.save(Map.of());
			context.out().println("Imported " + (CUSTOMERS.equals(kind) ? "customers and contacts"
					: "the who-to-call matrix") + " from " + csv + " into " + file.toAbsolutePath() + ". "
					+ prepared.summary());
			for (ImportProblem note : prepared.notes()) {
				context.out().println("  " + note);
			}
			return OK;
		} finally {
			adapterFactory.dispose();
		}
	}

	private static CsvImporter<?, ?> importer(String kind, EditingDomain domain, AdvocacyRepository repository) {
		return CUSTOMERS.equals(kind) ? new CustomerCsvImporter(domain, repository)
				: new WhoToCallCsvImporter(domain, repository.getOrganization());
	}
}
