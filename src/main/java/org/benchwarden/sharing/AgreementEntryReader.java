package org.benchwarden.sharing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.OrganisationDirectory;
import org.benchwarden.organisation.PracticeMapping;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code agreements:} entries into {@link Agreement}s, applying templates and the default
 * connections of ICB and federation groups. Not thread-safe.
 */
final class AgreementEntryReader {

	static final Set<String> KEYS = new LinkedHashSet<>(List.of("code", "name", "template", "lead", "members",
			"pending", "declined", "connected-groups", "lead-access", "member-access",
			"lead-sees-connected-aggregates", "members-see-connected-aggregates", "access"));

	private static final String ACCESS_EXAMPLE = "access: {D81001: cannot-view}";

	private final OrganisationDirectory directory;

	private final ParticipantReader participants;

	AgreementEntryReader(OrganisationDirectory directory) {
		this.directory = directory;
		this.participants = new ParticipantReader(directory);
	}

	/**
	 * An agreement read from one entry, before its connections are settled.
	 * @param explicitConnections the codes under connected-groups, or null when the key is absent
	 */
	record Draft(Agreement agreement, YamlEntry entry, List<String> explicitConnections) {
	}

	/** Returns the agreement without connections, or empty when the entry is unusable. */
	Optional<Draft> read(YamlEntry entry) {
		Optional<String> code = entry.code("code");
		if (code.isEmpty()) {
			entry.problem("code is missing", "give every agreement a unique code, e.g. code: PCN-U88254");
			return Optional.empty();
		}
		YamlEntry agreement = entry.relabel("agreement " + code.get());
		String name = agreement.text("name").orElse(code.get());
		AgreementTemplate template = agreement.choice("template", AgreementTemplate.class, "template").orElse(null);

		Optional<String> lead = agreement.code("lead");
		if (lead.isEmpty()) {
			agreement.problem("lead is missing", "name the group's lead organisation, e.g. lead: U88254");
		}
		else if (!this.participants.isKnown(agreement, agreement.nodeOf("lead"), lead.get(), "lead")) {
			lead = Optional.empty();
		}

		Map<String, String> members = this.participants.readInvited(agreement, "members", "member");
		if (!agreement.has("members")) {
			agreement.problem("members is missing", "list the member organisations under members: codes or "
					+ "members: practices-under");
		}
		Set<String> invited = new TreeSet<>(members.keySet());
		if (lead.isPresent() && members.containsKey(lead.get())) {
			agreement.problem(agreement.nodeOf("members"), "the lead " + lead.get() + " is also named as a member",
					"remove it from members, because the lead takes part already");
		}
		lead.ifPresent(invited::add);
		SortedMap<String, Participation> responses = this.participants.readResponses(agreement, invited,
				"the lead or a member of this agreement");

		AccessLevel leadAccess = readAccess(agreement, "lead-access", (template != null) ? template.leadAccess() : null);
		AccessLevel memberAccess = readAccess(agreement, "member-access",
				(template != null) ? template.memberAccess() : null);
		boolean leadSeesConnected = agreement.flag("lead-sees-connected-aggregates")
			.orElse(template != null && template.leadSeesConnectedAggregates());
		boolean membersSeeConnected = agreement.flag("members-see-connected-aggregates")
			.orElse(template != null && template.membersSeeConnectedAggregates());
		Map<String, AccessLevel> overrides = readOverrides(agreement, invited);
		List<String> explicitConnections = agreement.has("connected-groups") ? agreement.codes("connected-groups")
				: null;

		if (lead.isEmpty() || leadAccess == null || memberAccess == null) {
			return Optional.empty();
		}
		Agreement result = new Agreement(code.get(), name, template, lead.get(), responses, List.of(), leadAccess,
				memberAccess, leadSeesConnected, membersSeeConnected, overrides);
		return Optional.of(new Draft(result, agreement, explicitConnections));
	}

