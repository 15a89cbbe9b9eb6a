package org.benchwarden.job;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benchwarden.job.EntitlementOracle.Allowance;
import org.benchwarden.job.EntitlementOracle.ExpectedAggregate;
import org.benchwarden.job.RealActivityData.FigureKey;
import org.benchwarden.job.RealActivityData.Sums;
import org.benchwarden.workbook.WorkbookText;

/**
 * Reads one workbook back from disk and lists every way it shows more than its recipient may see,
 * or shows a figure other than the one computed from the input files. Each problem names the
 * recipient, the sheet and row where known, and the value.
 *
 * <p>Three checks: every organisation code anywhere in the file's text (all sheets, hidden ones too,
 * names, comments and package parts) must be one the recipient may read; every Data sheet row must
 * match the expected figure and obey the disclosure guard; and no number anywhere may equal a
 * figure of a practice the recipient cannot see one by one unless it also equals a figure or count
 * the recipient may see.
 */
final class WorkbookLeakChecker {

	private static final String DATA_SHEET = "Data";

	private static final BigDecimal VALUE_TOLERANCE = new BigDecimal("0.00005");

	private final RealActivityData data;

	private final Set<String> organisationCodes;

	private final LocalDate reportingDate;

	/** Practices with a figure, per metric and period. */
	private final Map<String, Set<String>> practicesWithFigure = new HashMap<>();

	/**
	 * Whether a practice accepted the QOF contract. A practice that did not has its QOF figures in
	 * its own workbook only: no aggregate counts them and no one else receives them.
	 */
	private final Predicate<String> acceptedQofProvider;

	WorkbookLeakChecker(RealActivityData data, LocalDate reportingDate, Predicate<String> acceptedQofProvider) {
		this.data = data;
		this.reportingDate = reportingDate;
		this.acceptedQofProvider = acceptedQofProvider;
		this.organisationCodes = new TreeSet<>(data.organisationCodes);
		this.organisationCodes.add(SharingPlan.AUTHORITY);
		for (FigureKey key : data.figures.keySet()) {
			this.practicesWithFigure.computeIfAbsent(key.metric() + " " + key.period(), (k) -> new HashSet<>())
				.add(key.practice());
		}
	}

	/** One Data sheet aggregate row with numbers, for the subtraction check. */
	private record ShownAggregate(String where, String code, Set<String> contributors) {
	}

	/**
	 * One Data sheet aggregate row as read, with the practices that have a value for its metric
	 * and period, and those of them the recipient cannot see one by one.
	 */
	private record AggregateRow(String where, String code, String metric, String period, Set<String> valued,
			Set<String> hidden, BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal contributing,
			String status) {
	}

	private static boolean isQof(String metric) {
		return metric.startsWith("QOF_");
	}

	/** Returns whether a practice's figure must stay out of this recipient's workbook. */
	private boolean unsharedQof(String metric, String practice, String recipient) {
		return isQof(metric) && !this.acceptedQofProvider.test(practice) && !practice.equals(recipient);
	}

	/**
	 * Returns why an aggregate figure must be blank, or null when it must be shown. It is blank when
	 * no practice has a value, when exactly one of them is hidden, or when another aggregate of the
	 * same metric and period hides all of its hidden practices but one. An aggregate with one hidden
	 * practice is blank itself, so it is never subtracted.
	 */
	private static String blankReason(AggregateRow row, List<Set<String>> hiddenSetsOfMetricPeriod) {
		if (row.valued().isEmpty()) {
			return "no contributor has data";
		}
		if (row.hidden().size() == 1) {
			return "exactly one contributor is not visible one by one";
		}
		for (Set<String> other : hiddenSetsOfMetricPeriod) {
			if (other.size() != 1 && other.size() == row.hidden().size() - 1 && row.hidden().containsAll(other)) {
				return "subtracting another aggregate leaves one practice that is not visible one by one";
			}
		}
		return null;
	}

