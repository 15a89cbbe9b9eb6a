package org.benchwarden.sharing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Data Sharing Contract: one authority, its providers and their responses to the invitation, an
 * optional managing organisation, the contract's metrics and what each role may see. Immutable.
 *
 * @param code unique code, upper case, e.g. {@code QOF-2025}
 * @param name readable name
 * @param authority ODS code of the authority
 * @param managingOrganisation ODS code of the managing organisation, or null when there is none
 * @param status who maintains the contract
 * @param providers ODS code of each provider with its response to the invitation, ordered by code
 * @param metricCodes the metrics that belong to the contract, sorted
 * @param authoritySees what the authority may see
 * @param providerGroups the level by which provider-group aggregates are formed
 * @param providersSeeContractAggregate whether each accepted provider also sees the whole-contract
 * aggregate
 */
public record Contract(String code, String name, String authority, String managingOrganisation,
		ContractStatus status, SortedMap<String, Participation> providers, SortedSet<String> metricCodes,
		Set<AuthorityAccess> authoritySees, ProviderGrouping providerGroups, boolean providersSeeContractAggregate) {

	public Contract {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(authority, "authority");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(providerGroups, "providerGroups");
		providers = Collections.unmodifiableSortedMap(new TreeMap<>(providers));
		metricCodes = Collections.unmodifiableSortedSet(new TreeSet<>(metricCodes));
		authoritySees = authoritySees.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(authoritySees));
	}

	/** Returns whether reports built from this contract must be marked UNOFFICIAL. */
	public boolean isUnofficial() {
		return this.status.isUnofficial();
	}

	/**
	 * Returns the managing organisation while it has a role, which is only while the status is
	 * {@link ContractStatus#MANAGED}.
	 */
	public Optional<String> activeManagingOrganisation() {
		return (this.status == ContractStatus.MANAGED) ? Optional.ofNullable(this.managingOrganisation)
				: Optional.empty();
	}

	/** Returns the providers that accepted the invitation, sorted. */
	public List<String> acceptedProviders() {
		return this.providers.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().isAccepted())
			.map(Map.Entry::getKey)
			.toList();
	}

}
