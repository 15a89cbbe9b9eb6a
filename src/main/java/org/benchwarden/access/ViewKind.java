package org.benchwarden.access;

/**
 * Kind of view. Organisation-level kinds list organisations one by one, and aggregate kinds show
 * only sums over their contributors.
 */
public enum ViewKind {

	OWN_DATA("Own data", false),
	GROUP_ORGANISATIONS("Group organisation-level data", false),
	GROUP_AGGREGATE("Group aggregate", true),
	CONNECTED_GROUP_AGGREGATES("Connected group aggregates", true),
	CONTRACT_PROVIDERS("Contract provider-level data", false),
	CONTRACT_PROVIDER_GROUP_AGGREGATES("Contract provider-group aggregates", true),
	CONTRACT_AGGREGATE("Contract aggregate", true);

	private final String label;

	private final boolean aggregate;

	ViewKind(String label, boolean aggregate) {
		this.label = label;
		this.aggregate = aggregate;
	}

	public String label() {
		return this.label;
	}

	public boolean isAggregate() {
		return this.aggregate;
	}

}
