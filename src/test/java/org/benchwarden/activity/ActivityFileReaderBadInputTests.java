package org.benchwarden.activity;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.benchwarden.activity.ActivityFiles.BAD_INPUTS;
import static org.benchwarden.activity.ActivityFiles.numerator;
import static org.benchwarden.activity.ActivityFiles.readAll;
import static org.benchwarden.activity.ActivityFiles.rejections;
import static org.benchwarden.activity.ActivityFiles.sharedFile;
import static org.benchwarden.activity.ActivityFiles.value;

/**
 * Reads each file of the shared bad-input collection, which reproduce faults that broke similar
 * pipelines. The practices there have made-up codes starting {@code Z99}.
 */
class ActivityFileReaderBadInputTests {

	private final ActivityFileReader reader = new ActivityFileReader(MetricCatalogue.builtIn(),
			(code) -> code.startsWith("Z99"));

	@TempDir
	Path tempDir;

	@Test
	void byteOrderMarkIsStripped() throws Exception {
		Path withMark = sharedFile(BAD_INPUTS, "bom-before-header.csv");
		byte[] bytes = Files.readAllBytes(withMark);
		Path withoutMark = this.tempDir.resolve("bom-removed.csv");
		Files.write(withoutMark, Arrays.copyOfRange(bytes, 3, bytes.length));

		ActivityFile file = this.reader.open(withMark);
		List<RecordOutcome> outcomes = readAll(file);
		List<RecordOutcome> outcomesWithoutMark = readAll(this.reader.open(withoutMark));

		assertThat(bytes[0]).isEqualTo((byte) 0xEF);
		assertThat(file.format()).isEqualTo(ActivityFormat.PRACTICE_EXPORT);
		assertThat(outcomes).hasSize(2);
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(numerator(outcomes, "Z99001", "CONSULTATIONS")).isEqualByComparingTo("412");
		assertThat(outcomes).isEqualTo(outcomesWithoutMark);
	}

	@Test
	void headerSpacingAndCaseIgnored() throws Exception {
		Path path = sharedFile(BAD_INPUTS, "header-spacing-and-case.csv");

		List<RecordOutcome> outcomes = readAll(this.reader.open(path));

		assertThat(outcomes).hasSize(1);
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(value(outcomes, "Z99001", "CONSULTATIONS").period()).isEqualTo("2025-03");
		assertThat(numerator(outcomes, "Z99001", "CONSULTATIONS")).isEqualByComparingTo("412");
		assertThat(numerator(outcomes, "Z99001", "LIST_SIZE")).isEqualByComparingTo("5120");
	}

	@Test
	void duplicateHeaderRejectsFile() {
		Path path = sharedFile(BAD_INPUTS, "duplicate-header.csv");

		RejectedFileException rejection = catchRejection(path);

		assertThat(rejection.fileName()).isEqualTo("duplicate-header.csv");
		assertThat(rejection.getMessage()).contains("\"Consultations\" appears twice");
		assertThat(rejection.getMessage()).contains("columns 3 and 4");
		assertThat(rejection.getMessage()).doesNotContain("412").doesNotContain("430");
	}

	@Test
	void trailingCommaColumnIgnored() throws Exception {
		Path path = sharedFile(BAD_INPUTS, "trailing-comma-every-line.csv");

		List<RecordOutcome> outcomes = readAll(this.reader.open(path));

		assertThat(outcomes).hasSize(2);
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(numerator(outcomes, "Z99002", "LIST_SIZE")).isEqualByComparingTo("3875");
	}

	@Test
	void trailingBlankLinesCountedNotLoaded() throws Exception {
		Path path = sharedFile(BAD_INPUTS, "trailing-blank-lines.csv");
		ActivityFile file = this.reader.open(path);

		List<RecordOutcome> outcomes = readAll(file);

		assertThat(outcomes).hasSize(2);
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(file.counts().blankLines()).isEqualTo(3);
		assertThat(file.counts().recordsRead()).isEqualTo(2);
	}

	@Test
	void quotedLineBreakKeepsLineNumbers() throws Exception {
		Path path = sharedFile(BAD_INPUTS, "quoted-comma-newline-quote.csv");

		List<RecordOutcome> outcomes = readAll(this.reader.open(path));

		assertThat(outcomes).extracting(RecordOutcome::recordNumber).containsExactly(1L, 2L, 3L);
		assertThat(outcomes).extracting(RecordOutcome::line).containsExactly(2L, 3L, 5L);
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(numerator(outcomes, "Z99004", "CONSULTATIONS")).isEqualByComparingTo("77");
		assertThat(value(outcomes, "Z99004", "CONSULTATIONS").line()).isEqualTo(5);
	}

