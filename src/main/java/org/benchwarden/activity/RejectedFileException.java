package org.benchwarden.activity;

/**
 * Thrown when a whole activity file must not be loaded: it carries patient-level data, its header
 * is of no known format or lacks a column, or its text is malformed. The caller quarantines the
 * file. The message names the file and the fix.
 */
public class RejectedFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String fileName;

	private final String reason;

	public RejectedFileException(String fileName, String reason) {
		this(fileName, reason, null);
	}

	public RejectedFileException(String fileName, String reason, Throwable cause) {
		super(fileName + ": " + reason, cause);
		this.fileName = fileName;
		this.reason = reason;
	}

	/** Returns the file name, without its folder. */
	public String fileName() {
		return this.fileName;
	}

	/** Returns the message without the file name in front. */
	public String reason() {
		return this.reason;
	}

}
