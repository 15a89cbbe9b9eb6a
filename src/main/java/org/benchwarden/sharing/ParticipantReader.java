package org.benchwarden.sharing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.benchwarden.organisation.OrganisationDirectory;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the organisations a contract or agreement invites ({@code providers:} or
 * {@code members:}) and their responses ({@code pending:}, {@code declined:}). Not thread-safe.
 */
final class ParticipantReader {

	static final String PRACTICES_UNDER = "practices-under";

	static final String CODES = "codes";

	static final Set<String> KEYS = new LinkedHashSet<>(List.of(PRACTICES_UNDER, CODES));

	private final OrganisationDirectory directory;

	ParticipantReader(OrganisationDirectory directory) {
		this.directory = directory;
	}

	/**
	 * Returns each invited ODS code with where it was named, in the order named. A code named twice
	 * is recorded as a problem and kept once.
	 * @param noun what one participant is called in messages, e.g. "provider"
	 */
	Map<String, String> readInvited(YamlEntry entry, String key, String noun) {
		Map<String, String> invited = new LinkedHashMap<>();
		YamlEntry list = entry.mapping(key, KEYS).orElse(null);
		if (list == null) {
			return invited;
		}
		for (String parent : list.codes(PRACTICES_UNDER)) {
			Node at = list.nodeOf(PRACTICES_UNDER);
			if (!isKnown(list, at, parent, "practices-under code")) {
				continue;
			}
			List<String> practices = this.directory.practicesUnder(parent);
			if (practices.isEmpty()) {
				list.problem(at, "no mapped practice is under " + parent,
						"check the code, or name the practices under " + key + " codes");
			}
			for (String practice : practices) {
				invite(list, at, invited, practice, "through practices-under " + parent, noun);
			}
		}
		for (String code : list.codes(CODES)) {
			Node at = list.nodeOf(CODES);
			if (isKnown(list, at, code, noun)) {
				invite(list, at, invited, code, "by code", noun);
			}
		}
		return invited;
	}

	private static void invite(YamlEntry list, Node at, Map<String, String> invited, String code, String source,
			String noun) {
		String earlier = invited.putIfAbsent(code, source);
		if (earlier != null) {
			list.problem(at, noun + " " + code + " is named twice, " + earlier + " and " + source,
					"name each " + noun + " once");
		}
	}

	/**
	 * Returns each invited organisation with its response: pending or declined where those lists name
	 * it, accepted otherwise.
	 * @param invitedWhere how a message says where an organisation must be named to be invited,
	 * e.g. "a provider of this contract"
	 */
	SortedMap<String, Participation> readResponses(YamlEntry entry, Set<String> invited, String invitedWhere) {
		SortedMap<String, Participation> responses = new TreeMap<>();
		for (String code : invited) {
			responses.put(code, Participation.ACCEPTED);
		}
		markResponses(entry, "pending", Participation.PENDING, responses, invitedWhere);
		markResponses(entry, "declined", Participation.DECLINED, responses, invitedWhere);
		return responses;
	}

	private static void markResponses(YamlEntry entry, String key, Participation response,
			Map<String, Participation> responses, String invitedWhere) {
		for (String code : entry.codes(key)) {
			Participation earlier = responses.get(code);
			if (earlier == null) {
				entry.problem(entry.nodeOf(key), key + " names " + code + ", which is not " + invitedWhere,
						"invite it first or remove it from " + key);
			}
			else if (earlier != Participation.ACCEPTED) {
				entry.problem(entry.nodeOf(key), code + " is listed under both pending and declined",
						"keep it in one of the two lists");
			}
			else {
				responses.put(code, response);
			}
		}
	}

	/** Returns whether the code is in the directory, recording a problem when it is not. */
	boolean isKnown(YamlEntry entry, Node at, String code, String role) {
		if (this.directory.contains(code)) {
			return true;
		}
		entry.problem(at, role + " " + code + " is not a known ODS code",
				"check the code against the NHS mapping files, or declare the organisation under organisations");
		return false;
	}

}
