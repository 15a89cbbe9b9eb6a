package org.benchwarden.sharing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Data Sharing Agreement: a group with one lead organisation and member organisations, each
 * with its response to the invitation and its access level, and the groups it is connected to.
 * Immutable.
 *
 * @param code unique code, upper case, e.g. {@code PCN-U88254}
 * @param name readable name
 * @param template the recommended setup the agreement started from, or null when it sets every
 * access level itself
 * @param lead ODS code of the lead organisation
 * @param participants the lead and every member, each with its response to the invitation, ordered
 * by code
 * @param connectedGroups codes of the connected agreements, sorted
 * @param leadAccess the lead's access level, unless {@code accessOverrides} names the lead
 * @param memberAccess each member's access level, unless {@code accessOverrides} names the member
 * @param leadSeesConnectedAggregates whether the lead sees the aggregate of each connected group
 * @param membersSeeConnectedAggregates whether members see the aggregate of each connected group
 * @param accessOverrides access levels set for named participants, by ODS code
 */
public record Agreement(String code, String name, AgreementTemplate template, String lead,
		SortedMap<String, Participation> participants, List<String> connectedGroups, AccessLevel leadAccess,
		AccessLevel memberAccess, boolean leadSeesConnectedAggregates, boolean membersSeeConnectedAggregates,
		Map<String, AccessLevel> accessOverrides) {

	public Agreement {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(lead, "lead");
		Objects.requireNonNull(leadAccess, "leadAccess");
		Objects.requireNonNull(memberAccess, "memberAccess");
		if (!participants.containsKey(lead)) {
			throw new IllegalArgumentException("agreement " + code + ": the lead " + lead
					+ " must be among the participants with its response to the invitation");
		}
		participants = Collections.unmodifiableSortedMap(new TreeMap<>(participants));
		connectedGroups = connectedGroups.stream().sorted().distinct().toList();
		accessOverrides = Map.copyOf(accessOverrides);
	}

	public boolean isLead(String odsCode) {
		return this.lead.equals(odsCode);
	}

	/** Returns the organisation's response to the invitation, or empty when it is not a participant. */
	public Optional<Participation> participation(String odsCode) {
		return Optional.ofNullable(this.participants.get(odsCode));
	}

	/** Returns the access level of a participant: its override if any, else the lead's or members' level. */
	public AccessLevel accessLevel(String odsCode) {
		AccessLevel override = this.accessOverrides.get(odsCode);
		if (override != null) {
			return override;
		}
		return isLead(odsCode) ? this.leadAccess : this.memberAccess;
	}

	/** Returns whether a participant may see the aggregate of each connected group. */
	public boolean seesConnectedAggregates(String odsCode) {
		return isLead(odsCode) ? this.leadSeesConnectedAggregates : this.membersSeeConnectedAggregates;
	}

	/** Returns the participants that accepted the invitation, sorted. */
	public List<String> acceptedParticipants() {
		return this.participants.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().isAccepted())
			.map(Map.Entry::getKey)
			.toList();
	}

}
