package org.benchwarden.activity;

import java.util.Objects;

/**
 * Why one record of an activity file was not loaded. The rest of the file still loads.
 *
 * @param file the file name, without its folder
 * @param line the physical line where the record starts, counting the header as line 1
 * @param recordNumber the data record's number, 1 for the first record after the header. Blank
 * lines are not records, and a quoted value can make one record span several lines.
 * @param column the column at fault as written in the header, or null when the whole record is at
 * fault
 * @param value the value at fault, shortened to 80 characters, or null with no column
 * @param reason a complete message that names the file, line, record and value, says what is
 * wrong and what to do
 */
public record RowRejection(String file, long line, long recordNumber, String column, String value, String reason) {

	public RowRejection {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(reason, "reason");
	}

}
