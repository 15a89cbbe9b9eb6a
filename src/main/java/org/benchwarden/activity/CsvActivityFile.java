package org.benchwarden.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the data records of an activity file after its header, one at a time, and keeps the
 * counts. Line numbers are physical lines counting the header as line 1; record numbers count
 * data records only, so a quoted line break or a blank line makes them differ. Not thread-safe.
 */
final class CsvActivityFile implements ActivityFile {

	private static final Logger logger = LoggerFactory.getLogger(CsvActivityFile.class);

	private final String fileName;

	private final ActivityFormat format;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final Header header;

	private final RecordMapper mapper;

	private long recordNumber;

	private long recordsRead;

	private long recordsLoaded;

	private long recordsRejected;

	private long recordsSkipped;

	private long blankLines;

	private long valuesLoaded;

	private long suppressedValues;

	private long missingValues;

	private long dashValues;

	private long oversizedTexts;

	CsvActivityFile(String fileName, ActivityFormat format, CSVParser parser, Header header, RecordMapper mapper) {
		this.fileName = fileName;
		this.format = format;
		this.parser = parser;
		this.records = parser.iterator();
		this.header = header;
		this.mapper = mapper;
	}

	@Override
	public ActivityFormat format() {
		return this.format;
	}

	@Override
	public RecordOutcome next() throws RejectedFileException {
		while (true) {
			long line = this.parser.getCurrentLineNumber() + 1;
			CSVRecord record = nextRecord(line);
			if (record == null) {
				return null;
			}
			if (isBlank(record)) {
				this.blankLines++;
				continue;
			}
			this.recordNumber++;
			this.recordsRead++;
			return read(record, line);
		}
	}

	@Override
	public void skip(long records) throws RejectedFileException {
		long skipped = 0;
		while (skipped < records) {
			long line = this.parser.getCurrentLineNumber() + 1;
			CSVRecord record = nextRecord(line);
			if (record == null) {
				return;
			}
			if (isBlank(record)) {
				continue;
			}
			this.recordNumber++;
			this.recordsSkipped++;
			skipped++;
		}
	}

	@Override
	public IngestCounts counts() {
		return new IngestCounts(this.recordsRead, this.recordsLoaded, this.recordsRejected, this.recordsSkipped,
				this.blankLines, this.valuesLoaded, this.suppressedValues, this.missingValues, this.dashValues,
				this.oversizedTexts);
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	private CSVRecord nextRecord(long line) throws RejectedFileException {
		// NOTE: a quote that never closes makes Commons CSV buffer the rest of the file as one value
		// before it fails, so memory is bounded only by the file size. The inbox step should cap that.
		try {
			return this.records.hasNext() ? this.records.next() : null;
		}
		catch (UncheckedIOException ex) {
			throw new RejectedFileException(this.fileName, "the text is malformed in the record that starts on line "
					+ line + " (" + ex.getCause().getMessage() + "); check that every quoted value ends with a quote,"
					+ " fix the file and drop it into the inbox again", ex);
		}
	}

	/** Returns whether the record is an empty line, a line of whitespace or a line of commas only. */
	private static boolean isBlank(CSVRecord record) {
		for (String value : record) {
			if (!HeaderNames.trim(value).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private RecordOutcome read(CSVRecord record, long line) {
		countOversizedTexts(record, line);

		RowProblem shapeProblem = checkShape(record);
		if (shapeProblem != null) {
			return reject(shapeProblem, line);
		}

		Row row = new Row(record, this.header, line);
		List<ActivityValue> values;
		try {
			values = this.mapper.map(row);
		}
		catch (RowProblem problem) {
			return reject(problem, line);
		}

		this.recordsLoaded++;
		this.valuesLoaded += values.size();
		this.suppressedValues += row.suppressedCells();
		this.missingValues += row.missingCells();
		this.dashValues += row.dashCells();
		return RecordOutcome.loaded(this.recordNumber, line, values);
	}

	/**
	 * Counts values over Excel's cell limit. They are never stored: names come from the
	 * organisation mapping and counts that long fail as numbers. One WARN per file is enough to
	 * find them.
	 */
	private void countOversizedTexts(CSVRecord record, long line) {
		for (int i = 0; i < record.size(); i++) {
			int length = record.get(i).length();
			if (length <= MAX_TEXT_LENGTH) {
				continue;
			}
			this.oversizedTexts++;
			if (this.oversizedTexts == 1) {
				String column = (i < this.header.size()) ? this.header.name(i) : "column " + (i + 1);
				logger.warn("[{}] line {} (record {}): {} contains {} characters, more than the maximum of {} for a"
						+ " spreadsheet cell, so the text is not stored; later values over the limit are counted but not logged",
						this.fileName, line, this.recordNumber, column, length, MAX_TEXT_LENGTH);
			}
		}
	}

	/** Checks that the record has a value for every named column and none beyond them. */
	private RowProblem checkShape(CSVRecord record) {
		int named = this.header.names().size();
		if (record.size() < named) {
			return new RowProblem(null, null, "the record has " + record.size() + " values but the header names "
					+ named + " columns; check for a missing comma or a line break outside quotes");
		}
		for (int i = named; i < record.size(); i++) {
			String value = HeaderNames.trim(record.get(i));
			if (!value.isEmpty()) {
				return new RowProblem(null, value, "the record has a value " + Row.quote(value) + " in column " + (i + 1)
						+ ", which has no name in the header; check for an extra comma or put the value in quotes");
			}
		}
		return null;
	}

	private RecordOutcome reject(RowProblem problem, long line) {
		this.recordsRejected++;
		String reason = this.fileName + " line " + line + " (record " + this.recordNumber + "): " + problem.getMessage();
		return RecordOutcome.rejected(new RowRejection(this.fileName, line, this.recordNumber, problem.column(),
				Row.shorten(problem.value()), reason));
	}

}
