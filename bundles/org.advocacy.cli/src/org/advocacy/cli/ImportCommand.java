// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advocacy.core.imports.WhoToCallCsvImporter;
import org.advocacy.core.imports.WhoToCallImport;
import org.advocacy.core.persistence.RepositoryStore;
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * {@code import who-to-call <file> <csv>}: replaces the who-to-call ladders of the areas the CSV names and saves
 * the repository atomically. A file with problems is reported in full — every problem with its line and column —
 * and nothing is imported.
 */
final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String synopsis() {
		return "import who-to-call <file> <csv>              import the who-to-call matrix from CSV";
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = Arguments.parse(name(), arguments, Set.of())
				.expectPositional(3, "who-to-call, the repository file and the CSV file");
		if (!"who-to-call".equals(parsed.positional(0))) {
			throw new UsageException("import: only 'who-to-call' can be imported, not '" + parsed.positional(0) + "'.");
		}
		Path file = parsed.path(1);
		Path csv = parsed.path(2);
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
		try {
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory,
					new BasicCommandStack(), RepositoryStore.newResourceSet());
			Resource resource = context.store().load(domain.getResourceSet(), file);
			AdvocacyRepository repository = (AdvocacyRepository) resource.getContents().get(0);
			WhoToCallImport prepared = new WhoToCallCsvImporter(domain, repository.getOrganization()).prepare(csv);
			if (!prepared.isClean()) {
				context.err().println(prepared.report());
				context.err().println(file.toAbsolutePath() + " is unchanged.");
				return FAILED;
			}
			domain.getCommandStack().execute(prepared.command());
			resource.save(Map.of());
			context.out().println("Imported the who-to-call matrix from " + csv + " into " + file.toAbsolutePath() + ".");
			return OK;
		} finally {
			adapterFactory.dispose();
		}
	}
}
