package org.benchwarden.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.benchwarden.access.View;
import org.benchwarden.access.Withheld;
import org.benchwarden.benchmark.Figure;

/**
 * Collects figures withheld one by one into one entry per view and subject, naming the metrics
 * affected, so that the cover lists a few lines instead of one per figure. Memory grows with the
 * number of withheld subjects, not with the number of figures. Not thread-safe.
 */
final class WithheldSummary {

	/** The reason shown when the figure source gives none. */
	static final String DEFAULT_REASON = "the figure would let the recipient work out another organisation's figures";

	private final Map<List<String>, Entry> entries = new LinkedHashMap<>();

	void add(View view, String sheetName, Figure figure) {
		List<String> key = List.of(view.id(), figure.subjectCode());
		Entry entry = this.entries.computeIfAbsent(key, (ignored) -> new Entry(view.title(), sheetName,
				figure.aggregate(), figure.subjectCode(), figure.subjectName()));
		entry.metricCodes.add(figure.metricCode());
		entry.reasons.add(reason(figure));
	}

	static String reason(Figure figure) {
		return (figure.note() == null || figure.note().isBlank()) ? DEFAULT_REASON : figure.note().strip();
	}

	List<Withheld> entries() {
		List<Withheld> result = new ArrayList<>();
		for (Entry entry : this.entries.values()) {
			String subject = (entry.aggregate ? "aggregate " : "practice ") + entry.subjectCode
					+ ((entry.subjectName == null || entry.subjectName.isBlank()) ? "" : " " + entry.subjectName);
			String what = entry.viewTitle + " (sheet " + entry.sheetName + "): " + subject + ", metrics "
					+ String.join(", ", entry.metricCodes);
			result.add(new Withheld(what, String.join("; ", entry.reasons)));
		}
		return result;
	}

	private static final class Entry {

		private final String viewTitle;

		private final String sheetName;

		private final boolean aggregate;

		private final String subjectCode;

		private final String subjectName;

		private final Set<String> metricCodes = new TreeSet<>();

		private final Set<String> reasons = new LinkedHashSet<>();

		private Entry(String viewTitle, String sheetName, boolean aggregate, String subjectCode, String subjectName) {
			this.viewTitle = viewTitle;
			this.sheetName = sheetName;
			this.aggregate = aggregate;
			this.subjectCode = subjectCode;
			this.subjectName = subjectName;
		}

	}

}
