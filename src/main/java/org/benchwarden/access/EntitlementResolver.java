package org.benchwarden.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.benchwarden.access.Grant.GrantType;
import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.OrganisationDirectory;
import org.benchwarden.organisation.OrganisationType;
import org.benchwarden.organisation.PracticeMapping;
import org.benchwarden.sharing.AccessLevel;
import org.benchwarden.sharing.Agreement;
import org.benchwarden.sharing.AuthorityAccess;
import org.benchwarden.sharing.Contract;
import org.benchwarden.sharing.Participation;
import org.benchwarden.sharing.SharingConfiguration;

/**
 * Works out what each recipient may receive under a sharing configuration: the union of what
 * each of its roles in each contract and agreement allows, less every aggregate from which it
 * could work out another organisation's figures. Pure, with no files or database, stateless and
 * thread-safe.
 *
 * <p>Views come in a fixed order, and when two roles give a view with the same id the first is
 * kept: own data, then contracts by code (authority, managing organisation, provider), then
 * agreements by code (lead or member). Only practices contribute data, and only organisations
 * that accepted their invitation contribute or receive anything from that contract or agreement.
 */
public final class EntitlementResolver {

	static final String AUTHORITY = "Authority";

	static final String MANAGING_ORGANISATION = "Managing organisation";

	static final String PROVIDER = "Provider";

	/**
	 * Resolves every recipient: every organisation named as an authority, managing organisation,
	 * provider, lead or member.
	 * @return one entitlement per recipient, ordered by ODS code
	 */
	public List<Entitlements> resolve(SharingConfiguration configuration) {
		return resolveEach(configuration).toList();
	}

	/**
	 * Resolves every recipient lazily, one at a time as the stream is read, so a caller that
	 * stores each result need not hold them all.
	 * @return one entitlement per recipient, ordered by ODS code
	 */
	public Stream<Entitlements> resolveEach(SharingConfiguration configuration) {
		Objects.requireNonNull(configuration, "configuration");
		return recipients(configuration).stream().map((code) -> resolveNamed(configuration, code));
	}

	/**
	 * Resolves one recipient.
	 * @throws IllegalArgumentException if the configuration does not name the organisation
	 */
	public Entitlements resolve(SharingConfiguration configuration, String recipientCode) {
		Objects.requireNonNull(configuration, "configuration");
		String code = (recipientCode == null) ? "" : recipientCode.strip().toUpperCase(Locale.ROOT);
		if (!recipients(configuration).contains(code)) {
			throw new IllegalArgumentException("organisation \"" + recipientCode
					+ "\" is not named in the sharing configuration; check the ODS code, or add the organisation "
					+ "to a contract or agreement");
		}
		return resolveNamed(configuration, code);
	}

	private static Entitlements resolveNamed(SharingConfiguration configuration, String code) {
		Organisation recipient = configuration.organisations()
			.find(code)
			.orElseThrow(() -> new IllegalArgumentException("organisation \"" + code
					+ "\" is named in the sharing configuration but not in its organisation directory; "
					+ "load the configuration with YamlSharingConfigurationLoader, which checks every code"));

		Map<String, View> views = new LinkedHashMap<>();
		List<Withheld> withheld = new ArrayList<>();
		if (recipient.type() == OrganisationType.PRACTICE) {
			addView(views, ownData(recipient));
		}
		for (Contract contract : configuration.contracts()) {
			contractViews(configuration.organisations(), contract, code, withheld).forEach((view) -> addView(views, view));
		}
		for (Agreement agreement : configuration.agreements()) {
			agreementViews(configuration, agreement, code, withheld).forEach((view) -> addView(views, view));
		}

		List<View> safeViews = DisclosureGuard.apply(List.copyOf(views.values()), withheld);
		return new Entitlements(recipient, safeViews, withheld);
	}

	/** Returns the ODS code of every organisation the configuration names, sorted. */
	static SortedSet<String> recipients(SharingConfiguration configuration) {
		SortedSet<String> codes = new TreeSet<>();
		for (Contract contract : configuration.contracts()) {
			codes.add(contract.authority());
			if (contract.managingOrganisation() != null) {
				codes.add(contract.managingOrganisation());
			}
			codes.addAll(contract.providers().keySet());
		}
		for (Agreement agreement : configuration.agreements()) {
			codes.addAll(agreement.participants().keySet());
		}
		return codes;
	}

