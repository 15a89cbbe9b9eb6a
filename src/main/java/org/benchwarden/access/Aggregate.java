package org.benchwarden.access;

import java.util.List;

/**
 * A named sum over a set of practices. Ratios are formed as the sum of numerators over the sum of
 * denominators.
 *
 * @param code the group, contract or provider-group code that the aggregate stands for
 * @param name a readable name for the aggregate
 * @param contributors ODS codes of the practices whose figures are summed, sorted
 */
public record Aggregate(String code, String name, List<String> contributors) {

	public Aggregate {
		contributors = List.copyOf(contributors);
	}

}
