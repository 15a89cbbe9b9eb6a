package org.benchwarden.workbook;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.benchwarden.access.Entitlements;
import org.benchwarden.activity.Metric;

/**
 * Everything the workbook writer needs about one recipient's workbook except the figures, which
 * arrive through a {@link FigureSource}. Immutable.
 *
 * @param entitlements the recipient, its views in workbook order, and what was withheld
 * @param reportingDate the date the workbook reports on, part of the file name
 * @param periods canonical period labels the workbook covers, in the order shown on the cover
 * @param producedAt when the run produced the workbook; the cover shows it in Europe/London time
 * @param metrics the metric catalogue by metric code; every figure's metric must be in it
 * @param runLabel the run's label, shown on the cover so a reader can match it to the run manifest
 */
public record WorkbookRequest(Entitlements entitlements, LocalDate reportingDate, List<String> periods,
		ZonedDateTime producedAt, Map<String, Metric> metrics, String runLabel) {

	public WorkbookRequest {
		Objects.requireNonNull(entitlements, "entitlements");
		Objects.requireNonNull(reportingDate, "reportingDate");
		Objects.requireNonNull(producedAt, "producedAt");
		periods = List.copyOf(periods);
		metrics = Map.copyOf(metrics);
		runLabel = (runLabel == null) ? "" : runLabel;
	}

}
