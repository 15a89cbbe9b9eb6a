package org.benchwarden.sharing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.benchwarden.access.Aggregate;
import org.benchwarden.access.EntitlementResolver;
import org.benchwarden.access.Entitlements;
import org.benchwarden.access.View;
import org.benchwarden.access.ViewKind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads each template's example from src/test/resources/sharing and checks what its lead and a
 * member receive.
 */
class AgreementTemplateTests {

	private final EntitlementResolver resolver = new EntitlementResolver();

	private static SharingConfiguration loadResource(String folder) throws URISyntaxException {
		Path path = Path.of(AgreementTemplateTests.class.getResource("/sharing/" + folder).toURI());
		return new YamlSharingConfigurationLoader().load(path, SharingFixtures.directory(),
				SharingFixtures.catalogue());
	}

	private static List<ViewKind> kinds(Entitlements entitlements) {
		return entitlements.views().stream().map(View::kind).toList();
	}

	private static List<String> aggregateCodes(Entitlements entitlements, ViewKind kind) {
		return entitlements.views()
			.stream()
			.filter((view) -> view.kind() == kind)
			.flatMap((view) -> view.aggregates().stream())
			.map(Aggregate::code)
			.toList();
	}

	@Test
	void icbLeadSeesGroupAndConnectedAggregates() throws Exception {
		SharingConfiguration configuration = loadResource("icb-group");

		Entitlements lead = this.resolver.resolve(configuration, "QUE");

		assertEquals(List.of(ViewKind.GROUP_AGGREGATE, ViewKind.CONNECTED_GROUP_AGGREGATES), kinds(lead));
		assertEquals(List.of("PCN-U12345", "PCN-U88254"),
				aggregateCodes(lead, ViewKind.CONNECTED_GROUP_AGGREGATES));
		assertTrue(lead.individuallyVisiblePractices().isEmpty());
		assertEquals("Lead organisation (aggregated data only)", lead.views().get(0).role());
	}

	@Test
	void icbMemberSeesGroupAndConnectedAggregates() throws Exception {
		SharingConfiguration configuration = loadResource("icb-group");

		Entitlements member = this.resolver.resolve(configuration, "D81001");
		List<View> icbViews = member.views()
			.stream()
			.filter((view) -> view.grant().code().equals("ICB-QUE"))
			.toList();

		assertEquals(List.of(ViewKind.GROUP_AGGREGATE, ViewKind.CONNECTED_GROUP_AGGREGATES),
				icbViews.stream().map(View::kind).toList());
		assertEquals(List.of("ICB-QUE"), icbViews.get(0).aggregates().stream().map(Aggregate::code).toList());
		assertEquals(List.of("PCN-U12345", "PCN-U88254"),
				icbViews.get(1).aggregates().stream().map(Aggregate::code).toList());
		assertEquals("Member organisation (aggregated data only)", icbViews.get(0).role());
	}

	@Test
	void pcnLeadSeesEntireDataSet() throws Exception {
		SharingConfiguration configuration = loadResource("pcn-group");

		Entitlements lead = this.resolver.resolve(configuration, "U88254");

		assertEquals(List.of(ViewKind.GROUP_ORGANISATIONS, ViewKind.GROUP_AGGREGATE), kinds(lead));
		assertEquals(List.of("D81001", "D81002", "D81003"), lead.views().get(0).organisations());
		assertEquals("Lead organisation (entire data set)", lead.views().get(0).role());
	}

	@Test
	void pcnMemberSeesEntireDataSet() throws Exception {
		SharingConfiguration configuration = loadResource("pcn-group");

		Entitlements member = this.resolver.resolve(configuration, "D81002");

		assertEquals(List.of(ViewKind.OWN_DATA, ViewKind.GROUP_ORGANISATIONS, ViewKind.GROUP_AGGREGATE),
				kinds(member));
		assertEquals(List.of("D81001", "D81002", "D81003"), member.views().get(1).organisations());
		assertEquals("Member organisation (entire data set)", member.views().get(1).role());
	}

	@Test
	void federationLeadSeesDataSetAndConnected() throws Exception {
		SharingConfiguration configuration = loadResource("federation-group");

		Entitlements lead = this.resolver.resolve(configuration, "FED-CAMBS-01");

		assertEquals(List.of(ViewKind.GROUP_ORGANISATIONS, ViewKind.GROUP_AGGREGATE,
				ViewKind.CONNECTED_GROUP_AGGREGATES), kinds(lead));
		assertEquals(List.of("D81001", "D81002", "D81003", "D81004", "D81005"), lead.views().get(0).organisations());
		assertEquals(List.of("PCN-U12345", "PCN-U88254"), aggregateCodes(lead, ViewKind.CONNECTED_GROUP_AGGREGATES));
	}

	@Test
	void federationMemberSeesAggregatesOnly() throws Exception {
		SharingConfiguration configuration = loadResource("federation-group");

		Entitlements member = this.resolver.resolve(configuration, "D81004");
		List<View> federationViews = member.views()
			.stream()
			.filter((view) -> view.grant().code().equals("FED-CAMBS"))
			.toList();

		assertEquals(List.of(ViewKind.GROUP_AGGREGATE, ViewKind.CONNECTED_GROUP_AGGREGATES),
				federationViews.stream().map(View::kind).toList());
		assertEquals(List.of("PCN-U12345", "PCN-U88254"),
				federationViews.get(1).aggregates().stream().map(Aggregate::code).toList());
		assertEquals("Member organisation (aggregated data only)", federationViews.get(0).role());
	}

}
