package org.benchwarden.sharing;

/**
 * The recommended group setups. Each fixes the access level of the lead and of the members, and
 * whether each may see the aggregates of the connected groups. An agreement may override any of
 * these settings.
 */
public enum AgreementTemplate {

	/** ICB group: lead and members see the group aggregate and the connected PCN aggregates. */
	ICB(AccessLevel.AGGREGATED_DATA_ONLY, true, AccessLevel.AGGREGATED_DATA_ONLY, true),
	/** PCN group: lead and members see the entire data set. */
	PCN(AccessLevel.ENTIRE_DATA_SET, false, AccessLevel.ENTIRE_DATA_SET, false),
	/**
	 * Federation group: the lead sees the entire data set and the connected PCN aggregates. Members
	 * see the group aggregate and the connected PCN aggregates.
	 */
	FEDERATION(AccessLevel.ENTIRE_DATA_SET, true, AccessLevel.AGGREGATED_DATA_ONLY, true);

	private final AccessLevel leadAccess;

	private final boolean leadSeesConnectedAggregates;

	private final AccessLevel memberAccess;

	private final boolean membersSeeConnectedAggregates;

	AgreementTemplate(AccessLevel leadAccess, boolean leadSeesConnectedAggregates, AccessLevel memberAccess,
			boolean membersSeeConnectedAggregates) {
		this.leadAccess = leadAccess;
		this.leadSeesConnectedAggregates = leadSeesConnectedAggregates;
		this.memberAccess = memberAccess;
		this.membersSeeConnectedAggregates = membersSeeConnectedAggregates;
	}

	public AccessLevel leadAccess() {
		return this.leadAccess;
	}

	public boolean leadSeesConnectedAggregates() {
		return this.leadSeesConnectedAggregates;
	}

	public AccessLevel memberAccess() {
		return this.memberAccess;
	}

	public boolean membersSeeConnectedAggregates() {
		return this.membersSeeConnectedAggregates;
	}

	/**
	 * Returns whether an agreement set up from this template is connected by default to every
	 * PCN-template group whose lead PCN has a practice among its members.
	 */
	public boolean connectsToPcnGroupsByDefault() {
		return this != PCN;
	}

}
