// SPDX-License-Identifier: EPL-2.0
package org.advocacy.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.advocacy.core.list.OwedItem;
import org.advocacy.core.list.PersonLookup;
import org.advocacy.core.list.PersonalList;
import org.advocacy.core.list.PersonalLists;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.ListPriority;
import org.advocacy.model.Person;

/**
 * {@code list <repository> --person NAME [--now T]}: one person's own list — Today (the A items), the customer updates
 * due by tomorrow on their engagements, Incoming items to triage, then B, C, delegate and eliminate, and what they
 * crossed off in the last week — across every engagement and review of the repository.
 */
final class ListCommand extends NamedCommand {

	private static final DateTimeFormatter DUE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	ListCommand() {
		super("list", "list <repository> --person NAME [--now T]      a person's own list: today, incoming, A/B/C");
	}

	@Override
	public int run(List<String> arguments, CliContext context) throws Exception {
		Arguments parsed = parse(arguments, Set.of("person", "now"), 1, "one repository");
		if (!parsed.has("person")) {
			throw new UsageException("Say whose list to show with --person NAME.");
		}
		Instant now = parsed.instant("now", context.clock().instant());
		ZoneId zone = context.clock().getZone();
		AdvocacyRepository repository = EngagementLookup.wholeRepository(context, parsed.positional(0));
		Person person = PersonLookup.find(repository.getOrganization(), parsed.option("person", ""));
		PersonalList list = PersonalLists.of(repository, person, now, zone);

		context.out().println("List of " + person.getName() + " for " + list.day() + " (" + list.owed().size()
				+ " owed, " + list.overdue().size() + " overdue)");
		section(context, list, "Today (A)", list.today());
		context.out().println("Customer updates due by tomorrow (" + list.updatesDue().size() + ")");
		list.updatesDue().forEach(status -> context.out().println("  [ ] " + status.nextDueAt().atZone(zone)
				.format(DUE_TIME) + "  " + status.engagement().getKey() + "  " + status.reason()));
		section(context, list, "Incoming, to triage", list.incoming());
		section(context, list, "B", list.owed(ListPriority.B));
		section(context, list, "C", list.owed(ListPriority.C));
		section(context, list, "Delegate", list.owed(ListPriority.DELEGATE));
		section(context, list, "Eliminate", list.owed(ListPriority.ELIMINATE));
		section(context, list, "Crossed off in the last " + PersonalLists.CROSSED_OFF_DAYS + " days",
				list.crossedOff());
		return OK;
	}

	private static void section(CliContext context, PersonalList list, String title, List<OwedItem> items) {
		context.out().println(title + " (" + items.size() + ")");
		for (OwedItem item : items) {
			context.out().printf("  [%s] %-10s  %-9s %-11s %s%s%n", item.isCrossedOff() ? "x" : " ",
					item.due() == null ? "-" : item.due(), item.engagementKey().isEmpty() ? "-" : item.engagementKey(),
					item.kind().label(), item.title(), item.isOverdueOn(list.day()) ? "  (overdue)" : "");
		}
	}
}
