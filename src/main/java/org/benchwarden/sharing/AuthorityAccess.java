package org.benchwarden.sharing;

/**
 * One kind of data a contract lets its authority see, written in YAML as {@code provider-data},
 * {@code provider-group-aggregates} or {@code contract-aggregate}.
 */
public enum AuthorityAccess {

	/** Each accepted provider's data, organisation by organisation. */
	PROVIDER_DATA,
	/** One aggregate per PCN, Sub-ICB location or ICB of the accepted providers. */
	PROVIDER_GROUP_AGGREGATES,
	/** The aggregate of every accepted provider. */
	CONTRACT_AGGREGATE

}
