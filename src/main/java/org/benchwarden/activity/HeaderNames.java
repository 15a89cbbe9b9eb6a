package org.benchwarden.activity;

import java.util.Locale;
import java.util.Set;

/**
 * Rules for comparing column names across files: trimmed of spaces and no-break spaces, case
 * ignored, and underscores and inner spaces dropped, so {@code PRACTICE_CODE}, {@code PracticeCode}
 * and {@code " practice code\u00A0"} are the same column.
 */
final class HeaderNames {

	private static final char NO_BREAK_SPACE = '\u00A0';

	/**
	 * Normalised names of columns that identify a patient. A name also matches with the prefix
	 * {@code patient}, as in {@code PatientNHSNumber} or {@code Patient DOB}.
	 */
	private static final Set<String> PATIENT_IDENTIFIERS = Set.of("nhsnumber", "nhsno", "nhsnum", "nhsnumb", "dob",
			"dateofbirth", "birthdate", "forename", "forenames", "firstname", "givenname", "surname", "lastname",
			"familyname", "patientname", "name", "postcode");

	private HeaderNames() {
	}

	/** Returns the form in which column names are compared. */
	static String normalise(String name) {
		StringBuilder normalised = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '_' || c == NO_BREAK_SPACE || Character.isWhitespace(c)) {
				continue;
			}
			normalised.append(c);
		}
		return normalised.toString().toLowerCase(Locale.ROOT);
	}

	/** Returns the header name as written, without surrounding spaces and no-break spaces. */
	static String trim(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && isSpace(name.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(name.charAt(end - 1))) {
			end--;
		}
		return name.substring(start, end);
	}

	static boolean isSpace(char c) {
		return c == NO_BREAK_SPACE || Character.isWhitespace(c);
	}

	/**
	 * Returns whether a column of this name would carry patient-level data. A bare {@code Name} or
	 * {@code Postcode} counts, because nothing marks it as the practice's. The practice's own
	 * columns are named {@code PracticeName} and {@code PracticePostcode}.
	 */
	static boolean isPatientIdentifier(String normalisedName) {
		if (normalisedName.startsWith("patient") && normalisedName.length() > "patient".length()) {
			String rest = normalisedName.substring("patient".length());
			if (PATIENT_IDENTIFIERS.contains(rest)) {
				return true;
			}
		}
		return PATIENT_IDENTIFIERS.contains(normalisedName);
	}

}
