package org.benchwarden.sharing;

/**
 * An organisation's response to the invitation to a contract or agreement. Only an organisation
 * that accepted takes part, which means it contributes data and receives views.
 */
public enum Participation {

	/** Accepted the invitation and takes part. */
	ACCEPTED,
	/** Invited, with no response yet. */
	PENDING,
	/** Declined the invitation, or accepted and later withdrew. */
	DECLINED;

	public boolean isAccepted() {
		return this == ACCEPTED;
	}

}
