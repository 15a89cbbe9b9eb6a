package org.benchwarden.sharing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlSharingConfigurationLoaderTests {

	private static final String ORGANISATIONS = """
			organisations:
			  - {code: X24, name: NHS England, type: NATIONAL}
			  - {code: ARDENS, name: Ardens, type: OTHER}
			  - {code: FED-CAMBS-01, name: Cambridge Federation, type: FEDERATION}
			""";

	private static final String QOF_HEAD = ORGANISATIONS + """
			contracts:
			  - code: QOF-2025
			    name: QOF 2025/26
			    authority: X24
			""";

	@TempDir
	Path folder;

	private SharingConfiguration load(String yaml) {
		return SharingFixtures.load(this.folder, yaml);
	}

	/** Loads YAML that must fail and returns its single problem line. */
	private String problem(String yaml) {
		SharingConfigurationException error = assertThrows(SharingConfigurationException.class, () -> load(yaml));
		assertEquals(1, error.problems().size(), error.getMessage());
		return error.problems().get(0);
	}

	@Test
	void fullExampleLoads() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    managed-by: ARDENS
				    providers: {practices-under: [U88254], codes: [D81004]}
				    pending: [D81003]
				    declined: [D81002]
				    metrics: [QOF_PREV_HYP]
				    authority-sees: [provider-data, provider-group-aggregates, contract-aggregate]
				    provider-groups: SUB_ICB
				    providers-see-contract-aggregate: true
				agreements:
				  - code: FED-CAMBS
				    name: Cambridge Federation group
				    template: federation
				    lead: FED-CAMBS-01
				    members: {practices-under: [U88254]}
				    access: {D81001: cannot-view}
				  - {code: PCN-U88254, name: Cam Medical PCN group, template: pcn, lead: U88254,
				     members: {practices-under: [U88254]}}
				""");

		Contract contract = configuration.contracts().get(0);
		assertEquals("QOF-2025", contract.code());
		assertEquals(ContractStatus.MANAGED, contract.status());
		assertEquals("ARDENS", contract.managingOrganisation());
		assertEquals(Participation.PENDING, contract.providers().get("D81003"));
		assertEquals(Participation.DECLINED, contract.providers().get("D81002"));
		assertEquals(List.of("D81001", "D81004"), contract.acceptedProviders());
		assertEquals(ProviderGrouping.SUB_ICB, contract.providerGroups());
		assertTrue(contract.providersSeeContractAggregate());
		assertEquals(3, contract.authoritySees().size());
		Agreement federation = configuration.agreement("FED-CAMBS").orElseThrow();
		assertEquals(AccessLevel.CANNOT_VIEW, federation.accessLevel("D81001"));
		assertEquals(AccessLevel.AGGREGATED_DATA_ONLY, federation.accessLevel("D81002"));
		assertEquals(AccessLevel.ENTIRE_DATA_SET, federation.accessLevel("FED-CAMBS-01"));
		assertEquals(List.of("PCN-U88254"), federation.connectedGroups());
		assertTrue(configuration.organisations().contains("FED-CAMBS-01"));
		assertTrue(configuration.organisations().contains("D81001"));
	}

	@Test
	void documentedExampleLoads() throws Exception {
		String page = Files.readString(Path.of("docs", "sharing-configuration.md"));
		int start = page.indexOf("```yaml\n") + "```yaml\n".length();
		String example = page.substring(start, page.indexOf("```", start));

		SharingConfiguration configuration = load(example);

		assertEquals(List.of("QOF-2025"), configuration.contracts().stream().map(Contract::code).toList());
		assertEquals(List.of("FED-CAMBS", "ICB-QUE", "PCN-U88254"),
				configuration.agreements().stream().map(Agreement::code).toList());
	}

	@Test
	void contractMetricsJoinListAndCatalogue() {
		SharingConfiguration configuration = load(QOF_HEAD + """
				    providers: {codes: [D81001]}
				    metrics: [qof_prev_hyp]
				    authority-sees: []
				""");

		assertEquals(Set.of("QOF_PREV_AF", "QOF_PREV_HYP"), configuration.contracts().get(0).metricCodes());
	}

	@Test
	void statusDefaultsFollowManagedBy() {
		SharingConfiguration configuration = load(ORGANISATIONS + """
				contracts:
				  - {code: A, authority: X24, authority-sees: []}
				  - {code: B, authority: X24, managed-by: ARDENS, authority-sees: []}
				""");

		assertEquals(ContractStatus.OFFICIAL, configuration.contract("A").orElseThrow().status());
		assertEquals(ContractStatus.MANAGED, configuration.contract("B").orElseThrow().status());
		assertNull(configuration.contract("A").orElseThrow().managingOrganisation());
	}

	@Test
	void filesAreReadTogether() throws Exception {
		SharingFixtures.write(this.folder, "organisations.yaml", ORGANISATIONS);
		Path config = SharingFixtures.write(this.folder, "contracts.yml", """
				contracts:
				  - {code: QOF-2025, authority: X24, providers: {codes: [D81001]}, authority-sees: []}
				""");
		Files.writeString(config.resolve("notes.txt"), "not YAML and not read");

		SharingConfiguration configuration = new YamlSharingConfigurationLoader().load(config,
				SharingFixtures.directory(), SharingFixtures.catalogue());

		assertEquals("X24", configuration.contracts().get(0).authority());
	}

	@Test
	void defaultConnectionsFollowMemberPcns() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: ICB-QUE, template: icb, lead: QUE, members: {codes: [D81001, D81004]}}
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]}}
				  - {code: PCN-U12345, template: pcn, lead: U12345, members: {practices-under: [U12345]}}
				  - {code: PCN-U55555, template: pcn, lead: U55555, members: {practices-under: [U55555]}}
				  - {code: CUSTOM, lead: U88254, members: {codes: [D81001]}, lead-access: entire-data-set,
				     member-access: entire-data-set}
				""");

		assertEquals(List.of("PCN-U12345", "PCN-U88254"),
				configuration.agreement("ICB-QUE").orElseThrow().connectedGroups());
		assertTrue(configuration.agreement("PCN-U88254").orElseThrow().connectedGroups().isEmpty());
		assertTrue(configuration.agreement("CUSTOM").orElseThrow().connectedGroups().isEmpty());
	}

	@Test
	void explicitConnectionsReplaceDefault() {
		SharingConfiguration configuration = load("""
				agreements:
				  - {code: ICB-QUE, template: icb, lead: QUE, members: {practices-under: [QUE]},
				     connected-groups: [PCN-U12345]}
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]}}
				  - {code: PCN-U12345, template: pcn, lead: U12345, members: {practices-under: [U12345]}}
				""");

		assertEquals(List.of("PCN-U12345"), configuration.agreement("ICB-QUE").orElseThrow().connectedGroups());
	}

	@Test
	void unknownOdsCodeIsReported() {
		String problem = problem(QOF_HEAD + """
				    providers: {codes: [D81001, Z99999]}
				    authority-sees: []
				""");

		assertTrue(problem.startsWith("sharing.yml line 9, contract QOF-2025: "), problem);
		assertTrue(problem.contains("provider Z99999 is not a known ODS code"), problem);
		assertTrue(problem.contains("check the code against the NHS mapping files"), problem);
	}

	@Test
	void providerNamedTwiceIsReported() {
		String problem = problem(QOF_HEAD + """
				    providers: {practices-under: [U88254], codes: [D81002]}
				    authority-sees: []
				""");

		assertTrue(problem.startsWith("sharing.yml line 9, contract QOF-2025: "), problem);
		assertTrue(problem.contains("provider D81002 is named twice, through practices-under U88254 and by code"),
				problem);
		assertTrue(problem.endsWith("name each provider once"), problem);
	}

	@Test
	void overlappingPracticesUnderIsReported() {
		SharingConfigurationException error = assertThrows(SharingConfigurationException.class,
				() -> load(QOF_HEAD + """
						    providers: {practices-under: [QUE, U12345]}
						    authority-sees: []
						"""));

		assertEquals(2, error.problems().size());
		assertTrue(error.problems().get(0).contains("provider D81004 is named twice"), error.getMessage());
		assertTrue(error.problems().get(1).contains("provider D81005 is named twice"), error.getMessage());
	}

	@Test
	void unknownAccessLevelIsReported() {
		String problem = problem("""
				agreements:
				  - code: G1
				    lead: U88254
				    members: {practices-under: [U88254]}
				    lead-access: everything
				    member-access: cannot-view
				""");

		assertTrue(problem.startsWith("sharing.yml line 5, agreement G1: "), problem);
		assertTrue(problem.contains("\"everything\" is not a known access level"), problem);
		assertTrue(problem.endsWith("use one of entire-data-set, aggregated-data-only, cannot-view"), problem);
	}

	@Test
	void unknownTemplateIsReported() {
		String problem = problem("""
				agreements:
				  - {code: G1, template: practice, lead: U88254, members: {practices-under: [U88254]},
				     lead-access: cannot-view, member-access: cannot-view}
				""");

		assertTrue(problem.startsWith("sharing.yml line 2, agreement G1: "), problem);
		assertTrue(problem.contains("\"practice\" is not a known template"), problem);
		assertTrue(problem.endsWith("use one of icb, pcn, federation"), problem);
	}

	@Test
	void unknownStatusIsReported() {
		String problem = problem(QOF_HEAD + """
				    status: draft
				    authority-sees: []
				""");

		assertTrue(problem.startsWith("sharing.yml line 9, contract QOF-2025: "), problem);
		assertTrue(problem.contains("\"draft\" is not a known contract status"), problem);
		assertTrue(problem.endsWith("use one of official, managed, claimed"), problem);
	}

	@Test
	void unknownOrganisationTypeIsReported() {
		String problem = problem("""
				organisations:
				  - {code: FED-1, name: A federation, type: CLUB}
				""");

		assertTrue(problem.startsWith("sharing.yml line 2, organisation FED-1: "), problem);
		assertTrue(problem.contains("\"CLUB\" is not a known organisation type"), problem);
		assertTrue(problem.contains("use one of practice, pcn, sub-icb, icb, region, national, federation, other"),
				problem);
	}

	@Test
	void missingConnectedGroupIsReported() {
		String problem = problem("""
				agreements:
				  - {code: ICB-QUE, template: icb, lead: QUE, members: {practices-under: [QUE]},
				     connected-groups: [PCN-U00000]}
				""");

		assertTrue(problem.startsWith("sharing.yml line 3, agreement ICB-QUE: "), problem);
		assertTrue(problem.contains("connected group PCN-U00000 is not an agreement in this configuration"), problem);
		assertTrue(problem.endsWith("check the code, or add the agreement"), problem);
	}

	@Test
	void missingAuthorityIsReported() {
		String problem = problem("""
				contracts:
				  - {code: QOF-2025, providers: {codes: [D81001]}, authority-sees: []}
				""");

		assertTrue(problem.startsWith("sharing.yml line 2, contract QOF-2025: authority is missing"), problem);
		assertTrue(problem.endsWith("name the organisation that writes the contract's specification"), problem);
	}

	@Test
	void missingLeadIsReported() {
		String problem = problem("""
				agreements:
				  - {code: PCN-U88254, template: pcn, members: {practices-under: [U88254]}}
				""");

		assertTrue(problem.startsWith("sharing.yml line 2, agreement PCN-U88254: lead is missing"), problem);
		assertTrue(problem.endsWith("name the group's lead organisation, e.g. lead: U88254"), problem);
	}

	@Test
	void duplicatedCodeAcrossFilesIsReported() {
		SharingFixtures.write(this.folder, "a.yml", ORGANISATIONS + """
				contracts:
				  - {code: QOF-2025, authority: X24, authority-sees: []}
				""");
		Path config = SharingFixtures.write(this.folder, "b.yml", """
				agreements:
				  - {code: QOF-2025, template: pcn, lead: U88254, members: {practices-under: [U88254]}}
				""");

		SharingConfigurationException error = assertThrows(SharingConfigurationException.class,
				() -> new YamlSharingConfigurationLoader().load(config, SharingFixtures.directory(),
						SharingFixtures.catalogue()));

		assertEquals(1, error.problems().size());
		String problem = error.problems().get(0);
		assertTrue(problem.startsWith("b.yml line 2, agreement QOF-2025: "), problem);
		assertTrue(problem.contains("the code QOF-2025 is already used at a.yml line 6"), problem);
		assertTrue(problem.endsWith("give each contract and agreement its own code"), problem);
	}

	@Test
	void pendingNonProviderIsReported() {
		String problem = problem(QOF_HEAD + """
				    providers: {codes: [D81001]}
				    pending: [D81002]
				    authority-sees: []
				""");

		assertTrue(problem.startsWith("sharing.yml line 10, contract QOF-2025: "), problem);
		assertTrue(problem.contains("pending names D81002, which is not a provider of this contract"), problem);
		assertTrue(problem.endsWith("invite it first or remove it from pending"), problem);
	}

	@Test
	void declinedNonMemberIsReported() {
		String problem = problem("""
				agreements:
				  - {code: PCN-U88254, template: pcn, lead: U88254, members: {practices-under: [U88254]},
				     declined: [D81004]}
				""");

		assertTrue(problem.startsWith("sharing.yml line 3, agreement PCN-U88254: "), problem);
		assertTrue(problem.contains("declined names D81004, which is not the lead or a member of this agreement"),
				problem);
		assertTrue(problem.endsWith("invite it first or remove it from declined"), problem);
	}

	@Test
	void managedWithoutManagerIsReported() {
		String problem = problem(QOF_HEAD + """
				    status: managed
				    authority-sees: []
				""");

		assertTrue(problem.startsWith("sharing.yml line 9, contract QOF-2025: "), problem);
		assertTrue(problem.contains("status is managed but managed-by is missing"), problem);
		assertTrue(problem.endsWith("name the managing organisation under managed-by, or set the status to official"),
				problem);
	}

	@Test
	void unknownMetricIsReported() {
		String problem = problem(QOF_HEAD + """
				    metrics: [QOF_PREV_AF, QOF_PREV_XYZ]
				    authority-sees: []
				""");

		assertTrue(problem.startsWith("sharing.yml line 9, contract QOF-2025: "), problem);
		assertTrue(problem.contains("metric QOF_PREV_XYZ is not in the metric catalogue"), problem);
		assertTrue(problem.endsWith("check the code against the catalogue, or add the metric to the catalogue"),
				problem);
	}

	@Test
	void misspelledKeyIsReported() {
		String problem = problem("""
				agreements:
				  - code: PCN-U88254
				    template: pcn
				    lead: U88254
				    membrs: {practices-under: [U88254]}
				    members: {practices-under: [U88254]}
				""");

		assertTrue(problem.startsWith("sharing.yml line 5, agreement entry: "), problem);
		assertTrue(problem.contains("unknown key \"membrs\""), problem);
		assertTrue(problem.contains("use one of code, name, template, lead, members,"), problem);
	}

	@Test
	void misspelledNestedKeyIsReported() {
		String problem = problem(QOF_HEAD + """
				    providers: {practices-undr: [U88254]}
				    authority-sees: []
				""");

		assertTrue(problem.startsWith("sharing.yml line 9, contract QOF-2025: "), problem);
		assertTrue(problem.contains("unknown key \"practices-undr\""), problem);
		assertTrue(problem.endsWith("use one of practices-under, codes"), problem);
	}

	@Test
	void emptyFileIsReported() {
		String problem = problem("# nothing here yet\n");

		assertTrue(problem.startsWith("sharing.yml: the file is empty"), problem);
		assertTrue(problem.endsWith("add organisations, contracts or agreements, or delete the file"), problem);
	}

	@Test
	void unparsableFileIsReported() {
		String problem = problem("""
				agreements:
				  - {code: G1, lead: [U88254
				""");

		assertTrue(problem.startsWith("sharing.yml line "), problem);
		assertTrue(problem.contains(" column "), problem);
		assertTrue(problem.contains("the file is not valid YAML"), problem);
		assertTrue(problem.endsWith("correct the YAML syntax at that position"), problem);
	}

	@Test
	void duplicateKeyIsReported() {
		String problem = problem(QOF_HEAD + """
				    authority: QUE
				    authority-sees: []
				""");

		assertTrue(problem.startsWith("sharing.yml line 9, contract entry: "), problem);
		assertTrue(problem.contains("key \"authority\" is given twice"), problem);
		assertTrue(problem.endsWith("keep one of them"), problem);
	}

	@Test
	void missingAccessWithoutTemplateIsReported() {
		String problem = problem("""
				agreements:
				  - {code: G1, lead: U88254, members: {practices-under: [U88254]}, lead-access: cannot-view}
				""");

		assertTrue(problem.startsWith("sharing.yml line 2, agreement G1: member-access is missing"), problem);
		assertTrue(problem.contains("or choose a template from icb, pcn, federation"), problem);
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		SharingConfigurationException error = assertThrows(SharingConfigurationException.class,
				() -> load(QOF_HEAD + """
						    status: managed
						    metrics: [NOPE]
						    authority-sees: [everything]
						agreements:
						  - {code: G1, lead: ZZZ, members: {codes: [D81001]}, template: pcn}
						"""));

		assertEquals(4, error.problems().size(), error.getMessage());
		assertTrue(error.getMessage().startsWith("Sharing configuration in "), error.getMessage());
		assertTrue(error.getMessage().contains("has 4 problems; nothing was loaded:\n"), error.getMessage());
	}

	@Test
	void missingFolderIsReported() {
		Path missing = this.folder.resolve("absent");

		SharingConfigurationException error = assertThrows(SharingConfigurationException.class,
				() -> new YamlSharingConfigurationLoader().load(missing, SharingFixtures.directory(), List.of()));

		assertTrue(error.problems().get(0).contains("does not exist or is not a folder"), error.getMessage());
	}

	@Test
	void localPracticeDeclarationIsReported() {
		String problem = problem("""
				organisations:
				  - {code: Y00001, name: Pop-up practice, type: PRACTICE}
				""");

		assertTrue(problem.startsWith("sharing.yml line 2, organisation Y00001: "), problem);
		assertTrue(problem.contains("a GP practice cannot be declared here"), problem);
	}

	@Test
	void leadAlsoMemberIsReported() {
		String problem = problem("""
				agreements:
				  - {code: G1, template: pcn, lead: D81001, members: {codes: [D81001, D81002]}}
				""");

		assertTrue(problem.contains("the lead D81001 is also named as a member"), problem);
		assertFalse(problem.isBlank());
	}

}
