package org.benchwarden.activity;

/**
 * Thrown by a {@link RecordMapper} when a record cannot load. The reader adds the file, line and
 * record number and turns it into a {@link RowRejection}.
 */
final class RowProblem extends Exception {

	private static final long serialVersionUID = 1L;

	private final String column;

	private final String value;

	/**
	 * @param column the column as written in the header, or null when the whole record is at fault
	 * @param value the value at fault, or null
	 * @param reason what is wrong and what to do, without the file and line
	 */
	RowProblem(String column, String value, String reason) {
		super(reason, null, false, false);
		this.column = column;
		this.value = value;
	}

	String column() {
		return this.column;
	}

	String value() {
		return this.value;
	}

}