	List<String> check(Path workbook, Allowance allowance) throws IOException {
		List<String> problems = new ArrayList<>();
		String prefix = "recipient " + allowance.recipient() + ", " + workbook.getFileName() + ": ";
		WorkbookText text = WorkbookText.read(workbook);

		for (String found : text.strings()) {
			for (String token : found.split("[^A-Za-z0-9]+")) {
				if (this.organisationCodes.contains(token) && !allowance.namedCodes().contains(token)) {
					problems.add(prefix + "organisation code " + token + " it may not see, in text \"" + shorten(found)
							+ "\"");
				}
			}
		}

		Set<BigDecimal> allowedNumbers = new HashSet<>();
		allowedNumbers.add(new BigDecimal(Double.toString(DateUtil.getExcelDate(this.reportingDate))).stripTrailingZeros());
		// The streaming writer uses inline strings, so every workbook's xl/sharedStrings.xml has
		// count="0" and uniqueCount="0". Zero is therefore always present and identifies no practice.
		allowedNumbers.add(BigDecimal.ZERO);
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook opened = new XSSFWorkbook(in)) {
			Sheet dataSheet = opened.getSheet(DATA_SHEET);
			if (dataSheet == null) {
				problems.add(prefix + "no Data sheet");
				return problems;
			}
			Map<String, Long> rowsPerSheet = checkDataSheet(dataSheet, allowance, prefix, allowedNumbers, problems);
			checkCoverCounts(opened.getSheet("Cover"), allowance, rowsPerSheet, prefix, allowedNumbers, problems);
		}

