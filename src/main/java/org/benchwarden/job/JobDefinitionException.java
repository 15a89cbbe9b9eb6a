package org.benchwarden.job;

/**
 * A job definition file that cannot be used; the message names the file, the entry and the fix.
 */
public class JobDefinitionException extends RuntimeException {

	public JobDefinitionException(String message) {
		super(message);
	}

	public JobDefinitionException(String message, Throwable cause) {
		super(message, cause);
	}

}
