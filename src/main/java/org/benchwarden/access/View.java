package org.benchwarden.access;

import java.util.List;
import java.util.Set;

/**
 * One part of a recipient's workbook, with the role and the instrument that allow it.
 * Organisation-level views list {@link #organisations()} and have no aggregates; aggregate views
 * list {@link #aggregates()} and show no organisation individually.
 *
 * @param id stable identifier, unique within one recipient's entitlements
 * @param kind what the view shows
 * @param title readable title for the cover sheet and the sheet heading
 * @param role the recipient's role that allows the view, e.g. "Authority", "Lead organisation",
 * "Member organisation (aggregated data only)"
 * @param grant the contract or agreement that allows it
 * @param unofficial true when the view comes from an UNOFFICIAL contract
 * @param organisations ODS codes of practices shown one by one, sorted; empty for aggregate views
 * @param aggregates aggregates shown; empty for organisation-level views
 * @param metricCodes the metrics the view may show; empty means every metric in the catalogue
 */
public record View(String id, ViewKind kind, String title, String role, Grant grant, boolean unofficial,
		List<String> organisations, List<Aggregate> aggregates, Set<String> metricCodes) {

	public View {
		organisations = List.copyOf(organisations);
		aggregates = List.copyOf(aggregates);
		metricCodes = Set.copyOf(metricCodes);
	}

	public boolean showsMetric(String metricCode) {
		return this.metricCodes.isEmpty() || this.metricCodes.contains(metricCode);
	}

}
