package org.benchwarden.activity;

import java.util.List;

/** Turns one record of a recognised format into activity values. */
interface RecordMapper {

	/**
	 * Returns the record's values.
	 * @throws RowProblem when the record must be rejected
	 */
	List<ActivityValue> map(Row row) throws RowProblem;

}
