package org.benchwarden.job;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The expected side of the real-data tests, read straight from the NHS files with Commons CSV and
 * none of the product's readers. It contains each practice's place in the hierarchy, every
 * organisation code the mappings name, and each practice's numerator and denominator per metric
 * and period. Only the
 * layouts of the three real activity files used by the tests are understood, and a value that is
 * not a whole number stops the reading, because these files hold none.
 */
final class RealActivityData {

	static final Path SHARED = Path.of("..", "shared", "real-data");

	static final List<Path> MAPPINGS = List.of(SHARED.resolve("qof/MAPPING_NHS_GEOGRAPHIES_2021.csv"),
			SHARED.resolve("registrations/gp-reg-pat-prac-map_2025-12_reconstructed.csv"));

	static final List<Path> ACTIVITY_FILES = List.of(SHARED.resolve("qof/PREVALENCE_2021_v2_excerpt.csv"),
			SHARED.resolve("qof/PREVALENCE_1920_excerpt.csv"),
			SHARED.resolve("gpad/Practice_Level_Crosstab_London_East_South_Oct_25_excerpt_reconstructed.csv"));

	/** A practice's row in the newest mapping that contains it. */
	record Placement(String practice, String pcn, String pcnName, String icb, String icbName) {
	}

	/** One practice's summed figure for a metric and period; the denominator is null for counts. */
	record Sums(BigDecimal numerator, BigDecimal denominator) {

		Sums plus(BigDecimal addedNumerator, BigDecimal addedDenominator) {
			return new Sums(this.numerator.add(addedNumerator),
					(this.denominator == null) ? null : this.denominator.add(addedDenominator));
		}

	}

	/** Key of a practice figure. */
	record FigureKey(String practice, String metric, String period) {
	}

	/** A data record that the job must reject, by file name and physical line (header is line 1). */
	record Rejection(String fileName, long line) {
	}

	/** Records counted in one activity file. */
	record FileCounts(String fileName, long read, long rejected) {
	}

	/** GPAD shares: metric, column and the value that puts the count in the numerator. */
	private record Share(String metric, String column, String value) {
	}

	private static final List<Share> GPAD_SHARES = List.of(new Share("GPAD_FACE_TO_FACE", "APPT_MODE", "Face-to-Face"),
			new Share("GPAD_TELEPHONE", "APPT_MODE", "Telephone"),
			new Share("GPAD_VIDEO_ONLINE", "APPT_MODE", "Video Conference/Online"),
			new Share("GPAD_HOME_VISIT", "APPT_MODE", "Home Visit"),
			new Share("GPAD_SAME_DAY", "TIME_BETWEEN_BOOK_AND_APPT", "Same Day"),
			new Share("GPAD_DNA", "APPT_STATUS", "DNA"));

	final Map<String, Placement> placements = new TreeMap<>();

	final Set<String> organisationCodes = new TreeSet<>();

	final Map<FigureKey, Sums> figures = new LinkedHashMap<>();

	final Set<Rejection> rejections = new HashSet<>();

	final List<FileCounts> fileCounts = new ArrayList<>();

	/** Practices that appear in an activity file and in a mapping, sorted. */
	final Set<String> knownPractices = new TreeSet<>();

	static RealActivityData read() throws IOException {
		RealActivityData data = new RealActivityData();
		data.readMapping(MAPPINGS.get(0), "PRACTICE_CODE", "PCN_ODS_CODE", "PCN_NAME", "CCG_ODS_CODE", "STP_ODS_CODE",
				"STP_NAME", "REGION_ODS_CODE");
		data.readMapping(MAPPINGS.get(1), "PRACTICE_CODE", "PCN_CODE", "PCN_NAME", "SUB_ICB_LOCATION_CODE", "ICB_CODE",
				"ICB_NAME", "COMM_REGION_CODE");
		data.readQof(ACTIVITY_FILES.get(0), "2020/21", "PRACTICE_LIST_SIZE");
		data.readQof(ACTIVITY_FILES.get(1), "2019/20", "PATIENT_LIST_SIZE");
		data.readGpad(ACTIVITY_FILES.get(2));
		return data;
	}

	/** Returns the sorted practices of the known practices whose newest mapping row names this PCN. */
	List<String> practicesInPcn(String pcn) {
		return this.knownPractices.stream().filter((code) -> this.placements.get(code).pcn().equals(pcn)).toList();
	}