	private static AccessLevel readAccess(YamlEntry agreement, String key, AccessLevel fromTemplate) {
		Optional<AccessLevel> level = agreement.choice(key, AccessLevel.class, "access level");
		if (level.isEmpty() && fromTemplate == null && !agreement.has(key)) {
			agreement.problem(key + " is missing and no template is set",
					"set " + key + " to one of " + YamlEntry.words(AccessLevel.class)
							+ ", or choose a template from " + YamlEntry.words(AgreementTemplate.class));
		}
		return level.orElse(fromTemplate);
	}

	private static Map<String, AccessLevel> readOverrides(YamlEntry agreement, Set<String> invited) {
		Map<String, AccessLevel> overrides = new LinkedHashMap<>();
		for (Map.Entry<String, Node> pair : agreement.codeMapping("access", ACCESS_EXAMPLE).entrySet()) {
			String code = pair.getKey();
			Node value = pair.getValue();
			if (!invited.contains(code)) {
				agreement.problem(value, "access names " + code + ", which is not the lead or a member of this agreement",
						"invite it first or remove it from access");
				continue;
			}
			if (!(value instanceof ScalarNode scalar)) {
				agreement.problem(value, "the access level of " + code + " must be a single value",
						"write it as " + ACCESS_EXAMPLE);
				continue;
			}
			agreement.choice(value, scalar.getValue().strip(), AccessLevel.class, "access level")
				.ifPresent((level) -> overrides.put(code, level));
		}
		return overrides;
	}

	/**
	 * Settles each agreement's connected groups: the codes it lists, or by default for ICB and
	 * federation templates every PCN-template agreement whose lead PCN has a practice among its
	 * members. Records a problem for each listed code that names no agreement.
	 */
	List<Agreement> connect(List<Draft> drafts) {
		Map<String, Agreement> byCode = new HashMap<>();
		for (Draft draft : drafts) {
			byCode.putIfAbsent(draft.agreement().code(), draft.agreement());
		}
		List<Agreement> connected = new ArrayList<>();
		for (Draft draft : drafts) {
			Agreement agreement = draft.agreement();
			List<String> connections = (draft.explicitConnections() != null)
					? checkedConnections(draft, byCode) : defaultConnections(agreement, drafts);
			connected.add(new Agreement(agreement.code(), agreement.name(), agreement.template(), agreement.lead(),
					agreement.participants(), connections, agreement.leadAccess(), agreement.memberAccess(),
					agreement.leadSeesConnectedAggregates(), agreement.membersSeeConnectedAggregates(),
					agreement.accessOverrides()));
		}
		return connected;
	}

	private static List<String> checkedConnections(Draft draft, Map<String, Agreement> byCode) {
		List<String> connections = new ArrayList<>();
		Node at = draft.entry().nodeOf("connected-groups");
		for (String code : draft.explicitConnections()) {
			if (code.equals(draft.agreement().code())) {
				draft.entry().problem(at, "connected-groups names the agreement itself",
						"remove " + code + " from connected-groups");
			}
			else if (!byCode.containsKey(code)) {
				draft.entry().problem(at, "connected group " + code + " is not an agreement in this configuration",
						"check the code, or add the agreement");
			}
			else {
				connections.add(code);
			}
		}
		return connections;
	}

	private List<String> defaultConnections(Agreement agreement, List<Draft> drafts) {
		if (agreement.template() == null || !agreement.template().connectsToPcnGroupsByDefault()) {
			return List.of();
		}
		Set<String> memberPcns = new TreeSet<>();
		for (String member : agreement.participants().keySet()) {
			this.directory.practice(member)
				.map(PracticeMapping::pcn)
				.filter(Objects::nonNull)
				.map(Organisation::odsCode)
				.ifPresent(memberPcns::add);
		}
		List<String> connections = new ArrayList<>();
		for (Draft other : drafts) {
			Agreement candidate = other.agreement();
			if (candidate.template() == AgreementTemplate.PCN && !candidate.code().equals(agreement.code())
					&& memberPcns.contains(candidate.lead())) {
				connections.add(candidate.code());
			}
		}
		return connections;
	}

}
