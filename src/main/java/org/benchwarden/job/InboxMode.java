package org.benchwarden.job;

/**
 * Treatment of an inbox file once it has been loaded or quarantined.
 */
public enum InboxMode {

	/** The file is moved out of the inbox into the archive or quarantine folder. */
	MOVE,
	/**
	 * The file is copied and left in the inbox, for inboxes the job must not change, such as the
	 * sample data kept in the repository. Content already loaded is recognised and not loaded again.
	 */
	COPY

}
