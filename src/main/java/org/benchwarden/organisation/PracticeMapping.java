package org.benchwarden.organisation;

/**
 * One practice's place in the published hierarchy: its PCN, Sub-ICB location, ICB and region,
 * each taken from the mapping row as published rather than derived from another level. Any level
 * other than the practice may be null where the mapping leaves it empty.
 */
public record PracticeMapping(Organisation practice, Organisation pcn, Organisation subIcb, Organisation icb,
		Organisation region) {

	public String practiceCode() {
		return this.practice.odsCode();
	}

}