	private static void addView(Map<String, View> views, View view) {
		views.putIfAbsent(view.id(), view);
	}

	private static View ownData(Organisation recipient) {
		Grant grant = new Grant(GrantType.OWN_DATA, recipient.odsCode(), recipient.name());
		return new View("own", ViewKind.OWN_DATA, "Own data: " + recipient.name(), "Own organisation", grant, false,
				List.of(recipient.odsCode()), List.of(), Set.of());
	}

	private static List<View> contractViews(OrganisationDirectory directory, Contract contract, String recipient,
			List<Withheld> withheld) {
		Grant grant = new Grant(GrantType.CONTRACT, contract.code(), contract.name());
		List<String> contributors = practices(directory, contract.acceptedProviders());
		ViewMaker maker = new ViewMaker("contract:" + contract.code(), grant, contract.isUnofficial(),
				contract.metricCodes());
		List<View> views = new ArrayList<>();

		if (contract.authority().equals(recipient)) {
			Set<AuthorityAccess> sees = contract.authoritySees();
			if (sees.contains(AuthorityAccess.PROVIDER_DATA)) {
				maker.organisations("providers", ViewKind.CONTRACT_PROVIDERS, AUTHORITY, contributors, withheld)
					.ifPresent(views::add);
			}
			if (sees.contains(AuthorityAccess.PROVIDER_GROUP_AGGREGATES)) {
				views.add(maker.aggregates("provider-groups", ViewKind.CONTRACT_PROVIDER_GROUP_AGGREGATES, AUTHORITY,
						providerGroups(directory, contract, contributors, withheld)));
			}
			if (sees.contains(AuthorityAccess.CONTRACT_AGGREGATE)) {
				views.add(maker.aggregates("aggregate", ViewKind.CONTRACT_AGGREGATE, AUTHORITY,
						List.of(new Aggregate(contract.code(), contract.name(), contributors))));
			}
		}
		if (contract.activeManagingOrganisation().filter(recipient::equals).isPresent()) {
			views.add(maker.aggregates("aggregate", ViewKind.CONTRACT_AGGREGATE, MANAGING_ORGANISATION,
					List.of(new Aggregate(contract.code(), contract.name(), contributors))));
		}
		Participation response = contract.providers().get(recipient);
		if (response != null && !response.isAccepted()) {
			withheld.add(notTakingPart(grant, response));
		}
		else if (response != null && contract.providersSeeContractAggregate()) {
			views.add(maker.aggregates("aggregate", ViewKind.CONTRACT_AGGREGATE, PROVIDER,
					List.of(new Aggregate(contract.code(), contract.name(), contributors))));
		}
		return views;
	}