		Set<BigDecimal> hiddenNumbers = new HashSet<>();
		this.data.figures.forEach((key, sums) -> {
			if (!allowance.visiblePractices().contains(key.practice())
					|| unsharedQof(key.metric(), key.practice(), allowance.recipient())) {
				hiddenNumbers.add(sums.numerator().stripTrailingZeros());
				if (sums.denominator() != null) {
					hiddenNumbers.add(sums.denominator().stripTrailingZeros());
				}
			}
		});
		for (BigDecimal number : text.numbers()) {
			if (hiddenNumbers.contains(number) && !allowedNumbers.contains(number)) {
				problems.add(prefix + "number " + number.toPlainString()
						+ " equals a figure of a practice it may not see and no figure or count it may see");
			}
		}
		return problems;
	}

	private Map<String, Long> checkDataSheet(Sheet sheet, Allowance allowance, String prefix,
			Set<BigDecimal> allowedNumbers, List<String> problems) {
		Map<String, Integer> columns = new HashMap<>();
		for (Cell cell : sheet.getRow(0)) {
			columns.put(cell.getStringCellValue(), cell.getColumnIndex());
		}
		Map<String, Long> rowsPerSheet = new HashMap<>();
		Map<String, List<ShownAggregate>> shownByMetricPeriod = new HashMap<>();
		Set<String> aggregateCodes = new TreeSet<>();
		Set<FigureKey> organisationRows = new HashSet<>();
		List<AggregateRow> aggregateRows = new ArrayList<>();
		Map<String, List<Set<String>>> hiddenByMetricPeriod = new HashMap<>();

		for (Row row : sheet) {
			if (row.getRowNum() == 0) {
				continue;
			}
			String where = prefix + "sheet Data row " + (row.getRowNum() + 1) + " ";
			rowsPerSheet.merge(text(row, columns.get("View")), 1L, Long::sum);
			String level = text(row, columns.get("Level"));
			String code = text(row, columns.get("Code"));
			String metric = text(row, columns.get("Metric code"));
			String period = text(row, columns.get("Period"));
			String status = text(row, columns.get("Status"));
			BigDecimal numerator = number(row, columns.get("Numerator"));
			BigDecimal denominator = number(row, columns.get("Denominator"));
			BigDecimal value = number(row, columns.get("Value"));
			BigDecimal contributing = number(row, columns.get("Contributing practices"));
			BigDecimal rank = number(row, columns.get("Rank"));
			BigDecimal outOf = number(row, columns.get("Out of"));

			if (level.equals("Organisation")) {
				FigureKey key = new FigureKey(code, metric, period);
				organisationRows.add(key);
				if (!allowance.visiblePractices().contains(code)) {
					problems.add(where + "practice " + code + " is shown one by one but may not be seen");
					continue;
				}
				if (unsharedQof(metric, code, allowance.recipient())) {
					problems.add(where + "practice " + code + " did not accept the QOF contract, but its " + metric
							+ " figure is shown outside its own workbook");
					continue;
				}
				Sums expected = this.data.figures.get(key);
				if (expected == null) {
					problems.add(where + "practice " + code + " has no " + metric + " figure for " + period
							+ " in the input files");
					continue;
				}
				expectSums(where + code + " " + metric + " " + period, expected, numerator, denominator, value, status,
						problems);
				if (rank == null || outOf == null || rank.signum() <= 0 || rank.compareTo(outOf) > 0
						|| outOf.intValue() > allowance.visiblePractices().size()) {
					problems.add(where + "rank " + rank + " out of " + outOf + " is not a rank among the "
							+ allowance.visiblePractices().size() + " visible practices");
				}
				addAll(allowedNumbers, numerator, denominator, value, rank, outOf);
				continue;
			}

			ExpectedAggregate aggregate = allowance.aggregates().get(code);
			if (aggregate == null) {
				problems.add(where + "aggregate " + code + " is not one the recipient may see");
				continue;
			}
			if (!aggregate.showsMetric(metric)) {
				problems.add(where + "aggregate " + code + " shows metric " + metric + " outside its contract");
			}
			aggregateCodes.add(code);
			Set<String> valued = new TreeSet<>(aggregate.contributors());
			valued.retainAll(this.practicesWithFigure.getOrDefault(metric + " " + period, Set.of()));
			if (isQof(metric)) {
				valued.removeIf(this.acceptedQofProvider.negate());
			}
			Set<String> hidden = new TreeSet<>(valued);
			hidden.removeAll(allowance.visiblePractices());
			aggregateRows.add(new AggregateRow(where, code, metric, period, valued, hidden, numerator, denominator, value,
					contributing, status));
			hiddenByMetricPeriod.computeIfAbsent(metric + " " + period, (key) -> new ArrayList<>()).add(hidden);
		}

		for (AggregateRow row : aggregateRows) {
			String figure = row.code() + " " + row.metric() + " " + row.period();
			String blankReason = blankReason(row, hiddenByMetricPeriod.get(row.metric() + " " + row.period()));
			if (blankReason != null) {
				if (row.numerator() != null || row.denominator() != null || row.value() != null
						|| row.status().equals("Shown")) {
					problems.add(row.where() + figure + " shows numerator " + row.numerator() + " and status "
							+ row.status() + " but must be blank: " + blankReason);
				}
				if (!row.valued().isEmpty() && !row.status().equals("Withheld")) {
					problems.add(row.where() + figure + " has status " + row.status() + ", expected Withheld: "
							+ blankReason);
				}
				continue;
			}
			Sums expected = null;
			for (String practice : row.valued()) {
				Sums sums = this.data.figures.get(new FigureKey(practice, row.metric(), row.period()));
				expected = (expected == null) ? sums : expected.plus(sums.numerator(), sums.denominator());
			}
			expectSums(row.where() + figure, expected, row.numerator(), row.denominator(), row.value(), row.status(),
					problems);
			if (row.contributing() == null || row.contributing().intValue() != row.valued().size()) {
				problems.add(row.where() + figure + " has " + row.contributing() + " contributing practices, expected "
						+ row.valued().size());
			}
			addAll(allowedNumbers, row.numerator(), row.denominator(), row.value(), row.contributing());
			shownByMetricPeriod.computeIfAbsent(row.metric() + " " + row.period(), (key) -> new ArrayList<>())
				.add(new ShownAggregate(row.where(), row.code(), row.valued()));
		}

		checkSubtraction(shownByMetricPeriod, allowance, problems);
		checkAggregateSet(aggregateCodes, allowance, prefix, problems);
		for (FigureKey key : this.data.figures.keySet()) {
			if (allowance.visiblePractices().contains(key.practice())
					&& !unsharedQof(key.metric(), key.practice(), allowance.recipient())
					&& !organisationRows.contains(key)) {
				problems.add(prefix + "sheet Data: visible practice " + key.practice() + " has no row for "
						+ key.metric() + " " + key.period());
			}
		}
		return rowsPerSheet;
	}

	/**
	 * Flags two shown figures of the same metric and period where one's contributors sit inside the
	 * other's and the difference leaves exactly one practice the recipient cannot see one by one.
	 */
	private static void checkSubtraction(Map<String, List<ShownAggregate>> shownByMetricPeriod, Allowance allowance,
			List<String> problems) {
		shownByMetricPeriod.forEach((metricPeriod, shown) -> {
			for (ShownAggregate outer : shown) {
				for (ShownAggregate inner : shown) {
					if (inner.contributors().size() >= outer.contributors().size()
							|| !outer.contributors().containsAll(inner.contributors())) {
						continue;
					}
					Set<String> rest = new TreeSet<>(outer.contributors());
					rest.removeAll(inner.contributors());
					rest.removeAll(allowance.visiblePractices());
					if (rest.size() == 1) {
						problems.add(outer.where() + "(" + outer.code() + ", " + metricPeriod + ") minus aggregate "
								+ inner.code() + " reveals the figure of one practice it may not see");
					}
				}
			}
		});
	}

	/** Checks that every aggregate safe in all cases is shown and that none shown is unsafe. */
	private void checkAggregateSet(Set<String> shownCodes, Allowance allowance, String prefix, List<String> problems) {
		for (String code : shownCodes) {
			String reason = allowance.unsafeReason(allowance.aggregates().get(code), shownCodes);
			if (reason != null) {
				problems.add(prefix + "aggregate " + code + " is shown although " + reason);
			}
		}
		for (ExpectedAggregate aggregate : allowance.aggregates().values()) {
			boolean hasData = this.data.figures.keySet().stream()
				.anyMatch((key) -> aggregate.contributors().contains(key.practice()) && aggregate.showsMetric(key.metric()));
			if (hasData && allowance.safeAgainstAll(aggregate) && !shownCodes.contains(aggregate.code())) {
				problems.add(prefix + "aggregate " + aggregate.code() + " over " + aggregate.contributors()
						+ " is safe but missing from the Data sheet");
			}
		}
	}

	/** Checks the cover's per-view counts against the Data sheet and allows them as numbers. */
	private static void checkCoverCounts(Sheet cover, Allowance allowance, Map<String, Long> rowsPerSheet,
			String prefix, Set<BigDecimal> allowedNumbers, List<String> problems) {
		Integer headerRow = null;
		for (Row row : cover) {
			Cell first = row.getCell(0);
			String label = (first == null || first.getCellType() != CellType.STRING) ? "" : first.getStringCellValue();
			if (label.equals("Sheet")) {
				headerRow = row.getRowNum();
				continue;
			}
			if (headerRow == null || label.isEmpty() || row.getCell(8) == null
					|| row.getCell(8).getCellType() != CellType.NUMERIC) {
				continue;
			}
			String where = prefix + "sheet Cover row " + (row.getRowNum() + 1) + ": ";
			BigDecimal organisations = number(row, 6);
			BigDecimal aggregates = number(row, 7);
			BigDecimal figures = number(row, 8);
			if (organisations.intValue() > allowance.visiblePractices().size()) {
				problems.add(where + organisations + " organisations shown, more than the "
						+ allowance.visiblePractices().size() + " visible");
			}
			if (aggregates.intValue() > allowance.aggregates().size()) {
				problems.add(where + aggregates + " aggregates, more than the " + allowance.aggregates().size()
						+ " allowed");
			}
			long dataRows = rowsPerSheet.getOrDefault(label, 0L);
			if (figures.longValue() != dataRows) {
				problems.add(where + "sheet " + label + " counts " + figures + " figures but the Data sheet has "
						+ dataRows);
			}
			addAll(allowedNumbers, organisations, aggregates, figures);
		}
	}

	private static void expectSums(String where, Sums expected, BigDecimal numerator, BigDecimal denominator,
			BigDecimal value, String status, List<String> problems) {
		if (!status.equals("Shown")) {
			problems.add(where + " has status " + status + ", expected Shown");
			return;
		}
		if (numerator == null || numerator.compareTo(expected.numerator()) != 0) {
			problems.add(where + " numerator " + numerator + ", expected " + expected.numerator());
		}
		if (expected.denominator() == null) {
			if (denominator != null) {
				problems.add(where + " denominator " + denominator + ", expected none");
			}
			return;
		}
		if (denominator == null || denominator.compareTo(expected.denominator()) != 0) {
			problems.add(where + " denominator " + denominator + ", expected " + expected.denominator());
			return;
		}
		BigDecimal ratio = expected.numerator().multiply(BigDecimal.valueOf(100))
			.divide(expected.denominator(), MathContext.DECIMAL64);
		if (value == null || value.subtract(ratio).abs().compareTo(VALUE_TOLERANCE) > 0) {
			problems.add(where + " value " + value + ", expected " + ratio + " (numerator over denominator, in %)");
		}
	}

	private static void addAll(Set<BigDecimal> numbers, BigDecimal... values) {
		for (BigDecimal value : values) {
			if (value != null) {
				numbers.add(value.stripTrailingZeros());
			}
		}
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell == null || cell.getCellType() != CellType.STRING) ? "" : cell.getStringCellValue();
	}

	private static BigDecimal number(Row row, int column) {
		Cell cell = row.getCell(column);
		if (cell == null || cell.getCellType() != CellType.NUMERIC) {
			return null;
		}
		return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
	}

	private static String shorten(String text) {
		return (text.length() <= 120) ? text : text.substring(0, 117) + "...";
	}

}
