// SPDX-License-Identifier: EPL-2.0
package org.advocacy.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import org.advocacy.core.repository.DocumentId;
import org.advocacy.core.repository.DocumentKind;
import org.advocacy.core.repository.Documents;
import org.advocacy.core.repository.EngagementHeader;
import org.advocacy.core.repository.HistoryEntry;
import org.advocacy.core.repository.InvalidContentException;
import org.advocacy.core.repository.RepositoryModel;
import org.advocacy.core.repository.SaveResult;
import org.advocacy.core.repository.Watermark;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.ColourOverride;
import org.advocacy.model.Customer;
import org.advocacy.model.Engagement;
import org.advocacy.model.StatusColour;
import org.advocacy.team.TeamAdministration.Role;
import org.advocacy.tests.harness.team.PostgresExtension;
import org.advocacy.tests.harness.team.SampleTeam;
import org.advocacy.tests.harness.team.TestDatabase;
import org.advocacy.team.schema.SchemaMigrator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQL metacharacters and injection attempts in every text are stored and returned verbatim; a hostile or broken
 * stored document is refused with the same safety as a file.
 */
@ExtendWith(PostgresExtension.class)
class HostileInputTest {

	/** Quotes, comments, dollar quotes, JSON and XML metacharacters, format specifiers, control characters. */
	private static final String NASTY = "Robert'); DROP TABLE advocacy.document; -- \"quoted\" \\back\\slash "
			+ "$$dollar$$ $tag$ %s %I %L {\"json\": [1]} <tag attr='x'>&amp;</tag> ]]> <!DOCTYPE x [<!ENTITY e "
			+ "\"boom\">]>&e; \t tab\nnew line\r\n\u00e9\u202e\ud83d\ude00 ' OR '1'='1";

	private static String advocate;

	@BeforeAll
	static void importSample(TestDatabase database) throws Exception {
		SampleTeam.importSample(database, "Team ' OR 1=1 --", 6);
		advocate = database.createUser("Team ' OR 1=1 --", Role.ADVOCATE);
	}

	@Test
	void metacharactersInEveryTextOfAnEngagementAndItsCustomerComeBackVerbatim(TestDatabase database)
			throws Exception {
		DocumentId id;
		DocumentId customerId;
		try (TeamRepository repository = database.open(advocate, NASTY)) {
			RepositoryModel model = SampleTeam.model(repository);
			Engagement engagement = SampleTeam.loadEngagement(repository, model, 0);
			id = Documents.idOf(engagement);
			engagement.setTitle(NASTY);
			engagement.setCustomerWords(NASTY);
			ColourOverride colour = AdvocacyFactory.eINSTANCE.createColourOverride();
			colour.setColour(StatusColour.RED);
			colour.setReason(NASTY);
			engagement.setColourOverride(colour);
			Customer customer = engagement.getCustomer();
			customerId = Documents.idOf(customer);
			customer.setName(NASTY);
			customer.setNotes(NASTY);
			assertInstanceOf(SaveResult.Saved.class, repository.save(model, customerId));
			assertInstanceOf(SaveResult.Saved.class, repository.save(model, id));
		}
		try (TeamRepository other = database.openAsSuperuser("reader")) {
			RepositoryModel model = SampleTeam.model(other);
			Engagement engagement = (Engagement) other.load(model, id);
			assertEquals(NASTY, engagement.getTitle());
			assertEquals(NASTY, engagement.getCustomerWords());
			assertEquals(NASTY, engagement.getColourOverride().getReason());
			assertEquals(NASTY, engagement.getCustomer().getName());
			assertEquals(NASTY, engagement.getCustomer().getNotes());
			EngagementHeader header = other.listHeaders(Watermark.BEGINNING).engagements().stream()
					.filter(row -> row.id().equals(id.uuid())).findFirst().orElseThrow();
			assertEquals(NASTY, header.title());
			assertEquals(NASTY, header.customer().name());
			HistoryEntry last = other.history(id).getLast();
			assertEquals(NASTY, last.client());
			assertTrue(last.changes().stream().anyMatch(change -> change.feature().equals("title")
					&& NASTY.equals(change.newValue())), last.changes().toString());
		}
	}