	/**
	 * Returns one aggregate per PCN, Sub-ICB location or ICB of the accepted providers, each
	 * practice's group taken from its own mapping row.
	 */
	private static List<Aggregate> providerGroups(OrganisationDirectory directory, Contract contract,
			List<String> contributors, List<Withheld> withheld) {
		Map<String, Organisation> groups = new TreeMap<>();
		Map<String, List<String>> members = new TreeMap<>();
		int ungrouped = 0;
		for (String practice : contributors) {
			Organisation group = directory.practice(practice).map(contract.providerGroups()::groupOf).orElse(null);
			if (group == null) {
				ungrouped++;
				continue;
			}
			groups.putIfAbsent(group.odsCode(), group);
			members.computeIfAbsent(group.odsCode(), (key) -> new ArrayList<>()).add(practice);
		}
		if (ungrouped > 0) {
			withheld.add(new Withheld("Provider-group aggregates of " + contract.name(), ungrouped
					+ " accepted provider(s) have no " + contract.providerGroups().name().replace('_', '-')
					+ " in the practice mapping and are in no provider-group aggregate; they still count in the "
					+ "contract aggregate."));
		}
		List<Aggregate> aggregates = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : members.entrySet()) {
			Organisation group = groups.get(entry.getKey());
			aggregates.add(new Aggregate(group.odsCode(), group.name(), entry.getValue()));
		}
		return aggregates;
	}

	private static List<View> agreementViews(SharingConfiguration configuration, Agreement agreement, String recipient,
			List<Withheld> withheld) {
		Participation response = agreement.participation(recipient).orElse(null);
		if (response == null) {
			return List.of();
		}
		Grant grant = new Grant(GrantType.AGREEMENT, agreement.code(), agreement.name());
		if (!response.isAccepted()) {
			withheld.add(notTakingPart(grant, response));
			return List.of();
		}
		AccessLevel level = agreement.accessLevel(recipient);
		String role = (agreement.isLead(recipient) ? "Lead organisation" : "Member organisation") + " ("
				+ level.label() + ")";
		OrganisationDirectory directory = configuration.organisations();
		List<String> contributors = practices(directory, agreement.acceptedParticipants());
		ViewMaker maker = new ViewMaker("agreement:" + agreement.code(), grant, false, Set.of());
		List<View> views = new ArrayList<>();

		// Cannot view data set means no group data at all, so it also stops connected aggregates.
		if (level == AccessLevel.CANNOT_VIEW) {
			return views;
		}
		if (level == AccessLevel.ENTIRE_DATA_SET) {
			maker.organisations("organisations", ViewKind.GROUP_ORGANISATIONS, role, contributors, withheld)
				.ifPresent(views::add);
		}
		views.add(maker.aggregates("aggregate", ViewKind.GROUP_AGGREGATE, role,
				List.of(new Aggregate(agreement.code(), agreement.name(), contributors))));
		if (agreement.seesConnectedAggregates(recipient) && !agreement.connectedGroups().isEmpty()) {
			List<Aggregate> connected = new ArrayList<>();
			for (String code : agreement.connectedGroups()) {
				configuration.agreement(code)
					.map((group) -> new Aggregate(group.code(), group.name(),
							practices(directory, group.acceptedParticipants())))
					.ifPresent(connected::add);
			}
			views.add(maker.aggregates("connected", ViewKind.CONNECTED_GROUP_AGGREGATES, role, connected));
		}
		return views;
	}

	private static Withheld notTakingPart(Grant grant, Participation response) {
		String instrument = (grant.type() == GrantType.CONTRACT) ? "contract " : "agreement ";
		String reason = (response == Participation.PENDING)
				? "Invitation to " + instrument + grant.code() + " not accepted yet, so nothing is shared under it."
				: "Declined or withdrew from " + instrument + grant.code() + ", so nothing is shared under it.";
		return new Withheld(grant.type().label() + " " + grant.code() + " (" + grant.name() + ")", reason);
	}

	/** Returns the codes that are practices, sorted, because only practices produce activity data. */
	private static List<String> practices(OrganisationDirectory directory, List<String> codes) {
		return codes.stream()
			.filter((code) -> directory.find(code).map(Organisation::type).orElse(null) == OrganisationType.PRACTICE
					|| directory.practice(code).isPresent())
			.sorted()
			.toList();
	}

	/** Builds the views of one contract or agreement with ids, titles and flags in one style. */
	private record ViewMaker(String idPrefix, Grant grant, boolean unofficial, Set<String> metricCodes) {

		Optional<View> organisations(String idSuffix, ViewKind kind, String role, List<String> practices,
				List<Withheld> withheld) {
			if (practices.isEmpty()) {
				withheld.add(new Withheld("View \"" + title(kind) + "\"",
						"No practice that accepted the invitation takes part yet."));
				return Optional.empty();
			}
			return Optional.of(new View(this.idPrefix + ":" + idSuffix, kind, title(kind), role, this.grant,
					this.unofficial, practices, List.of(), this.metricCodes));
		}

		View aggregates(String idSuffix, ViewKind kind, String role, List<Aggregate> aggregates) {
			return new View(this.idPrefix + ":" + idSuffix, kind, title(kind), role, this.grant, this.unofficial,
					List.of(), aggregates, this.metricCodes);
		}

		private String title(ViewKind kind) {
			String title = this.grant.name() + ": " + kind.label();
			return this.unofficial ? title + " (UNOFFICIAL)" : title;
		}

	}

}
