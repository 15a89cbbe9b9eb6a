package org.benchwarden.sharing;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.benchwarden.activity.Metric;
import org.benchwarden.organisation.OrganisationDirectory;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one {@code contracts:} entry into a {@link Contract}. Not thread-safe.
 */
final class ContractEntryReader {

	static final Set<String> KEYS = new LinkedHashSet<>(List.of("code", "name", "authority", "managed-by", "status",
			"providers", "pending", "declined", "metrics", "authority-sees", "provider-groups",
			"providers-see-contract-aggregate"));

	private final OrganisationDirectory directory;

	private final ParticipantReader participants;

	private final Iterable<Metric> catalogue;

	ContractEntryReader(OrganisationDirectory directory, Iterable<Metric> catalogue) {
		this.directory = directory;
		this.participants = new ParticipantReader(directory);
		this.catalogue = catalogue;
	}

	/** Returns the contract, or empty when the entry has a problem that leaves it unusable. */
	Optional<Contract> read(YamlEntry entry) {
		Optional<String> code = entry.code("code");
		if (code.isEmpty()) {
			entry.problem("code is missing", "give every contract a unique code, e.g. code: QOF-2025");
			return Optional.empty();
		}
		YamlEntry contract = entry.relabel("contract " + code.get());
		String name = contract.text("name").orElse(code.get());

		Optional<String> authority = contract.code("authority");
		if (authority.isEmpty()) {
			contract.problem("authority is missing", "name the organisation that writes the contract's specification");
		}
		else {
			this.participants.isKnown(contract, contract.nodeOf("authority"), authority.get(), "authority");
		}
		Optional<String> managingOrganisation = contract.code("managed-by");
		managingOrganisation.ifPresent((managing) -> this.participants.isKnown(contract,
				contract.nodeOf("managed-by"), managing, "managed-by organisation"));

		ContractStatus status = readStatus(contract, managingOrganisation.isPresent());
		Map<String, String> invited = this.participants.readInvited(contract, "providers", "provider");
		SortedMap<String, Participation> providers = this.participants.readResponses(contract, invited.keySet(),
				"a provider of this contract");
		Set<String> metricCodes = readMetrics(contract, code.get());
		Set<AuthorityAccess> authoritySees = readAuthoritySees(contract);
		ProviderGrouping grouping = contract.choice("provider-groups", ProviderGrouping.class, "provider grouping")
			.orElse(ProviderGrouping.PCN);
		boolean providersSeeAggregate = contract.flag("providers-see-contract-aggregate").orElse(false);

		if (authority.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Contract(code.get(), name, authority.get(), managingOrganisation.orElse(null), status,
				providers, new TreeSet<>(metricCodes), authoritySees, grouping, providersSeeAggregate));
	}

	private static ContractStatus readStatus(YamlEntry contract, boolean managed) {
		ContractStatus fallback = managed ? ContractStatus.MANAGED : ContractStatus.OFFICIAL;
		ContractStatus status = contract.choice("status", ContractStatus.class, "contract status").orElse(fallback);
		if (status == ContractStatus.MANAGED && !managed) {
			contract.problem(contract.nodeOf("status"), "status is managed but managed-by is missing",
					"name the managing organisation under managed-by, or set the status to official");
		}
		return status;
	}

	/** Returns the union of the contract's metrics: list and the catalogue entries that name the contract. */
	private Set<String> readMetrics(YamlEntry contract, String code) {
		Set<String> known = new TreeSet<>();
		Set<String> metricCodes = new TreeSet<>();
		for (Metric metric : this.catalogue) {
			known.add(metric.code());
			if (metric.contractCode() != null && YamlEntry.normaliseCode(metric.contractCode()).equals(code)) {
				metricCodes.add(metric.code());
			}
		}
		for (String metric : contract.codes("metrics")) {
			if (known.contains(metric)) {
				metricCodes.add(metric);
			}
			else {
				contract.problem(contract.nodeOf("metrics"), "metric " + metric + " is not in the metric catalogue",
						"check the code against the catalogue, or add the metric to the catalogue");
			}
		}
		return metricCodes;
	}

	private static Set<AuthorityAccess> readAuthoritySees(YamlEntry contract) {
		Set<AuthorityAccess> sees = EnumSet.noneOf(AuthorityAccess.class);
		if (!contract.has("authority-sees")) {
			contract.problem("authority-sees is missing", "list what the authority sees from "
					+ YamlEntry.words(AuthorityAccess.class) + ", or write authority-sees: [] for nothing");
			return sees;
		}
		Node at = contract.nodeOf("authority-sees");
		for (String word : contract.texts("authority-sees")) {
			contract.choice(at, word, AuthorityAccess.class, "authority access").ifPresent(sees::add);
		}
		return sees;
	}

}
