package org.benchwarden.sharing;

/**
 * The state of a contract's maintenance in Benchwarden. A managed contract is kept by another
 * organisation on the authority's behalf. The authority can claim it, and later make it official.
 */
public enum ContractStatus {

	/** The authority maintains the contract, which replaces any other form of it. */
	OFFICIAL,
	/** Another organisation maintains the contract, so reports built from it are UNOFFICIAL. */
	MANAGED,
	/**
	 * The authority has claimed the contract from the managing organisation but not made it
	 * official yet. Reports are still UNOFFICIAL, and the managing organisation has no role.
	 */
	CLAIMED;

	public boolean isUnofficial() {
		return this != OFFICIAL;
	}

}
