package org.benchwarden.activity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises an activity file's format from its header names, never from column positions, and
 * checks that the format's required columns are present. A format is recognised by a column that
 * only it has. The required columns are checked after that, so a file that lacks one of them gets a
 * message naming the missing column instead of "unknown format".
 */
final class FormatRecognition {

	private FormatRecognition() {
	}

	static ActivityFormat recognise(String fileName, Header header, MetricCatalogue catalogue)
			throws RejectedFileException {
		ActivityFormat format = telltale(header, catalogue);
		if (format == null) {
			throw new RejectedFileException(fileName, "the header matches none of the formats Benchwarden reads: "
					+ formatList() + "; found columns " + String.join(", ", header.names())
					+ "; convert the file to the native format (see docs/activity-formats.md)");
		}

		for (String required : format.requiredColumns()) {
			if (alternatives(required).stream().noneMatch(header::has)) {
				throw new RejectedFileException(fileName, "the header has no " + required + " column, which the "
						+ format.displayName() + " format requires; found columns " + String.join(", ", header.names())
						+ "; add or rename the column and drop the file into the inbox again");
			}
		}
		return format;
	}

	/** Returns the normalised names of the columns the format reads or deliberately ignores. */
	static Set<String> knownColumns(ActivityFormat format) {
		Set<String> known = new LinkedHashSet<>();
		for (String column : format.requiredColumns()) {
			known.addAll(alternatives(column));
		}
		for (String column : format.optionalColumns()) {
			known.addAll(alternatives(column));
		}
		return known;
	}

	/** Returns the normalised names in a required column such as {@code "GROUP_CODE or INDICATOR_GROUP_CODE"}. */
	static List<String> alternatives(String requiredColumn) {
		List<String> names = new ArrayList<>();
		for (String name : requiredColumn.split(" or ")) {
			names.add(HeaderNames.normalise(name));
		}
		return names;
	}

	private static ActivityFormat telltale(Header header, MetricCatalogue catalogue) {
		if (header.has("appointmentmonthstartdate") || header.has("countofappointments")) {
			return ActivityFormat.GPAD_CROSSTAB;
		}
		if (header.has("register") && (header.has("groupcode") || header.has("indicatorgroupcode"))) {
			return ActivityFormat.QOF_PREVALENCE;
		}
		if (header.has("metriccode")) {
			return ActivityFormat.NATIVE_CSV;
		}
		if (header.has("activitydate")) {
			return ActivityFormat.PRACTICE_EXPORT;
		}
		boolean hasMetricColumn = header.names().stream().anyMatch((name) -> catalogue.findByColumn(name).isPresent());
		if (header.has("practicecode") && hasMetricColumn) {
			return ActivityFormat.PRACTICE_EXPORT;
		}
		return null;
	}

	private static String formatList() {
		return List.of(ActivityFormat.values())
			.stream()
			.map(ActivityFormat::summary)
			.collect(Collectors.joining("; "));
	}

}
