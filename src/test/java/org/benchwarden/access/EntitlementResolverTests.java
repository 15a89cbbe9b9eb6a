package org.benchwarden.access;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.benchwarden.sharing.SharingConfiguration;
import org.benchwarden.sharing.SharingFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitlementResolverTests {

	private static final String ORGANISATIONS = """
			organisations:
			  - {code: X24, name: NHS England, type: NATIONAL}
			  - {code: ARDENS, name: Ardens, type: OTHER}
			""";

	private static final String QOF_HEAD = ORGANISATIONS + """
			contracts:
			  - code: QOF-2025
			    name: QOF 2025/26
			    authority: X24
			""";

	@TempDir
	Path folder;

	private final EntitlementResolver resolver = new EntitlementResolver();

	private SharingConfiguration load(String yaml) {
		return SharingFixtures.load(this.folder, yaml);
	}

	private static Optional<View> view(Entitlements entitlements, String id) {
		return entitlements.views().stream().filter((view) -> view.id().equals(id)).findFirst();
	}

	private static List<String> ids(Entitlements entitlements) {
		return entitlements.views().stream().map(View::id).toList();
	}

	private static List<String> contributors(View view) {
		return view.aggregates().stream().flatMap((aggregate) -> aggregate.contributors().stream()).toList();
	}

	@Test
	void practiceAlwaysGetsOwnData() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {codes: [D81001, D81002]}
				    declined: [D81001]
				    authority-sees: [contract-aggregate]
				""");

		Entitlements entitlements = this.resolver.resolve(configuration, "D81001");

		assertEquals(List.of("own"), ids(entitlements));
		View own = entitlements.views().get(0);
		assertEquals(ViewKind.OWN_DATA, own.kind());
		assertEquals(Grant.GrantType.OWN_DATA, own.grant().type());
		assertEquals(List.of("D81001"), own.organisations());
	}

	@Test
	void nonPracticeHasNoOwnData() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {codes: [D81001, D81002]}
				    authority-sees: []
				""");

		Entitlements entitlements = this.resolver.resolve(configuration, "X24");

		assertTrue(entitlements.views().isEmpty());
	}

	@Test
	void recipientsAreEveryNamedOrganisation() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    managed-by: ARDENS
				    providers: {codes: [D81002, D81001]}
				    pending: [D81002]
				    authority-sees: []
				agreements:
				  - {code: PCN-U12345, template: pcn, lead: U12345, members: {codes: [D81004]}}
				""");

		List<Entitlements> all = this.resolver.resolve(configuration);

		List<String> codes = all.stream().map((entitlements) -> entitlements.recipient().odsCode()).toList();
		assertEquals(List.of("ARDENS", "D81001", "D81002", "D81004", "U12345", "X24"), codes);
	}

	@Test
	void unnamedRecipientIsRejected() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {codes: [D81001]}
				    authority-sees: []
				""");

		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> this.resolver.resolve(configuration, "D81006"));

		assertTrue(error.getMessage().contains("\"D81006\" is not named in the sharing configuration"));
	}

	@Test
	void providerSeesOnlyOwnData() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {practices-under: [U88254]}
				    authority-sees: [provider-data, contract-aggregate]
				""");

		Entitlements entitlements = this.resolver.resolve(configuration, "D81002");

		assertEquals(List.of("own"), ids(entitlements));
		assertEquals(Set.of("D81002"), entitlements.individuallyVisiblePractices());
	}

	@Test
	void providerSeesContractAggregateWhenAllowed() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {practices-under: [U88254]}
				    authority-sees: []
				    providers-see-contract-aggregate: true
				""");

		Entitlements entitlements = this.resolver.resolve(configuration, "D81002");

		View aggregate = view(entitlements, "contract:QOF-2025:aggregate").orElseThrow();
		assertEquals(EntitlementResolver.PROVIDER, aggregate.role());
		assertEquals(List.of("D81001", "D81002", "D81003"), contributors(aggregate));
		assertEquals(Set.of("QOF_PREV_AF"), aggregate.metricCodes());
	}

	@Test
	void authorityProviderDataListsAcceptedProviders() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {practices-under: [U88254]}
				    pending: [D81003]
				    authority-sees: [provider-data]
				""");

		Entitlements entitlements = this.resolver.resolve(configuration, "X24");

		View providers = view(entitlements, "contract:QOF-2025:providers").orElseThrow();
		assertEquals(ViewKind.CONTRACT_PROVIDERS, providers.kind());
		assertEquals(EntitlementResolver.AUTHORITY, providers.role());
		assertEquals(List.of("D81001", "D81002"), providers.organisations());
	}

	@Test
	void authorityGroupsProvidersByMappingRow() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {codes: [D81001, D81002, D82001, D83001]}
				    authority-sees: [provider-group-aggregates]
				    provider-groups: ICB
				""");

		Entitlements entitlements = this.resolver.resolve(configuration, "X24");

		View groups = view(entitlements, "contract:QOF-2025:provider-groups").orElseThrow();
		assertEquals(List.of("QUE"), groups.aggregates().stream().map(Aggregate::code).toList());
		assertEquals(List.of("D81001", "D81002", "D83001"), groups.aggregates().get(0).contributors());
	}

	@Test
	void authorityProviderGroupsByPcn() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {practices-under: [U88254, U12345]}
				    authority-sees: [provider-group-aggregates]
				""");

		Entitlements entitlements = this.resolver.resolve(configuration, "X24");

		View groups = view(entitlements, "contract:QOF-2025:provider-groups").orElseThrow();
		assertEquals(ViewKind.CONTRACT_PROVIDER_GROUP_AGGREGATES, groups.kind());
		assertEquals(List.of("U12345", "U88254"), groups.aggregates().stream().map(Aggregate::code).toList());
		assertEquals(List.of("D81004", "D81005"), groups.aggregates().get(0).contributors());
		assertEquals(List.of("D81001", "D81002", "D81003"), groups.aggregates().get(1).contributors());
	}

	@Test
	void authoritySeesOnlyConfiguredParts() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {practices-under: [U88254]}
				    authority-sees: [contract-aggregate]
				""");

		Entitlements entitlements = this.resolver.resolve(configuration, "X24");

		assertEquals(List.of("contract:QOF-2025:aggregate"), ids(entitlements));
		assertTrue(entitlements.individuallyVisiblePractices().isEmpty());
	}

	@Test
	void managingOrganisationSeesOnlyContractAggregate() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    managed-by: ARDENS
				    providers: {practices-under: [U88254]}
				    authority-sees: [provider-data, provider-group-aggregates, contract-aggregate]
				""");

		Entitlements entitlements = this.resolver.resolve(configuration, "ARDENS");

		assertEquals(List.of("contract:QOF-2025:aggregate"), ids(entitlements));
		View aggregate = entitlements.views().get(0);
		assertEquals(EntitlementResolver.MANAGING_ORGANISATION, aggregate.role());
		assertEquals(List.of("D81001", "D81002", "D81003"), contributors(aggregate));
	}

	@Test
	void claimedContractGivesManagerNothing() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    managed-by: ARDENS
				    status: claimed
				    providers: {practices-under: [U88254]}
				    authority-sees: [contract-aggregate]
				""");

		Entitlements manager = this.resolver.resolve(configuration, "ARDENS");
		Entitlements authority = this.resolver.resolve(configuration, "X24");

		assertTrue(manager.views().isEmpty());
		assertTrue(view(authority, "contract:QOF-2025:aggregate").orElseThrow().unofficial());
	}

	@Test
	void officialContractGivesManagerNothing() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    managed-by: ARDENS
				    status: official
				    providers: {practices-under: [U88254]}
				    authority-sees: [contract-aggregate]
				""");

		Entitlements manager = this.resolver.resolve(configuration, "ARDENS");
		Entitlements authority = this.resolver.resolve(configuration, "X24");

		assertTrue(manager.views().isEmpty());
		View aggregate = view(authority, "contract:QOF-2025:aggregate").orElseThrow();
		assertFalse(aggregate.unofficial());
		assertFalse(aggregate.title().contains("UNOFFICIAL"));
	}

	@Test
	void managedContractViewsAreUnofficial() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    managed-by: ARDENS
				    providers: {practices-under: [U88254]}
				    authority-sees: [provider-data]
				""");

		Entitlements authority = this.resolver.resolve(configuration, "X24");
		Entitlements manager = this.resolver.resolve(configuration, "ARDENS");

		View providers = view(authority, "contract:QOF-2025:providers").orElseThrow();
		assertTrue(providers.unofficial());
		assertTrue(providers.title().contains("UNOFFICIAL"));
		assertTrue(manager.views().get(0).unofficial());
	}

	@Test
	void pendingProviderContributesNothing() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {practices-under: [U88254]}
				    pending: [D81003]
				    authority-sees: [provider-data, contract-aggregate]
				    providers-see-contract-aggregate: true
				""");

		Entitlements authority = this.resolver.resolve(configuration, "X24");
		Entitlements pending = this.resolver.resolve(configuration, "D81003");

		assertFalse(authority.individuallyVisiblePractices().contains("D81003"));
		assertFalse(contributors(view(authority, "contract:QOF-2025:aggregate").orElseThrow()).contains("D81003"));
		assertEquals(List.of("own"), ids(pending));
		assertEquals(1, pending.withheld().size());
		assertTrue(pending.withheld().get(0).reason().contains("Invitation to contract QOF-2025 not accepted"));
	}

	@Test
	void declinedMemberReceivesNothingFromGroup() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]},
				     declined: [D81002]}
				""");

		Entitlements declined = this.resolver.resolve(configuration, "D81002");
		Entitlements member = this.resolver.resolve(configuration, "D81001");

		assertEquals(List.of("own"), ids(declined));
		assertTrue(declined.withheld().get(0).reason().contains("Declined or withdrew from agreement PCN-U88254"));
		assertEquals(List.of("D81001", "D81003"),
				view(member, "agreement:PCN-U88254:organisations").orElseThrow().organisations());
		assertFalse(contributors(view(member, "agreement:PCN-U88254:aggregate").orElseThrow()).contains("D81002"));
	}

	@Test
	void pendingLeadReceivesNothingFromGroup() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]},
				     pending: [U88254]}
				""");

		Entitlements lead = this.resolver.resolve(configuration, "U88254");

		assertTrue(lead.views().isEmpty());
		assertTrue(lead.withheld().get(0).reason().contains("Invitation to agreement PCN-U88254 not accepted"));
	}

	@Test
	void onlyPracticesContributeToAggregates() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]}}
				""");

		Entitlements lead = this.resolver.resolve(configuration, "U88254");

		View organisations = view(lead, "agreement:PCN-U88254:organisations").orElseThrow();
		assertEquals(List.of("D81001", "D81002", "D81003"), organisations.organisations());
		assertEquals(List.of("D81001", "D81002", "D81003"),
				contributors(view(lead, "agreement:PCN-U88254:aggregate").orElseThrow()));
	}

	@Test
	void entireDataSetSeesOrganisationsAndAggregate() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: G1, lead: U88254, members: {practices-under: [U88254]},
				     lead-access: cannot-view, member-access: entire-data-set}
				""");

		Entitlements member = this.resolver.resolve(configuration, "D81001");

		assertEquals(List.of("own", "agreement:G1:organisations", "agreement:G1:aggregate"), ids(member));
		assertEquals("Member organisation (entire data set)", member.views().get(1).role());
		assertEquals(ViewKind.GROUP_ORGANISATIONS, member.views().get(1).kind());
		assertEquals(ViewKind.GROUP_AGGREGATE, member.views().get(2).kind());
		assertTrue(member.views().get(1).metricCodes().isEmpty());
	}

	@Test
	void aggregatedDataOnlySeesAggregateOnly() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: G1, lead: U88254, members: {practices-under: [U88254]},
				     lead-access: aggregated-data-only, member-access: cannot-view}
				""");

		Entitlements lead = this.resolver.resolve(configuration, "U88254");

		assertEquals(List.of("agreement:G1:aggregate"), ids(lead));
		assertTrue(lead.individuallyVisiblePractices().isEmpty());
	}

	@Test
	void cannotViewSeesNoGroupData() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: G1, lead: U88254, members: {practices-under: [U88254]},
				     lead-access: entire-data-set, member-access: cannot-view,
				     members-see-connected-aggregates: true, connected-groups: [G2]}
				  - {code: G2, template: pcn, lead: U12345, members: {practices-under: [U12345]}}
				""");

		Entitlements member = this.resolver.resolve(configuration, "D81001");

		assertEquals(List.of("own"), ids(member));
	}

	@Test
	void accessOverrideAppliesToOneMember() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]},
				     access: {D81003: cannot-view}}
				""");

		Entitlements overridden = this.resolver.resolve(configuration, "D81003");
		Entitlements other = this.resolver.resolve(configuration, "D81002");

		assertEquals(List.of("own"), ids(overridden));
		assertTrue(view(other, "agreement:PCN-U88254:organisations").orElseThrow().organisations().contains("D81003"));
	}

	@Test
	void connectedGroupsSeenOnlyAsAggregates() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: ICB-QUE, template: icb, lead: QUE, members: {practices-under: [QUE]}}
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]}}
				  - {code: PCN-U12345, template: pcn, lead: U12345, members: {practices-under: [U12345]}}
				""");

		Entitlements icb = this.resolver.resolve(configuration, "QUE");

		View connected = view(icb, "agreement:ICB-QUE:connected").orElseThrow();
		assertEquals(ViewKind.CONNECTED_GROUP_AGGREGATES, connected.kind());
		assertEquals(List.of("PCN-U12345", "PCN-U88254"), connected.aggregates().stream().map(Aggregate::code).toList());
		assertEquals(List.of("D81004", "D81005"), connected.aggregates().get(0).contributors());
		assertTrue(icb.individuallyVisiblePractices().isEmpty());
	}

	@Test
	void connectedAggregateCountsOnlyAcceptedPractices() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: ICB-QUE, template: icb, lead: QUE, members: {practices-under: [QUE]}}
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]},
				     pending: [D81003]}
				""");

		Entitlements icb = this.resolver.resolve(configuration, "QUE");

		View connected = view(icb, "agreement:ICB-QUE:connected").orElseThrow();
		assertEquals(List.of("D81001", "D81002"), connected.aggregates().get(0).contributors());
	}

	@Test
	void twoRolesGiveOneView() {
		SharingConfiguration configuration = load(ORGANISATIONS + """
				contracts:
				  - code: LCS-QUE
				    name: Local scheme
				    authority: QUE
				    managed-by: QUE
				    providers: {practices-under: [U88254]}
				    authority-sees: [contract-aggregate]
				""");

		Entitlements icb = this.resolver.resolve(configuration, "QUE");

		assertEquals(List.of("contract:LCS-QUE:aggregate"), ids(icb));
		assertEquals(EntitlementResolver.AUTHORITY, icb.views().get(0).role());
	}

	@Test
	void rolesInDifferentInstrumentsAddUp() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {practices-under: [U88254]}
				    authority-sees: []
				    providers-see-contract-aggregate: true
				agreements:
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]}}
				""");

		Entitlements member = this.resolver.resolve(configuration, "D81001");

		assertEquals(List.of("own", "contract:QOF-2025:aggregate", "agreement:PCN-U88254:organisations",
				"agreement:PCN-U88254:aggregate"), ids(member));
	}

	@Test
	void twoPracticeGroupAggregateWithheld() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: PCN-U12345, lead: U12345, members: {practices-under: [U12345]},
				     lead-access: aggregated-data-only, member-access: aggregated-data-only}
				""");

		Entitlements member = this.resolver.resolve(configuration, "D81004");
		Entitlements lead = this.resolver.resolve(configuration, "U12345");

		assertEquals(List.of("own"), ids(member));
		assertTrue(member.withheld().stream().anyMatch((entry) -> entry.reason().contains("Every contributor but one")));
		assertEquals(List.of("agreement:PCN-U12345:aggregate"), ids(lead));
	}

	@Test
	void onePracticePcnAggregateWithheld() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {practices-under: [QUE]}
				    authority-sees: [provider-group-aggregates]
				""");

		Entitlements authority = this.resolver.resolve(configuration, "X24");

		View groups = view(authority, "contract:QOF-2025:provider-groups").orElseThrow();
		assertEquals(List.of("U12345", "U88254"), groups.aggregates().stream().map(Aggregate::code).toList());
		assertTrue(authority.withheld().stream().anyMatch((entry) -> entry.what().contains("Isle PCN")));
		assertTrue(authority.withheld().stream().anyMatch((entry) -> entry.reason().contains("Only one practice")));
	}

	@Test
	void aggregateLessVisibleSubsetWithheld() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {practices-under: [U12345], codes: [D81006, D81001]}
				    authority-sees: [provider-group-aggregates, contract-aggregate]
				    provider-groups: SUB_ICB
				agreements:
				  - {code: PCN-U12345, lead: U12345, members: {practices-under: [U12345]},
				     lead-access: cannot-view, member-access: cannot-view}
				  - {code: ICB-QUE, lead: QUE, members: {codes: [D81001, D81004, D81005]},
				     lead-access: aggregated-data-only, member-access: cannot-view}
				""");

		Entitlements authority = this.resolver.resolve(configuration, "X24");
		Entitlements icb = this.resolver.resolve(configuration, "QUE");

		assertEquals(List.of("contract:QOF-2025:provider-groups", "contract:QOF-2025:aggregate"), ids(authority));
		assertEquals(List.of("agreement:ICB-QUE:aggregate"), ids(icb));
	}

	@Test
	void subtractingVisibleAggregateWithheld() {
		SharingConfiguration configuration = load(ORGANISATIONS + """
				contracts:
				  - code: LCS-QUE
				    name: Local scheme
				    authority: QUE
				    providers: {codes: [D81004, D81005, D81006]}
				    authority-sees: [contract-aggregate]
				agreements:
				  - {code: ICB-QUE, lead: QUE, members: {codes: [D81004, D81005]},
				     lead-access: aggregated-data-only, member-access: cannot-view}
				""");

		Entitlements icb = this.resolver.resolve(configuration, "QUE");

		assertEquals(List.of("agreement:ICB-QUE:aggregate"), ids(icb));
		Withheld withheld = icb.withheld().stream()
			.filter((entry) -> entry.what().contains("Local scheme: Contract aggregate"))
			.findFirst()
			.orElseThrow();
		assertTrue(withheld.reason().contains("Subtracting the aggregate \"ICB-QUE\""));
		assertFalse(withheld.reason().contains("D81006"));
		assertFalse(withheld.reason().contains("Practice D81006"));
	}

	@Test
	void aggregateWithoutContributorsWithheld() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: G1, lead: U88254, members: {codes: [D81001, D81002]}, pending: [D81001, D81002],
				     lead-access: aggregated-data-only, member-access: cannot-view}
				""");

		Entitlements lead = this.resolver.resolve(configuration, "U88254");

		assertTrue(lead.views().isEmpty());
		assertTrue(lead.withheld().stream().anyMatch((entry) -> entry.reason().contains("No practice")));
		assertTrue(lead.withheld().stream().anyMatch((entry) -> entry.what().startsWith("View ")));
	}

	@Test
	void withheldReasonNamesNoPractice() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: PCN-U12345, lead: U12345, members: {practices-under: [U12345]},
				     lead-access: aggregated-data-only, member-access: aggregated-data-only}
				""");

		Entitlements member = this.resolver.resolve(configuration, "D81004");

		for (Withheld withheld : member.withheld()) {
			assertFalse(withheld.what().contains("D81005"), withheld.what());
			assertFalse(withheld.reason().contains("D81005"), withheld.reason());
		}
		assertFalse(member.withheld().isEmpty());
	}

	@Test
	void ownPracticeAloneInAggregateIsShown() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: G1, lead: U88254, members: {codes: [D81001, D81002]}, pending: [D81002],
				     lead-access: aggregated-data-only, member-access: aggregated-data-only}
				""");

		Entitlements member = this.resolver.resolve(configuration, "D81001");

		assertEquals(List.of("own", "agreement:G1:aggregate"), ids(member));
	}

}
