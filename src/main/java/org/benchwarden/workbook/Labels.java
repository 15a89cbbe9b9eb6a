package org.benchwarden.workbook;

import org.benchwarden.access.Grant;
import org.benchwarden.benchmark.Figure;
import org.benchwarden.benchmark.FigureStatus;

/**
 * The words the workbook uses for grants and figure statuses, kept in one place so that the view
 * sheets, the Data sheet and the cover read alike.
 */
final class Labels {

	static final String UNOFFICIAL = "UNOFFICIAL";

	private Labels() {
	}

	/** Returns, for example, "Data Sharing Contract QOF – Quality and Outcomes Framework". */
	static String grantedBy(Grant grant) {
		if (grant == null) {
			return "";
		}
		String type = (grant.type() == null) ? "" : grant.type().label();
		String code = (grant.code() == null) ? "" : grant.code().strip();
		String name = (grant.name() == null) ? "" : grant.name().strip();
		String result = (type + " " + code).strip();
		if (!name.isEmpty() && !name.equals(code)) {
			result = result + " – " + name;
		}
		return result;
	}

	static String status(FigureStatus status) {
		return switch (status) {
			case SHOWN -> "Shown";
			case SUPPRESSED -> "Suppressed";
			case MISSING -> "No data received";
			case WITHHELD -> "Withheld";
		};
	}

	/** Returns the Note cell: why a figure has no numbers, or the source's note on a shown figure. */
	static String note(Figure figure) {
		return switch (figure.status()) {
			case SUPPRESSED -> "suppressed";
			case MISSING -> "no data received";
			case WITHHELD -> "withheld: " + WithheldSummary.reason(figure);
			case SHOWN -> shownNote(figure);
		};
	}

	private static String shownNote(Figure figure) {
		if (figure.note() != null && !figure.note().isBlank()) {
			return figure.note();
		}
		if (figure.aggregate() && figure.suppressedContributors() > 0) {
			return "excludes " + figure.suppressedContributors() + " practice"
					+ ((figure.suppressedContributors() == 1) ? "" : "s") + " suppressed at source";
		}
		return null;
	}

	static String yesNo(boolean value) {
		return value ? "Yes" : "No";
	}

}
