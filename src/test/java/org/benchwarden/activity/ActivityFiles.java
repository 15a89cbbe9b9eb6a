package org.benchwarden.activity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Helpers shared by the activity tests: reading a whole file and locating the shared sample files. */
final class ActivityFiles {

	static final Path BAD_INPUTS = Path.of("..", "shared", "bad-inputs");

	static final Path REAL_DATA = Path.of("..", "shared", "real-data");

	private ActivityFiles() {
	}

	/** Reads every outcome of the file and closes it. */
	static List<RecordOutcome> readAll(ActivityFile file) throws RejectedFileException, IOException {
		try (file) {
			List<RecordOutcome> outcomes = new ArrayList<>();
			RecordOutcome outcome;
			while ((outcome = file.next()) != null) {
				outcomes.add(outcome);
			}
			return outcomes;
		}
	}

	static List<ActivityValue> values(List<RecordOutcome> outcomes) {
		return outcomes.stream().flatMap((outcome) -> outcome.values().stream()).toList();
	}

	static List<RowRejection> rejections(List<RecordOutcome> outcomes) {
		return outcomes.stream().map(RecordOutcome::rejection).filter(Objects::nonNull).toList();
	}

	/** Returns the only value of the metric for the practice. */
	static ActivityValue value(List<RecordOutcome> outcomes, String practiceCode, String metricCode) {
		List<ActivityValue> matching = values(outcomes).stream()
			.filter((value) -> value.practiceCode().equals(practiceCode) && value.metricCode().equals(metricCode))
			.toList();
		if (matching.size() != 1) {
			throw new AssertionError("expected one " + metricCode + " value for " + practiceCode + " but found " + matching);
		}
		return matching.get(0);
	}

	static BigDecimal numerator(List<RecordOutcome> outcomes, String practiceCode, String metricCode) {
		return value(outcomes, practiceCode, metricCode).numerator().value();
	}

	/** Returns the shared file, skipping the test with the reason when the shared folder is absent. */
	static Path sharedFile(Path folder, String name) {
		Path file = folder.resolve(name);
		assumeTrue(Files.isReadable(file), () -> "skipped: shared test file " + file
				+ " is not on this machine; these tests need the project's shared sample files");
		return file;
	}

	/** Returns a test resource under src/test/resources/activity. */
	static Path resource(String name) {
		return Path.of("src/test/resources/activity", name);
	}

}