	@Test
	void rejectionAfterQuotedLineBreakNamesBothNumbers() throws Exception {
		Path path = sharedFile(BAD_INPUTS, "quoted-comma-newline-quote.csv");
		ActivityFileReader strictReader = new ActivityFileReader(MetricCatalogue.builtIn(),
				(code) -> !code.equals("Z99004"));

		List<RecordOutcome> outcomes = readAll(strictReader.open(path));
		RowRejection rejection = rejections(outcomes).get(0);

		assertThat(rejections(outcomes)).hasSize(1);
		assertThat(rejection.line()).isEqualTo(5);
		assertThat(rejection.recordNumber()).isEqualTo(3);
		assertThat(rejection.column()).isEqualTo("PracticeCode");
		assertThat(rejection.value()).isEqualTo("Z99004");
		assertThat(rejection.reason()).isEqualTo("quoted-comma-newline-quote.csv line 5 (record 3): practice \"Z99004\""
				+ " is not in the organisation mapping; check the code or update the mapping file");
	}

	@Test
	void suppressedAndFormattedCountsRead() throws Exception {
		Path path = sharedFile(BAD_INPUTS, "suppressed-and-formatted-counts.csv");
		ActivityFile file = this.reader.open(path);

		List<RecordOutcome> outcomes = readAll(file);

		assertThat(outcomes).hasSize(7);
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(value(outcomes, "Z99001", "CONSULTATIONS").numerator()).isEqualTo(Measure.SUPPRESSED);
		assertThat(value(outcomes, "Z99002", "CONSULTATIONS").numerator()).isEqualTo(Measure.MISSING);
		assertThat(numerator(outcomes, "Z99003", "CONSULTATIONS")).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(value(outcomes, "Z99004", "CONSULTATIONS").numerator()).isEqualTo(Measure.SUPPRESSED);
		assertThat(numerator(outcomes, "Z99005", "CONSULTATIONS")).isEqualByComparingTo("1234");
		assertThat(numerator(outcomes, "Z99006", "CONSULTATIONS")).isEqualByComparingTo("56");
		assertThat(value(outcomes, "Z99007", "CONSULTATIONS").numerator()).isEqualTo(Measure.MISSING);
		assertThat(file.counts().suppressedValues()).isEqualTo(2);
		assertThat(file.counts().missingValues()).isEqualTo(1);
		assertThat(file.counts().dashValues()).isEqualTo(1);
	}

	@Test
	void hashAtLineStartIsData() throws Exception {
		Path path = sharedFile(BAD_INPUTS, "hash-at-line-start.csv");

		List<RecordOutcome> outcomes = readAll(this.reader.open(path));

		assertThat(outcomes).hasSize(3);
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(numerator(outcomes, "Z99008", "CONSULTATIONS")).isEqualByComparingTo("205");
		assertThat(numerator(outcomes, "Z99002", "LIST_SIZE")).isEqualByComparingTo("3875");
	}

	@Test
	void oversizedCellCountedRowStillLoads() throws Exception {
		Path path = sharedFile(BAD_INPUTS, "cell-over-32767-chars.csv");
		ActivityFile file = this.reader.open(path);

		List<RecordOutcome> outcomes = readAll(file);

		assertThat(outcomes).hasSize(2);
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(numerator(outcomes, "Z99002", "CONSULTATIONS")).isEqualByComparingTo("298");
		assertThat(file.counts().oversizedTexts()).isEqualTo(1);
	}

	@Test
	void spreadsheetRejectedAskingForCsv() {
		Path path = sharedFile(BAD_INPUTS, "highly-compressed-styles.xlsx");

		RejectedFileException rejection = catchRejection(path);

		assertThat(rejection.reason()).startsWith("the file is a spreadsheet");
		assertThat(rejection.reason()).contains("save it as CSV UTF-8");
		assertThat(rejection.getCause()).isNull();
	}

	private RejectedFileException catchRejection(Path path) {
		return assertThatExceptionOfType(RejectedFileException.class).isThrownBy(() -> readAll(this.reader.open(path)))
			.actual();
	}

}
