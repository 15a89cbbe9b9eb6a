package org.benchwarden.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What each recipient of a {@link SharingPlan} may see, worked out from the sharing rules alone and
 * written to be read at a glance, as the expected side of the leak test. It does not call the
 * product's resolver.
 *
 * <p>The rules: every practice sees its own data. The lead and accepted members of a PCN group see
 * each accepted practice of the group and the group aggregate. The lead and accepted members of an
 * ICB group see the group aggregate and the aggregate of each connected PCN group, which by default
 * is every PCN group whose PCN has a practice in the ICB group. The contract authority sees one
 * aggregate per PCN over the accepted providers and the contract aggregate, for the contract's
 * metrics only. Only accepted practices contribute, and nothing is shared with an organisation
 * under an instrument it has not accepted. The QOF figures of a practice that has not accepted the
 * QOF contract stay in its own workbook; the leak checker applies that rule per figure.
 */
final class EntitlementOracle {

	/**
	 * An aggregate a recipient may be given.
	 *
	 * @param code the aggregate's code: the agreement code, the PCN code of a provider group, or
	 * the contract code
	 * @param namedOrganisation the organisation the aggregate is about (group lead or PCN), or null
	 * @param contributors the accepted practices summed
	 * @param qofOnly true when only the contract's QOF metrics may appear
	 */
	record ExpectedAggregate(String code, String namedOrganisation, Set<String> contributors, boolean qofOnly) {

		boolean showsMetric(String metric) {
			return !this.qofOnly || metric.startsWith("QOF_");
		}

	}

	/**
	 * One recipient's allowance.
	 *
	 * @param recipient the recipient's ODS code
	 * @param visiblePractices practices it may see one by one
	 * @param aggregates candidate aggregates by code, before the disclosure guard
	 * @param namedCodes organisation codes it may read anywhere in its workbook
	 */
	record Allowance(String recipient, Set<String> visiblePractices, Map<String, ExpectedAggregate> aggregates,
			Set<String> namedCodes) {

		/**
		 * Returns why the aggregate would let the recipient work out one practice's figures when the
		 * given aggregates are shown too, or null when it would not. An aggregate is unsafe when it
		 * has no contributors, when exactly one contributor is not visible one by one, or when
		 * another shown aggregate inside it leaves exactly one such practice after subtraction.
		 */
		String unsafeReason(ExpectedAggregate aggregate, Set<String> shownCodes) {
			if (aggregate.contributors().isEmpty()) {
				return "no contributors";
			}
			Set<String> hidden = new HashSet<>(aggregate.contributors());
			hidden.removeAll(this.visiblePractices);
			if (hidden.size() == 1) {
				return "one contributor is not visible one by one";
			}
			for (String code : shownCodes) {
				ExpectedAggregate other = this.aggregates.get(code);
				boolean strictlyInside = other != null && other.contributors().size() < aggregate.contributors().size()
						&& aggregate.contributors().containsAll(other.contributors());
				if (!strictlyInside) {
					continue;
				}
				Set<String> rest = new HashSet<>(hidden);
				rest.removeAll(other.contributors());
				if (rest.size() == 1) {
					return "subtracting " + code + " leaves one practice";
				}
			}
			return null;
		}

		/** Returns whether the aggregate is safe even with every candidate aggregate shown. */
		boolean safeAgainstAll(ExpectedAggregate aggregate) {
			return unsafeReason(aggregate, this.aggregates.keySet()) == null;
		}

	}

	private final SharingPlan plan;

	private final RealActivityData data;

	EntitlementOracle(SharingPlan plan, RealActivityData data) {
		this.plan = plan;
		this.data = data;
	}

	Allowance allowanceOf(String recipient) {
		Set<String> visible = new TreeSet<>();
		Map<String, ExpectedAggregate> aggregates = new TreeMap<>();
		Set<String> named = new TreeSet<>();
		named.add(recipient);
		if (this.data.knownPractices.contains(recipient)) {
			visible.add(recipient);
		}

		if (this.plan.providers.contains(recipient)) {
			named.add(SharingPlan.AUTHORITY);
		}
		if (SharingPlan.AUTHORITY.equals(recipient)) {
			Set<String> accepted = new TreeSet<>();
			for (String practice : this.plan.providers) {
				if (this.plan.acceptedProvider(practice)) {
					accepted.add(practice);
				}
			}
			Map<String, Set<String>> byPcn = new TreeMap<>();
			for (String practice : accepted) {
				byPcn.computeIfAbsent(this.data.placements.get(practice).pcn(), (key) -> new TreeSet<>()).add(practice);
			}
			byPcn.forEach((pcn, practices) -> aggregates.put(pcn, new ExpectedAggregate(pcn, pcn, practices, true)));
			aggregates.put(SharingPlan.CONTRACT, new ExpectedAggregate(SharingPlan.CONTRACT, null, accepted, true));
		}

		for (SharingPlan.Agreement agreement : this.plan.agreements.values()) {
			if (!agreement.invites(recipient)) {
				continue;
			}
			named.add(agreement.lead());
			if (!agreement.accepted(recipient)) {
				continue;
			}
			Set<String> contributors = new TreeSet<>(agreement.acceptedMembers());
			aggregates.put(agreement.code(),
					new ExpectedAggregate(agreement.code(), agreement.lead(), contributors, false));
			if (agreement.template().equals("pcn")) {
				visible.addAll(contributors);
			}
			else {
				for (SharingPlan.Agreement connected : connectedPcnGroups(agreement)) {
					aggregates.put(connected.code(), new ExpectedAggregate(connected.code(), connected.lead(),
							new TreeSet<>(connected.acceptedMembers()), false));
				}
			}
		}

		named.addAll(visible);
		for (ExpectedAggregate aggregate : aggregates.values()) {
			named.add(aggregate.code());
			if (aggregate.namedOrganisation() != null) {
				named.add(aggregate.namedOrganisation());
			}
		}
		return new Allowance(recipient, visible, aggregates, named);
	}

	/** Returns the PCN groups whose PCN has a practice among the ICB group's lead and members. */
	private List<SharingPlan.Agreement> connectedPcnGroups(SharingPlan.Agreement icbGroup) {
		Set<String> pcns = new HashSet<>();
		for (String practice : icbGroup.members()) {
			pcns.add(this.data.placements.get(practice).pcn());
		}
		List<SharingPlan.Agreement> connected = new ArrayList<>();
		for (SharingPlan.Agreement agreement : this.plan.agreements.values()) {
			if (agreement.template().equals("pcn") && pcns.contains(agreement.lead())) {
				connected.add(agreement);
			}
		}
		return connected;
	}

}
