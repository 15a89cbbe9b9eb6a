package org.benchwarden.activity;

import java.util.List;

/**
 * The layouts of activity file that Benchwarden reads, recognised from the header names. Each
 * format lists its required columns as they are usually written; matching ignores case, spaces
 * and underscores.
 */
public enum ActivityFormat {

	/** One value per record: practice, period, metric, numerator and an optional denominator. */
	NATIVE_CSV("native CSV", "one record per practice, period and metric",
			List.of("practice_code", "period", "metric_code", "numerator"), List.of("denominator")),

	/** A spreadsheet export with one record per practice and month and one column per metric. */
	PRACTICE_EXPORT("practice export", "one record per practice and month, one column per metric",
			List.of("PracticeCode", "ActivityDate"), List.of("PracticeName")),

	/** The QOF prevalence file that NHS Digital publishes for each QOF year. */
	QOF_PREVALENCE("QOF prevalence", "register and list size per practice and condition group, one QOF year per file",
			List.of("PRACTICE_CODE", "GROUP_CODE or INDICATOR_GROUP_CODE", "REGISTER",
					"PRACTICE_LIST_SIZE or PATIENT_LIST_SIZE"),
			List.of("PATIENT_LIST_TYPE")),

	/** The practice-level crosstab of Appointments in General Practice from NHS England. */
	GPAD_CROSSTAB("GPAD practice crosstab", "appointment counts per practice and month by mode, booking time and status",
			List.of("APPOINTMENT_MONTH_START_DATE", "GP_CODE", "APPT_MODE", "TIME_BETWEEN_BOOK_AND_APPT",
					"COUNT_OF_APPOINTMENTS", "APPT_STATUS"),
			List.of("HCP_TYPE", "NATIONAL_CATEGORY", "GP_NAME", "SUPPLIER", "PCN_CODE", "PCN_NAME",
					"SUB_ICB_LOCATION_CODE", "SUB_ICB_LOCATION_NAME"));

	private final String displayName;

	private final String description;

	private final List<String> requiredColumns;

	private final List<String> optionalColumns;

	ActivityFormat(String displayName, String description, List<String> requiredColumns,
			List<String> optionalColumns) {
		this.displayName = displayName;
		this.description = description;
		this.requiredColumns = requiredColumns;
		this.optionalColumns = optionalColumns;
	}

	/** Returns the name used in messages, such as {@code QOF prevalence}. */
	public String displayName() {
		return this.displayName;
	}

	/** Returns a one-line description of what a record of this format contains. */
	public String description() {
		return this.description;
	}

	/** Returns the required column names as usually written; "A or B" means either will do. */
	public List<String> requiredColumns() {
		return this.requiredColumns;
	}

	/** Returns the columns the format accepts but does not need. */
	public List<String> optionalColumns() {
		return this.optionalColumns;
	}

	/** Returns the format for the message that rejects a file of unknown format. */
	String summary() {
		return this.displayName + " (" + this.description + "; columns " + String.join(", ", this.requiredColumns) + ")";
	}

}
