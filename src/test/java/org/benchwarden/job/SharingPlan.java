package org.benchwarden.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A sharing configuration that a test generates over real practices, kept as plain values so that
 * the test can work out entitlements from it without the product, and written as YAML for the job.
 * One QOF contract with NHS England as authority, one PCN group per PCN and one ICB group per ICB,
 * and a few organisations that have not accepted.
 */
final class SharingPlan {

	static final String AUTHORITY = "X24";

	static final String CONTRACT = "QOF";

	/** A PCN-template or ICB-template agreement; members are practices. */
	record Agreement(String code, String name, String template, String lead, List<String> members,
			Set<String> pending, Set<String> declined) {

		boolean accepted(String code) {
			return !this.pending.contains(code) && !this.declined.contains(code);
		}

		boolean invites(String code) {
			return this.lead.equals(code) || this.members.contains(code);
		}

		List<String> acceptedMembers() {
			return this.members.stream().filter(this::accepted).toList();
		}

	}

	final List<String> providers;

	final Set<String> contractPending = new TreeSet<>();

	final Set<String> contractDeclined = new TreeSet<>();

	final Map<String, Agreement> agreements = new TreeMap<>();

	private SharingPlan(List<String> providers) {
		this.providers = List.copyOf(providers);
	}

	/**
	 * Builds the plan over the known practices. Organisations that have not accepted are picked by
	 * position in sorted order, so the plan is the same on every run. They are the first two
	 * providers on the contract, one member of the first two-practice PCN (which leaves an aggregate
	 * of one), one member and the lead of PCNs of three or more practices, and one member of the
	 * first ICB group.
	 */
	static SharingPlan generate(RealActivityData data) {
		SharingPlan plan = new SharingPlan(List.copyOf(data.knownPractices));
		plan.contractPending.add(plan.providers.get(0));
		plan.contractDeclined.add(plan.providers.get(1));

		Map<String, List<String>> byPcn = new TreeMap<>();
		Map<String, List<String>> byIcb = new TreeMap<>();
		Map<String, String> names = new TreeMap<>();
		for (String practice : data.knownPractices) {
			RealActivityData.Placement placement = data.placements.get(practice);
			byPcn.computeIfAbsent(placement.pcn(), (key) -> new ArrayList<>()).add(practice);
			byIcb.computeIfAbsent(placement.icb(), (key) -> new ArrayList<>()).add(practice);
			names.putIfAbsent(placement.pcn(), placement.pcnName());
			names.putIfAbsent(placement.icb(), placement.icbName());
		}

		String twoPracticePcn = byPcn.entrySet().stream().filter((entry) -> entry.getValue().size() == 2)
			.map(Map.Entry::getKey).findFirst().orElseThrow();
		List<String> largePcns = byPcn.entrySet().stream().filter((entry) -> entry.getValue().size() >= 3)
			.map(Map.Entry::getKey).toList();
		for (Map.Entry<String, List<String>> pcn : byPcn.entrySet()) {
			Set<String> pending = new TreeSet<>();
			Set<String> declined = new TreeSet<>();
			if (pcn.getKey().equals(twoPracticePcn)) {
				declined.add(pcn.getValue().get(1));
			}
			else if (pcn.getKey().equals(largePcns.get(0))) {
				pending.add(pcn.getValue().get(2));
			}
			else if (pcn.getKey().equals(largePcns.get(1))) {
				pending.add(pcn.getKey());
			}
			plan.add(new Agreement("PCN-" + pcn.getKey(), names.get(pcn.getKey()) + " benchmarking group", "pcn",
					pcn.getKey(), pcn.getValue(), pending, declined));
		}
		boolean first = true;
		for (Map.Entry<String, List<String>> icb : byIcb.entrySet()) {
			Set<String> declined = first ? Set.of(icb.getValue().get(0)) : Set.of();
			plan.add(new Agreement("ICB-" + icb.getKey(), names.get(icb.getKey()) + " group", "icb", icb.getKey(),
					icb.getValue(), Set.of(), declined));
			first = false;
		}
		return plan;
	}

	private void add(Agreement agreement) {
		this.agreements.put(agreement.code(), agreement);
	}

	boolean acceptedProvider(String practice) {
		return this.providers.contains(practice) && !this.contractPending.contains(practice)
				&& !this.contractDeclined.contains(practice);
	}

	/** Returns every organisation the plan names: the authority, providers, leads and members. */
	Set<String> recipients() {
		Set<String> recipients = new TreeSet<>();
		recipients.add(AUTHORITY);
		recipients.addAll(this.providers);
		for (Agreement agreement : this.agreements.values()) {
			recipients.add(agreement.lead());
			recipients.addAll(agreement.members());
		}
		return recipients;
	}

	/** Writes the plan as {@code sharing.yml} in the folder, in the documented format. */
	Path writeYaml(Path folder) throws IOException {
		StringBuilder yaml = new StringBuilder();
		yaml.append("organisations:\n");
		yaml.append("  - {code: ").append(AUTHORITY).append(", name: NHS England, type: national}\n");
		yaml.append("contracts:\n");
		yaml.append("  - code: ").append(CONTRACT).append('\n');
		yaml.append("    name: Quality and Outcomes Framework\n");
		yaml.append("    authority: ").append(AUTHORITY).append('\n');
		yaml.append("    providers: {codes: ").append(list(this.providers)).append("}\n");
		yaml.append("    pending: ").append(list(this.contractPending)).append('\n');
		yaml.append("    declined: ").append(list(this.contractDeclined)).append('\n');
		yaml.append("    authority-sees: [provider-group-aggregates, contract-aggregate]\n");
		yaml.append("agreements:\n");
		for (Agreement agreement : this.agreements.values()) {
			yaml.append("  - code: ").append(agreement.code()).append('\n');
			yaml.append("    name: ").append(quoted(agreement.name())).append('\n');
			yaml.append("    template: ").append(agreement.template()).append('\n');
			yaml.append("    lead: ").append(agreement.lead()).append('\n');
			yaml.append("    members: {codes: ").append(list(agreement.members())).append("}\n");
			if (!agreement.pending().isEmpty()) {
				yaml.append("    pending: ").append(list(agreement.pending())).append('\n');
			}
			if (!agreement.declined().isEmpty()) {
				yaml.append("    declined: ").append(list(agreement.declined())).append('\n');
			}
		}
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve("sharing.yml"), yaml);
	}

	private static String list(java.util.Collection<String> codes) {
		return "[" + String.join(", ", codes) + "]";
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
