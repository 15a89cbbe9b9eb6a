package org.benchwarden.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.benchwarden.organisation.OrganisationDirectory;
import org.benchwarden.organisation.PracticeMapping;
import org.benchwarden.sharing.AccessLevel;
import org.benchwarden.sharing.Agreement;
import org.benchwarden.sharing.AuthorityAccess;
import org.benchwarden.sharing.Contract;
import org.benchwarden.sharing.ContractStatus;
import org.benchwarden.sharing.Participation;
import org.benchwarden.sharing.ProviderGrouping;
import org.benchwarden.sharing.SharingConfiguration;
import org.benchwarden.sharing.SharingFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the resolver over configurations generated on the fixture hierarchy: random
 * providers, members, responses to invitations, access levels and connections. Each
 * configuration comes from a fixed seed named in the test's display name, so a failure repeats.
 */
class EntitlementResolverPropertiesTests {

	private static final OrganisationDirectory DIRECTORY = SharingFixtures.directory();

	private static final List<String> PRACTICES = DIRECTORY.practices()
		.stream()
		.map(PracticeMapping::practiceCode)
		.toList();

	private static final List<String> OTHERS = List.of("QUE", "QHM", "06H", "U88254", "U12345", "U55555");

	private final EntitlementResolver resolver = new EntitlementResolver();

	private static final int CONFIGURATIONS = 300;

	static Stream<Named<SharingConfiguration>> configurations() {
		return LongStream.range(0, CONFIGURATIONS)
			.mapToObj((seed) -> Named.of("seed " + seed, generate(new Random(seed))));
	}

