package org.benchwarden.sharing;

/**
 * Where an organisation stands with the invitation to a contract or agreement. Only an
 * organisation that accepted takes part: it contributes data and receives views.
 */
public enum Participation {

	/** Accepted the invitation and takes part. */
	ACCEPTED,
	/** Invited, and has not answered yet. */
	PENDING,
	/** Declined the invitation, or accepted and later withdrew. */
	DECLINED;

	public boolean isAccepted() {
		return this == ACCEPTED;
	}

}
