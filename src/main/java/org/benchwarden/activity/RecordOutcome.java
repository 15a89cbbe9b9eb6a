package org.benchwarden.activity;

import java.util.List;

/**
 * The result of reading one record of an activity file: the values it gave, or why it was
 * rejected, never both.
 *
 * @param recordNumber the data record's number, 1 for the first record after the header
 * @param line the physical line where the record starts, counting the header as line 1
 * @param values the activity values, empty when rejected
 * @param rejection why the record was rejected, or null when it loaded
 */
public record RecordOutcome(long recordNumber, long line, List<ActivityValue> values, RowRejection rejection) {

	public RecordOutcome {
		values = (values == null) ? List.of() : List.copyOf(values);
		if (rejection != null && !values.isEmpty()) {
			throw new IllegalArgumentException("a rejected record carries no values");
		}
	}

	static RecordOutcome loaded(long recordNumber, long line, List<ActivityValue> values) {
		return new RecordOutcome(recordNumber, line, values, null);
	}

	static RecordOutcome rejected(RowRejection rejection) {
		return new RecordOutcome(rejection.recordNumber(), rejection.line(), List.of(), rejection);
	}

	public boolean isRejected() {
		return this.rejection != null;
	}

}
