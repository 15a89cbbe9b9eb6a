package org.benchwarden.activity;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.benchwarden.activity.ActivityFiles.numerator;
import static org.benchwarden.activity.ActivityFiles.readAll;
import static org.benchwarden.activity.ActivityFiles.rejections;
import static org.benchwarden.activity.ActivityFiles.resource;
import static org.benchwarden.activity.ActivityFiles.value;

class ActivityFileReaderTests {

	private final ActivityFileReader reader = new ActivityFileReader(MetricCatalogue.builtIn(),
			Set.of("A81001", "A81002")::contains);

	@TempDir
	Path tempDir;

	@Test
	void nativeCsvLoadsCountsAndRatios() throws Exception {
		ActivityFile file = this.reader.open(resource("native-activity.csv"));

		List<RecordOutcome> outcomes = readAll(file);
		ActivityValue dna = value(outcomes, "A81001", "GPAD_DNA");

		assertThat(file.format()).isEqualTo(ActivityFormat.NATIVE_CSV);
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(numerator(outcomes, "A81001", "CONSULTATIONS")).isEqualByComparingTo("1520");
		assertThat(value(outcomes, "A81001", "CONSULTATIONS").denominator()).isEqualTo(Measure.MISSING);
		assertThat(dna.numerator().value()).isEqualByComparingTo("41");
		assertThat(dna.denominator().value()).isEqualByComparingTo("1210");
		assertThat(dna.line()).isEqualTo(3);
		assertThat(value(outcomes, "A81002", "QOF_PREV_AF").period()).isEqualTo("2025/26");
		assertThat(numerator(outcomes, "A81002", "LIST_SIZE")).isEqualByComparingTo("6210");
	}

	@Test
	void nativeCsvRejectsFaultyRecords() throws Exception {
		ActivityFile file = this.reader.open(resource("native-activity-faults.csv"));

		List<RecordOutcome> outcomes = readAll(file);
		List<RowRejection> rejections = rejections(outcomes);

		assertThat(outcomes).hasSize(10);
		assertThat(rejections).hasSize(9);
		assertThat(rejections.get(0).reason()).contains("line 2 (record 1): metric GPAD_DNA is a ratio (%)");
		assertThat(rejections.get(1).reason()).contains("metric CONSULTATIONS is a count and has no denominator");
		assertThat(rejections.get(2).reason()).contains("metric \"NOT_A_METRIC\" is not in the metric catalogue");
		assertThat(rejections.get(3).column()).isEqualTo("period");
		assertThat(rejections.get(3).reason()).contains("period \"October 2025\" is neither a month");
		assertThat(rejections.get(4).reason()).contains("numerator \"-4\" is negative");
		assertThat(rejections.get(5).reason()).contains("numerator \"2.5\" is not a whole number");
		assertThat(rejections.get(6).reason()).contains("numerator \"12a\" is not a number");
		assertThat(rejections.get(7).reason()).endsWith("line 9 (record 8): practice \"Z00001\" is not in the"
				+ " organisation mapping; check the code or update the mapping file");
		assertThat(rejections.get(8).reason()).contains("the record has 3 values but the header names 5 columns");
		assertThat(outcomes.get(9).values()).hasSize(1);
		assertThat(file.counts().recordsRejected()).isEqualTo(9);
		assertThat(file.counts().recordsLoaded()).isEqualTo(1);
	}

	@Test
	void unclosedQuoteRejectsFilePartWay() throws Exception {
		ActivityFile file = this.reader.open(resource("native-unclosed-quote.csv"));

		RecordOutcome first = file.next();
		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(file::next)
			.actual();
		file.close();

		assertThat(first.values()).hasSize(1);
		assertThat(rejection.getMessage()).contains("native-unclosed-quote.csv: the text is malformed in the record"
				+ " that starts on line 3");
	}

	@Test
	void skipResumesAfterRestart() throws Exception {
		List<RecordOutcome> fullPass = readAll(this.reader.open(resource("native-activity-faults.csv")));
		ActivityFile resumed = this.reader.open(resource("native-activity-faults.csv"));

		resumed.skip(7);
		List<RecordOutcome> rest = readAll(resumed);

		assertThat(rest).isEqualTo(fullPass.subList(7, fullPass.size()));
		assertThat(rest.get(0).recordNumber()).isEqualTo(8);
		assertThat(resumed.counts().recordsSkipped()).isEqualTo(7);
		assertThat(resumed.counts().recordsRead()).isEqualTo(3);
	}

