package org.benchwarden.sharing;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.benchwarden.organisation.OrganisationDirectory;

/**
 * Every contract and agreement of a run, with the organisations they name. Immutable, and so safe
 * to share between threads. Build one with {@link YamlSharingConfigurationLoader}, which checks
 * that every code it names is known; the constructor checks nothing beyond nulls.
 *
 * @param organisations the organisations from the NHS mapping files plus those declared in the
 * sharing configuration
 * @param contracts the contracts, ordered by code
 * @param agreements the agreements, ordered by code
 */
public record SharingConfiguration(OrganisationDirectory organisations, List<Contract> contracts,
		List<Agreement> agreements) {

	public SharingConfiguration {
		Objects.requireNonNull(organisations, "organisations");
		contracts = contracts.stream().sorted(Comparator.comparing(Contract::code)).toList();
		agreements = agreements.stream().sorted(Comparator.comparing(Agreement::code)).toList();
	}

	public Optional<Agreement> agreement(String code) {
		return this.agreements.stream().filter((agreement) -> agreement.code().equals(code)).findFirst();
	}

	public Optional<Contract> contract(String code) {
		return this.contracts.stream().filter((contract) -> contract.code().equals(code)).findFirst();
	}

}
