package org.benchwarden.sharing;

/**
 * The part of its group's data that a participating organisation may see, written in YAML as
 * {@code entire-data-set}, {@code aggregated-data-only} or {@code cannot-view}.
 */
public enum AccessLevel {

	/** Every accepted participating practice one by one, and the group aggregate. */
	ENTIRE_DATA_SET("entire data set"),
	/** The group aggregate only. */
	AGGREGATED_DATA_ONLY("aggregated data only"),
	/** No group data, although the organisation still sees its own data. */
	CANNOT_VIEW("cannot view group data");

	private final String label;

	AccessLevel(String label) {
		this.label = label;
	}

	/** Returns the level in the words used on workbook cover sheets. */
	public String label() {
		return this.label;
	}

}