	@Test
	void skipPastEndReadsNothing() throws Exception {
		ActivityFile file = this.reader.open(resource("native-activity.csv"));

		file.skip(100);

		assertThat(file.next()).isNull();
		assertThat(file.counts().recordsSkipped()).isEqualTo(4);
		file.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "NHS_NUMBER", "NHSNumber", "NHS No", "nhs_no", "Patient NHS Number", "DOB",
			"Date of Birth", "PatientName", "Forename", "Surname", "Patient_Postcode", "Postcode" })
	void patientIdentifierColumnRejectsFile(String column) throws Exception {
		Path path = write("export.csv", "PracticeCode,ActivityDate," + column + ",Consultations\n"
				+ "A81001,2025-10-31,x,12\n");

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(path))
			.actual();

		assertThat(rejection.getMessage()).startsWith("export.csv: column \"" + column.strip()
				+ "\" carries patient-level data, which Benchwarden must never hold; remove the column");
	}

	@Test
	void practiceNameColumnIsAllowed() throws Exception {
		Path path = write("export.csv", "PracticeCode,PracticeName,PracticePostcode,ActivityDate,Consultations\n"
				+ "A81001,Riverside,CB1 1AA,2025-10-31,12\n");

		List<RecordOutcome> outcomes = readAll(this.reader.open(path));

		assertThat(rejections(outcomes)).isEmpty();
		assertThat(numerator(outcomes, "A81001", "CONSULTATIONS")).isEqualByComparingTo("12");
	}

	@Test
	void unknownFormatListsEveryFormat() throws Exception {
		Path path = write("mystery.csv", "Code,Month,Value\nA81001,2025-10,12\n");

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(path))
			.actual();

		assertThat(rejection.getMessage()).startsWith("mystery.csv: the header matches none of the formats Benchwarden reads: ");
		for (ActivityFormat format : ActivityFormat.values()) {
			assertThat(rejection.getMessage()).contains(format.displayName());
			assertThat(rejection.getMessage()).contains(String.join(", ", format.requiredColumns()));
		}
		assertThat(rejection.getMessage()).endsWith(
				"; convert the file to the native format (see docs/activity-formats.md)");
	}

	@Test
	void missingRequiredColumnNamed() throws Exception {
		Path path = write("native.csv", "practice_code,metric_code,numerator\nA81001,CONSULTATIONS,12\n");

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(path))
			.actual();

		assertThat(rejection.reason()).startsWith("the header has no period column, which the native CSV format requires");
	}

	@Test
	void practiceExportWithoutMetricColumnRejected() throws Exception {
		Path path = write("export.csv", "PracticeCode,ActivityDate,Notes\nA81001,2025-10-31,x\n");

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(path))
			.actual();

		assertThat(rejection.reason()).startsWith("the header has no metric column");
	}

	@Test
	void windows1252TextDecoded() throws Exception {
		Path path = resource("practice-export-windows-1252.csv");

		List<RecordOutcome> outcomes = readAll(this.reader.open(path));

		assertThat(rejections(outcomes)).isEmpty();
		assertThat(value(outcomes, "A81001", "CONSULTATIONS").period()).isEqualTo("2025-10");
		assertThat(numerator(outcomes, "A81002", "CONSULTATIONS")).isEqualByComparingTo("300");
	}

	@Test
	void undecodableBytesRejectFile() throws Exception {
		Path path = this.tempDir.resolve("broken.csv");
		Files.write(path, new byte[] { 'A', ',', (byte) 0x81, '\n' });

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(path))
			.actual();

		assertThat(rejection.reason()).startsWith("byte 2 is neither UTF-8 nor Windows-1252 text");
	}

	@Test
	void xlsxWorkbookRejectedAskingForCsv() throws Exception {
		Path path = this.tempDir.resolve("practice-export.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
			workbook.createSheet("Activity").createRow(0).createCell(0).setCellValue("PracticeCode");
			workbook.write(out);
		}

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(path))
			.actual();

		assertThat(rejection.reason()).startsWith("the file is a spreadsheet (a zip archive");
		assertThat(rejection.reason()).contains("save it as CSV UTF-8");
	}

	@Test
	void xlsWorkbookRejectedAskingForCsv() throws Exception {
		Path path = this.tempDir.resolve("practice-export.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
			workbook.createSheet("Activity").createRow(0).createCell(0).setCellValue("PracticeCode");
			workbook.write(out);
		}

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(path))
			.actual();

		assertThat(rejection.reason()).startsWith("the file is a spreadsheet (an Excel 97-2003 .xls workbook)");
		assertThat(rejection.reason()).contains("save it as CSV UTF-8");
	}

	@Test
	void emptyFileRejected() throws Exception {
		Path path = write("empty.csv", "");

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(path))
			.actual();

		assertThat(rejection.reason()).startsWith("the file is empty");
	}

	@Test
	void unnamedMiddleColumnRejected() throws Exception {
		Path path = write("export.csv", "PracticeCode,,ActivityDate,Consultations\nA81001,x,2025-10-31,12\n");

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(path))
			.actual();

		assertThat(rejection.reason()).startsWith("column 2 of the header has no name");
	}

	@Test
	void valueInUnnamedColumnRejectsRow() throws Exception {
		Path path = write("export.csv", "PracticeCode,ActivityDate,Consultations,\nA81001,2025-10-31,12,\n"
				+ "A81002,2025-10-31,12,7\n");

		List<RecordOutcome> outcomes = readAll(this.reader.open(path));

		assertThat(outcomes.get(0).isRejected()).isFalse();
		assertThat(outcomes.get(1).rejection().reason()).contains("the record has a value \"7\" in column 4");
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(this.tempDir.resolve(name), text, StandardCharsets.UTF_8);
	}

}
