package org.benchwarden.activity;

/**
 * Counts from one pass over an activity file, for the run summary. Value counts are per cell of a
 * loaded record, so a GPAD count that feeds seven metrics counts once.
 *
 * @param recordsRead data records read after the header, not counting blank lines or records
 * passed over by {@link ActivityFile#skip(long)}
 * @param recordsLoaded records that gave values
 * @param recordsRejected records rejected with a {@link RowRejection}
 * @param recordsSkipped records passed over on restart without being checked
 * @param blankLines lines that are empty, only whitespace or only commas, which are never records
 * @param valuesLoaded activity values produced by the loaded records
 * @param suppressedValues cells written {@code *} or {@code c}
 * @param missingValues empty cells
 * @param dashValues cells written {@code -}, loaded as missing but counted apart from empty cells
 * @param oversizedTexts cells longer than {@value ActivityFile#MAX_TEXT_LENGTH} characters in any
 * record read, which are never stored
 */
public record IngestCounts(long recordsRead, long recordsLoaded, long recordsRejected, long recordsSkipped,
		long blankLines, long valuesLoaded, long suppressedValues, long missingValues, long dashValues,
		long oversizedTexts) {

}
