package org.benchwarden.activity;

import java.io.Closeable;

/**
 * An open activity file whose records are read one at a time, so the file is never held in
 * memory. Obtained from {@link ActivityFileReader#open}. Not thread-safe: one caller reads it
 * from start to end and then closes it.
 */
public interface ActivityFile extends Closeable {

	/** Excel's limit on the characters in one cell; longer text values are never stored. */
	int MAX_TEXT_LENGTH = 32_767;

	/** Returns the format recognised from the header. */
	ActivityFormat format();

	/**
	 * Reads the next record, skipping blank lines.
	 * @return the record's values or its rejection, or null at the end of the file
	 * @throws RejectedFileException when the file turns out malformed part way, for example a
	 * quoted value that is never closed. The caller then discards the values already returned.
	 */
	RecordOutcome next() throws RejectedFileException;

	/**
	 * Passes over the next records without checking them, to resume after a restart. Blank lines
	 * are not records, so the count matches the outcomes a previous pass returned.
	 * @param records how many records to pass over; passing the end of the file is not an error
	 * @throws RejectedFileException when the file is malformed within the records passed over
	 */
	void skip(long records) throws RejectedFileException;

	/** Returns the counts so far. */
	IngestCounts counts();

}
