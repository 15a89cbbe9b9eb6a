package org.benchwarden.organisation;

/**
 * Kind of organisation, as far as data sharing cares. Only practices produce activity data.
 */
public enum OrganisationType {

	PRACTICE("GP practice"), PCN("PCN"), SUB_ICB("Sub-ICB location"), ICB("ICB"), REGION("NHS England region"),
	NATIONAL("National body"), FEDERATION("GP federation"), OTHER("Other organisation");

	private final String label;

	OrganisationType(String label) {
		this.label = label;
	}

	/** Returns the name used for this kind in workbooks and messages. */
	public String label() {
		return this.label;
	}

}