	List<String> practicesInIcb(String icb) {
		return this.knownPractices.stream().filter((code) -> this.placements.get(code).icb().equals(icb)).toList();
	}

	private void readMapping(Path file, String practiceColumn, String pcnColumn, String pcnNameColumn,
			String subIcbColumn, String icbColumn, String icbNameColumn, String regionColumn) throws IOException {
		try (CSVParser parser = open(file)) {
			for (CSVRecord record : parser) {
				String practice = upper(record.get(practiceColumn));
				Placement placement = new Placement(practice, upper(record.get(pcnColumn)), record.get(pcnNameColumn),
						upper(record.get(icbColumn)), record.get(icbNameColumn));
				this.placements.put(practice, placement);
				for (String column : List.of(practiceColumn, pcnColumn, subIcbColumn, icbColumn, regionColumn)) {
					String code = upper(record.get(column));
					if (!code.isEmpty()) {
						this.organisationCodes.add(code);
					}
				}
			}
		}
	}

	private void readQof(Path file, String period, String listSizeColumn) throws IOException {
		long read = 0;
		long rejected = 0;
		try (CSVParser parser = open(file)) {
			for (CSVRecord record : parser) {
				read++;
				String practice = upper(record.get("PRACTICE_CODE"));
				if (!this.placements.containsKey(practice)) {
					this.rejections.add(new Rejection(file.getFileName().toString(), record.getRecordNumber() + 1));
					rejected++;
					continue;
				}
				this.knownPractices.add(practice);
				add(new FigureKey(practice, "QOF_PREV_" + upper(record.get("GROUP_CODE")), period),
						whole(file, record, "REGISTER"), whole(file, record, listSizeColumn));
			}
		}
		this.fileCounts.add(new FileCounts(file.getFileName().toString(), read, rejected));
	}

	private void readGpad(Path file) throws IOException {
		long read = 0;
		long rejected = 0;
		try (CSVParser parser = open(file)) {
			for (CSVRecord record : parser) {
				read++;
				String practice = upper(record.get("GP_CODE"));
				if (!this.placements.containsKey(practice)) {
					this.rejections.add(new Rejection(file.getFileName().toString(), record.getRecordNumber() + 1));
					rejected++;
					continue;
				}
				this.knownPractices.add(practice);
				String period = gpadPeriod(record.get("APPOINTMENT_MONTH_START_DATE"));
				BigDecimal count = whole(file, record, "COUNT_OF_APPOINTMENTS");
				add(new FigureKey(practice, "GPAD_APPOINTMENTS", period), count, null);
				for (Share share : GPAD_SHARES) {
					boolean matches = record.get(share.column()).strip().equalsIgnoreCase(share.value());
					add(new FigureKey(practice, share.metric(), period), matches ? count : BigDecimal.ZERO, count);
				}
			}
		}
		this.fileCounts.add(new FileCounts(file.getFileName().toString(), read, rejected));
	}

	private void add(FigureKey key, BigDecimal numerator, BigDecimal denominator) {
		Sums current = this.figures.get(key);
		this.figures.put(key, (current == null) ? new Sums(numerator, denominator) : current.plus(numerator, denominator));
	}

	/** Turns {@code 01OCT2025} into the month label {@code 2025-10}. */
	private static String gpadPeriod(String text) {
		List<String> months = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
		String value = upper(text);
		int month = months.indexOf(value.substring(2, 5)) + 1;
		if (month == 0) {
			throw new IllegalStateException("unexpected GPAD month " + text + "; extend the test's month reading");
		}
		return value.substring(5) + "-" + String.format(Locale.ROOT, "%02d", month);
	}

	private static BigDecimal whole(Path file, CSVRecord record, String column) {
		String text = record.get(column).strip();
		if (!text.matches("\\d+")) {
			throw new IllegalStateException(file.getFileName() + " line " + (record.getRecordNumber() + 1) + ": "
					+ column + " \"" + text + "\" is not a whole number; extend the test to expect what the job "
					+ "does with it");
		}
		return new BigDecimal(text);
	}

	private static CSVParser open(Path file) throws IOException {
		// Names may hold Windows-1252 bytes; only codes and counts are used, and those are ASCII.
		Reader reader = new java.io.InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
					.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
		return CSVParser.builder()
			.setReader(reader)
			.setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
			.get();
	}

	private static String upper(String text) {
		return text.strip().toUpperCase(Locale.ROOT);
	}

}
