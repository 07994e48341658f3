// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.util.List;
import java.util.Set;

import org.advocacy.core.validation.AdvocacyValidation;
import org.advocacy.model.AdvocacyRepository;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code validate <repository>}: checks a repository against the rules the tool keeps for the advocate and prints every
 * finding; exits with 1 when there is an error.
 */
final class ValidateCommand extends NamedCommand {

	ValidateCommand() {
		super("validate",
				"validate <repository>                        check a repository against the advocacy rules");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = parse(arguments, Set.of(), 1, "one repository");
		AdvocacyRepository repository = EngagementLookup.wholeRepository(context, parsed.positional(0));
		Diagnostic result = AdvocacyValidation.validate(repository);
		int[] counts = new int[3];
		print(result, context, counts);
		context.out().printf("%d error(s), %d warning(s), %d note(s).%n", counts[0], counts[1], counts[2]);
		return counts[0] > 0 ? FAILED : OK;
	}

	private static void print(Diagnostic diagnostic, CliContext context, int[] counts) {
		if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() != Diagnostic.OK) {
			String severity = switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> "ERROR";
			case Diagnostic.WARNING -> "WARNING";
			default -> "NOTE";
			};
			counts["ERROR".equals(severity) ? 0 : "WARNING".equals(severity) ? 1 : 2]++;
			context.out().println(severity + ": " + diagnostic.getMessage());
		}
		diagnostic.getChildren().forEach(child -> print(child, context, counts));
	}
}