	@ParameterizedTest
	@MethodSource("configurations")
	void nonAcceptedPracticeNeverShownToOthers(SharingConfiguration configuration) {
		for (Entitlements entitlements : this.resolver.resolve(configuration)) {
			String recipient = entitlements.recipient().odsCode();
			for (View view : entitlements.views()) {
				if (view.kind() == ViewKind.OWN_DATA) {
					continue;
				}
				for (String practice : view.organisations()) {
					assertTrue(accepted(configuration, view.grant().code()).contains(practice),
							recipient + " sees " + practice + " in " + view.id());
				}
				for (Aggregate aggregate : view.aggregates()) {
					String instrument = (view.kind() == ViewKind.CONNECTED_GROUP_AGGREGATES) ? aggregate.code()
							: view.grant().code();
					for (String practice : aggregate.contributors()) {
						assertTrue(accepted(configuration, instrument).contains(practice),
								recipient + " sees " + practice + " summed in " + aggregate.code());
					}
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("configurations")
	void organisationLevelViewsFollowRules(SharingConfiguration configuration) {
		for (Entitlements entitlements : this.resolver.resolve(configuration)) {
			String recipient = entitlements.recipient().odsCode();
			Set<String> allowed = allowedOneByOne(configuration, recipient);
			for (View view : entitlements.views()) {
				for (String practice : view.organisations()) {
					assertTrue(allowed.contains(practice), recipient + " sees " + practice + " in " + view.id());
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("configurations")
	void noAggregateRevealsOnePractice(SharingConfiguration configuration) {
		for (Entitlements entitlements : this.resolver.resolve(configuration)) {
			Set<String> visible = entitlements.individuallyVisiblePractices();
			List<Set<String>> aggregates = entitlements.views()
				.stream()
				.flatMap((view) -> view.aggregates().stream())
				.map((aggregate) -> (Set<String>) new HashSet<>(aggregate.contributors()))
				.toList();
			for (Set<String> aggregate : aggregates) {
				Set<String> hidden = new HashSet<>(aggregate);
				hidden.removeAll(visible);
				assertFalse(aggregate.isEmpty(), "an aggregate without contributors is shown");
				assertNotEquals(1, hidden.size(), entitlements.recipient().odsCode() + " can isolate " + hidden);
				for (Set<String> other : aggregates) {
					if (other.size() < aggregate.size() && aggregate.containsAll(other)) {
						Set<String> rest = new HashSet<>(hidden);
						rest.removeAll(other);
						assertNotEquals(1, rest.size(), entitlements.recipient().odsCode() + " can isolate " + rest);
					}
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("configurations")
	void everyPracticeRecipientSeesItself(SharingConfiguration configuration) {
		for (Entitlements entitlements : this.resolver.resolve(configuration)) {
			String recipient = entitlements.recipient().odsCode();
			boolean practice = PRACTICES.contains(recipient);
			long own = entitlements.views().stream().filter((view) -> view.kind() == ViewKind.OWN_DATA).count();
			assertEquals(practice ? 1 : 0, own, recipient);
		}
	}

	/** Returns the practices that accepted the contract or agreement with this code. */
	private static Set<String> accepted(SharingConfiguration configuration, String code) {
		List<String> accepted = configuration.contract(code)
			.map(Contract::acceptedProviders)
			.orElseGet(() -> configuration.agreement(code).orElseThrow().acceptedParticipants());
		Set<String> practices = new HashSet<>(accepted);
		practices.retainAll(PRACTICES);
		return practices;
	}

	/**
	 * Returns the practices the rules let a recipient see one by one: itself, the accepted providers
	 * of contracts whose authority it is with provider-data, and the accepted practices of groups it
	 * accepted with the entire data set.
	 */
	private static Set<String> allowedOneByOne(SharingConfiguration configuration, String recipient) {
		Set<String> allowed = new HashSet<>();
		if (PRACTICES.contains(recipient)) {
			allowed.add(recipient);
		}
		for (Contract contract : configuration.contracts()) {
			if (contract.authority().equals(recipient) && contract.authoritySees().contains(AuthorityAccess.PROVIDER_DATA)) {
				allowed.addAll(accepted(configuration, contract.code()));
			}
		}
		for (Agreement agreement : configuration.agreements()) {
			boolean takesPart = agreement.participation(recipient).map(Participation::isAccepted).orElse(false);
			if (takesPart && agreement.accessLevel(recipient) == AccessLevel.ENTIRE_DATA_SET) {
				allowed.addAll(accepted(configuration, agreement.code()));
			}
		}
		return allowed;
	}

	private static SharingConfiguration generate(Random random) {
		List<Contract> contracts = new ArrayList<>();
		int contractCount = random.nextInt(3);
		for (int i = 0; i < contractCount; i++) {
			String authority = pick(random, OTHERS);
			String manager = random.nextBoolean() ? pick(random, OTHERS) : null;
			ContractStatus status = (manager == null) ? ContractStatus.OFFICIAL : pick(random,
					List.of(ContractStatus.values()));
			Set<AuthorityAccess> sees = EnumSet.noneOf(AuthorityAccess.class);
			for (AuthorityAccess access : AuthorityAccess.values()) {
				if (random.nextBoolean()) {
					sees.add(access);
				}
			}
			contracts.add(new Contract("C" + i, "Contract " + i, authority, manager, status,
					responses(random, PRACTICES, null), new TreeSet<>(Set.of("QOF_PREV_AF")), sees,
					pick(random, List.of(ProviderGrouping.values())), random.nextBoolean()));
		}

		int agreementCount = random.nextInt(4);
		List<Agreement> agreements = new ArrayList<>();
		for (int i = 0; i < agreementCount; i++) {
			String lead = random.nextInt(4) == 0 ? pick(random, PRACTICES) : pick(random, OTHERS);
			List<String> connected = new ArrayList<>();
			for (int j = 0; j < agreementCount; j++) {
				if (j != i && random.nextBoolean()) {
					connected.add("G" + j);
				}
			}
			Map<String, AccessLevel> overrides = new HashMap<>();
			if (random.nextInt(3) == 0) {
				overrides.put(lead, pick(random, List.of(AccessLevel.values())));
			}
			agreements.add(new Agreement("G" + i, "Group " + i, null, lead, responses(random, PRACTICES, lead),
					connected, pick(random, List.of(AccessLevel.values())), pick(random, List.of(AccessLevel.values())),
					random.nextBoolean(), random.nextBoolean(), overrides));
		}
		return new SharingConfiguration(DIRECTORY, contracts, agreements);
	}

	/** Returns a random subset of the candidates, plus the lead if given, each with a random response. */
	private static TreeMap<String, Participation> responses(Random random, List<String> candidates, String lead) {
		TreeMap<String, Participation> responses = new TreeMap<>();
		for (String candidate : candidates) {
			if (random.nextInt(3) > 0) {
				responses.put(candidate, response(random));
			}
		}
		if (lead != null) {
			responses.put(lead, response(random));
		}
		return responses;
	}

	private static Participation response(Random random) {
		int roll = random.nextInt(5);
		return (roll == 0) ? Participation.PENDING : (roll == 1) ? Participation.DECLINED : Participation.ACCEPTED;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
