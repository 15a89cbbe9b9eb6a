package org.benchwarden.access;

import java.util.List;
import java.util.Set;

import org.benchwarden.organisation.Organisation;

/**
 * Everything one recipient may receive: the union of the views that each of its roles allows,
 * and what was withheld. Immutable.
 *
 * @param recipient the organisation that receives the workbook
 * @param views the views, in the order they appear in the workbook
 * @param withheld views or aggregates left out, with the reason
 */
public record Entitlements(Organisation recipient, List<View> views, List<Withheld> withheld) {

	public Entitlements {
		views = List.copyOf(views);
		withheld = List.copyOf(withheld);
	}

	/** Returns the practices whose figures this recipient may see one by one, in any view. */
	public Set<String> individuallyVisiblePractices() {
		return this.views.stream()
			.flatMap((view) -> view.organisations().stream())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

}
