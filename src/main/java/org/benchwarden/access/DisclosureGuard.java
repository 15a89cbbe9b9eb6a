package org.benchwarden.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Withholds every aggregate from which a recipient could work out another organisation's
 * figures, and records each with a reason that names no hidden practice. Stateless.
 *
 * <p>V is the set of practices the recipient sees one by one. An aggregate is withheld when it
 * has no contributors, when exactly one of its contributors is outside V, or when another
 * visible aggregate B has contributors inside its own and exactly one of its contributors is
 * outside both B and V, because subtracting B and the practices in V then leaves one practice.
 */
final class DisclosureGuard {

	private DisclosureGuard() {
	}

	/** One aggregate as shown in one view. */
	private record ShownAggregate(View view, Aggregate aggregate, Set<String> contributors) {
	}

	/**
	 * Returns the views with the unsafe aggregates removed, dropping aggregate views left empty,
	 * and adds one entry to {@code withheld} for each aggregate and view removed.
	 */
	static List<View> apply(List<View> views, List<Withheld> withheld) {
		Set<String> visiblePractices = new HashSet<>();
		List<ShownAggregate> shown = new ArrayList<>();
		for (View view : views) {
			visiblePractices.addAll(view.organisations());
			for (Aggregate aggregate : view.aggregates()) {
				shown.add(new ShownAggregate(view, aggregate, Set.copyOf(aggregate.contributors())));
			}
		}

		// Withholding only ever removes a way to subtract, so a pass that removes nothing is final.
		boolean removed = true;
		while (removed) {
			removed = false;
			for (ShownAggregate candidate : List.copyOf(shown)) {
				String reason = reasonToWithhold(candidate, shown, visiblePractices);
				if (reason != null) {
					shown.remove(candidate);
					withheld.add(new Withheld("Aggregate \"" + candidate.aggregate().name() + "\" in \""
							+ candidate.view().title() + "\"", reason));
					removed = true;
				}
			}
		}

		return rebuild(views, shown, withheld);
	}

	private static String reasonToWithhold(ShownAggregate candidate, List<ShownAggregate> shown,
			Set<String> visiblePractices) {
		if (candidate.contributors().isEmpty()) {
			return "No practice that accepted the invitation contributes to it.";
		}
		Set<String> hidden = new HashSet<>(candidate.contributors());
		hidden.removeAll(visiblePractices);
		if (hidden.size() == 1 && candidate.contributors().size() == 1) {
			return "Only one practice contributes to it, so the aggregate would show that practice's own figures.";
		}
		if (hidden.size() == 1) {
			return "Every contributor but one is shown to you organisation by organisation, so the aggregate "
					+ "would reveal the remaining practice's figures.";
		}
		// NOTE: only one aggregate is subtracted at a time; a difference against the union of two or more
		// visible aggregates is not checked.
		for (ShownAggregate other : shown) {
			if (other == candidate || other.contributors().size() >= candidate.contributors().size()
					|| !candidate.contributors().containsAll(other.contributors())) {
				continue;
			}
			// other is inside candidate, so the practices left after subtracting other and V are the
			// hidden ones minus the hidden ones in other. Counting avoids copying the hidden set, which
			// for a national contract aggregate contains thousands of practices.
			long hiddenInOther = other.contributors().stream().filter(hidden::contains).count();
			if (hidden.size() - hiddenInOther == 1) {
				return "Subtracting the aggregate \"" + other.aggregate().name()
						+ "\", which you also receive, would reveal one practice's figures.";
			}
		}
		return null;
	}

	private static List<View> rebuild(List<View> views, List<ShownAggregate> keptAggregates, List<Withheld> withheld) {
		Map<View, List<Aggregate>> keptByView = new LinkedHashMap<>();
		for (ShownAggregate shown : keptAggregates) {
			keptByView.computeIfAbsent(shown.view(), (view) -> new ArrayList<>()).add(shown.aggregate());
		}
		List<View> result = new ArrayList<>();
		for (View view : views) {
			if (!view.kind().isAggregate()) {
				result.add(view);
				continue;
			}
			List<Aggregate> aggregates = keptByView.getOrDefault(view, List.of());
			if (aggregates.isEmpty()) {
				withheld.add(new Withheld("View \"" + view.title() + "\"", "Every aggregate in it was withheld."));
				continue;
			}
			result.add(new View(view.id(), view.kind(), view.title(), view.role(), view.grant(), view.unofficial(),
					view.organisations(), aggregates, view.metricCodes()));
		}
		return result;
	}

}