	@Test
	void aUserAndTeamNamedLikeAnInjectionAreCreatedAndGrantedVerbatim(TestDatabase database) throws Exception {
		String login = database.name() + "_o'brien\"; DROP ROLE postgres; --";
		String team = "Team\"; DROP SCHEMA advocacy CASCADE; --";
		try (Connection admin = database.superuserConnection()) {
			TeamAdministration administration = new TeamAdministration(admin);
			administration.createLogin(login, TestDatabase.PASSWORD.toCharArray());
			administration.grant(login, team, Role.MANAGER);
		}
		try (TeamRepository repository = database.open(login, "odd names")) {
			assertEquals(login, repository.user().name());
			assertEquals(List.of(team), repository.user().teams());
			assertEquals(org.advocacy.core.repository.Role.MANAGER, repository.user().role());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// an external entity
			"<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
					+ "<advocacy:Engagement xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" "
					+ "xmlns:advocacy=\"NS\" xmi:id=\"ID\" title=\"&x;\"/>",
			// entity expansion
			"<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
					+ "<advocacy:Engagement xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" "
					+ "xmlns:advocacy=\"NS\" xmi:id=\"ID\" title=\"&b;\"/>",
			// a reference to a local file
			"<?xml version=\"1.0\"?><advocacy:Engagement xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" "
					+ "xmlns:advocacy=\"NS\" xmi:id=\"ID\"><customer href=\"file:/etc/passwd#x\"/></advocacy:Engagement>",
			// a reference to a web address
			"<?xml version=\"1.0\"?><advocacy:Engagement xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" "
					+ "xmlns:advocacy=\"NS\" xmi:id=\"ID\"><customer href=\"http://127.0.0.1:9/evil.advocacy#x\"/>"
					+ "</advocacy:Engagement>",
			// another kind of document under an engagement's id
			"<?xml version=\"1.0\"?><advocacy:Customer xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" "
					+ "xmlns:advocacy=\"NS\" xmi:id=\"ID\" name=\"not an engagement\"/>",
			// truncated
			"<?xml version=\"1.0\"?><advocacy:Engagement xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" "
					+ "xmlns:advocacy=\"NS\" xmi:id=\"ID\" title=\"cut",
			// an unknown model
			"<?xml version=\"1.0\"?><evil:Thing xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\" "
					+ "xmlns:evil=\"http://127.0.0.1:9/evil\" xmi:id=\"ID\"/>" })
	void aHostileOrBrokenStoredDocumentIsRefusedAndTheModelStaysAsItWas(String body, TestDatabase database)
			throws Exception {
		String id = "_hostile" + Integer.toHexString(body.hashCode()).replace('-', '0');
		String text = body.replace("NS", org.advocacy.model.AdvocacyPackage.eNS_URI).replace("ID", id);
		try (Connection superuser = database.superuserConnection();
				PreparedStatement save = superuser.prepareStatement("SELECT advocacy.save_document(?, 'engagement', "
						+ "'Team '' OR 1=1 --', 0, 'xmi', ?, 'hostile', ?::jsonb, '[]', 'attacker', "
								+ SchemaMigrator.clientVersion() + ")")) {
			save.setString(1, id);
			save.setString(2, text);
			save.setString(3, "{\"key\": \"HOSTILE-" + id + "\"}");
			save.execute();
		}
		try (TeamRepository repository = database.open(advocate, "reader")) {
			RepositoryModel model = SampleTeam.model(repository);
			int engagements = model.root().getEngagements().size();
			InvalidContentException refused = assertThrows(InvalidContentException.class,
					() -> repository.load(model, DocumentId.engagement(id)));
			assertTrue(refused.getMessage().contains(id), refused.getMessage());
			assertEquals(engagements, model.root().getEngagements().size());
			assertTrue(model.document(DocumentId.engagement(id)).isEmpty());
			assertTrue(repository.listDocuments(DocumentKind.ENGAGEMENT).stream()
					.anyMatch(document -> document.id().uuid().equals(id)), "the row itself is untouched");
		}
	}
}
