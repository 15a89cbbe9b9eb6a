package org.benchwarden.activity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.benchwarden.activity.ActivityFiles.REAL_DATA;
import static org.benchwarden.activity.ActivityFiles.readAll;
import static org.benchwarden.activity.ActivityFiles.rejections;
import static org.benchwarden.activity.ActivityFiles.sharedFile;
import static org.benchwarden.activity.ActivityFiles.values;

/**
 * Reads excerpts of real NHS publications: QOF prevalence for 2020-21 and 2019-20 and the GPAD
 * practice-level crosstab for October 2025. Expected sums are computed from the raw lines by
 * splitting on commas, which these files allow because none of their values is quoted.
 */
class ActivityFileReaderRealDataTests {

	private final ActivityFileReader reader = new ActivityFileReader(MetricCatalogue.builtIn(), (code) -> true);

	@TempDir
	Path tempDir;

	@Test
	void qofPrevalence2020To21Loads() throws Exception {
		Path path = sharedFile(REAL_DATA, "qof/PREVALENCE_2021_v2_excerpt.csv");
		ActivityFile file = this.reader.open(path);

		List<RecordOutcome> outcomes = readAll(file);

		assertThat(file.format()).isEqualTo(ActivityFormat.QOF_PREVALENCE);
		assertThat(outcomes).hasSize(dataLines(path).size());
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(values(outcomes)).allMatch((value) -> value.period().equals("2020/21"));
		assertThat(sumNumerators(outcomes, "QOF_PREV_AF")).isEqualByComparingTo(sumColumn(path, 2, 1, "AF"));
		assertThat(sumDenominators(outcomes, "QOF_PREV_AST")).isEqualByComparingTo(sumColumn(path, 4, 1, "AST"));
	}

	@Test
	void qofPrevalence2019To20Loads() throws Exception {
		Path path = sharedFile(REAL_DATA, "qof/PREVALENCE_1920_excerpt.csv");
		ActivityFile file = this.reader.open(path);

		List<RecordOutcome> outcomes = readAll(file);

		assertThat(outcomes).hasSize(dataLines(path).size());
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(values(outcomes)).allMatch((value) -> value.period().equals("2019/20"));
		assertThat(sumNumerators(outcomes, "QOF_PREV_CVDPP")).isEqualByComparingTo(sumColumn(path, 2, 1, "CVDPP"));
		assertThat(sumDenominators(outcomes, "QOF_PREV_DM")).isEqualByComparingTo(sumColumn(path, 4, 1, "DM"));
		assertThat(file.counts().valuesLoaded()).isEqualTo(outcomes.size());
	}

	@Test
	void qofFileWithoutYearRejected() throws Exception {
		Path source = sharedFile(REAL_DATA, "qof/PREVALENCE_2021_v2_excerpt.csv");
		Path renamed = Files.copy(source, this.tempDir.resolve("qof-prevalence.csv"));

		RejectedFileException rejection = assertThatExceptionOfType(RejectedFileException.class)
			.isThrownBy(() -> this.reader.open(renamed))
			.actual();

		assertThat(rejection.getMessage()).startsWith("qof-prevalence.csv: the QOF year is not in the file name");
		assertThat(rejection.getMessage()).contains("PREVALENCE_2021.csv for 2020/21");
	}

	@Test
	void gpadCrosstabLoads() throws Exception {
		Path path = sharedFile(REAL_DATA, "gpad/Practice_Level_Crosstab_London_East_South_Oct_25_excerpt_reconstructed.csv");
		ActivityFile file = this.reader.open(path);
		List<String[]> lines = dataLines(path);

		List<RecordOutcome> outcomes = readAll(file);

		assertThat(file.format()).isEqualTo(ActivityFormat.GPAD_CROSSTAB);
		assertThat(outcomes).hasSize(lines.size());
		assertThat(rejections(outcomes)).isEmpty();
		assertThat(file.counts().valuesLoaded()).isEqualTo(7L * lines.size());
		assertThat(values(outcomes)).allMatch((value) -> value.period().equals("2025-10"));
		assertThat(sumNumerators(outcomes, "GPAD_APPOINTMENTS")).isEqualByComparingTo(sumColumn(path, 12, -1, null));
		assertThat(sumDenominators(outcomes, "GPAD_DNA")).isEqualByComparingTo(sumColumn(path, 12, -1, null));
		assertThat(sumNumerators(outcomes, "GPAD_DNA")).isEqualByComparingTo(sumColumn(path, 12, 13, "DNA"));
		assertThat(sumNumerators(outcomes, "GPAD_FACE_TO_FACE")).isEqualByComparingTo(sumColumn(path, 12, 9, "Face-to-Face"));
		assertThat(sumNumerators(outcomes, "GPAD_SAME_DAY")).isEqualByComparingTo(sumColumn(path, 12, 11, "Same Day"));
	}

	private static BigDecimal sumNumerators(List<RecordOutcome> outcomes, String metricCode) {
		return values(outcomes).stream()
			.filter((value) -> value.metricCode().equals(metricCode))
			.map((value) -> value.numerator().value())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal sumDenominators(List<RecordOutcome> outcomes, String metricCode) {
		return values(outcomes).stream()
			.filter((value) -> value.metricCode().equals(metricCode))
			.map((value) -> value.denominator().value())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Sums a column over the lines whose filter column contains the given text; -1 sums every line. */
	private static BigDecimal sumColumn(Path path, int column, int filterColumn, String filterValue) throws IOException {
		BigDecimal sum = BigDecimal.ZERO;
		for (String[] fields : dataLines(path)) {
			if (filterColumn < 0 || fields[filterColumn].equals(filterValue)) {
				sum = sum.add(new BigDecimal(fields[column]));
			}
		}
		return sum;
	}

	private static List<String[]> dataLines(Path path) throws IOException {
		return Files.readAllLines(path)
			.stream()
			.skip(1)
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.map((line) -> line.split(",", -1))
			.toList();
	}

}
