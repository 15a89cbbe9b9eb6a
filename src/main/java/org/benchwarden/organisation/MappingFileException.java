package org.benchwarden.organisation;

/**
 * A mapping file that cannot be used; the message names the file and what to do.
 */
public class MappingFileException extends RuntimeException {

	public MappingFileException(String message) {
		super(message);
	}

	public MappingFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
