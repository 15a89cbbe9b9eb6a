package org.benchwarden.ingest;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.benchwarden.activity.ActivityValue;
import org.benchwarden.activity.Measure;
import org.benchwarden.activity.MeasureState;
import org.benchwarden.activity.RowRejection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Records activity files, their values and their rejected records in the database. Values are
 * inserted in JDBC batches, one batch per chunk. Thread-safe.
 */
@Repository
public class SourceFileRepository {

	private static final int MAX_STORED_VALUE = 500;

	private static final int DELETE_BATCH_SIZE = 10_000;

	private final JdbcTemplate jdbc;

	public SourceFileRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns the name and load time of a file with this content that was loaded before, if any. */
	Optional<String> findLoaded(String sha256) {
		return this.jdbc
			.query("SELECT file_name, finished_at FROM source_file WHERE sha256 = ? AND status = 'LOADED' ORDER BY id",
					(rs, row) -> rs.getString(1) + " (loaded " + rs.getTimestamp(2).toInstant() + ")", sha256)
			.stream()
			.findFirst();
	}

	long insertLoading(String fileName, String sha256, long jobInstanceId) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement(
					"INSERT INTO source_file (file_name, sha256, status, received_at, job_instance_id) VALUES (?, ?, 'LOADING', ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, fileName);
			statement.setString(2, sha256);
			statement.setTimestamp(3, Timestamp.from(Instant.now()));
			statement.setLong(4, jobInstanceId);
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	void insertValues(long sourceFileId, List<ActivityValue> values) {
		this.jdbc.batchUpdate("INSERT INTO activity_value (source_file_id, line, practice_code, period, metric_code, "
				+ "numerator, numerator_state, denominator, denominator_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values,
				values.size(), (statement, value) -> {
					statement.setLong(1, sourceFileId);
					statement.setLong(2, value.line());
					statement.setString(3, value.practiceCode());
					statement.setString(4, value.period());
					statement.setString(5, value.metricCode());
					setMeasure(statement, 6, value.numerator());
					setMeasure(statement, 8, value.denominator());
				});
	}

	void insertRejections(long sourceFileId, List<RowRejection> rejections) {
		this.jdbc.batchUpdate("INSERT INTO rejected_record (source_file_id, file_name, line, record_number, column_name, "
				+ "column_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)", rejections, rejections.size(),
				(statement, rejection) -> {
					statement.setLong(1, sourceFileId);
					statement.setString(2, rejection.file());
					statement.setLong(3, rejection.line());
					statement.setLong(4, rejection.recordNumber());
					statement.setString(5, rejection.column());
					statement.setString(6, cut(rejection.value()));
					statement.setString(7, rejection.reason());
				});
	}

	void markLoaded(long sourceFileId, String format, long recordsRead, long blankLines, long suppressed, long missing,
			long dashes) {
		this.jdbc.update("UPDATE source_file SET status = 'LOADED', format = ?, records_read = ?, blank_lines = ?, "
				+ "suppressed_values = ?, missing_values = ?, dash_values = ?, finished_at = ?, "
				+ "records_rejected = (SELECT COUNT(*) FROM rejected_record r WHERE r.source_file_id = source_file.id), "
				+ "records_loaded = ? - (SELECT COUNT(*) FROM rejected_record r WHERE r.source_file_id = source_file.id) "
				+ "WHERE id = ?", format, recordsRead, blankLines, suppressed, missing, dashes,
				Timestamp.from(Instant.now()), recordsRead, sourceFileId);
	}

	/**
	 * Removes everything loaded from the file and marks it quarantined, so none of its values can
	 * reach a benchmark.
	 */
	void markQuarantined(long sourceFileId, String reason) {
		// The values are invisible while the file is not LOADED, so deleting them in several
		// statements is safe, and it keeps HSQLDB from holding a large file's rows in the heap at once.
		deleteInBatches("DELETE FROM activity_value WHERE source_file_id = ? LIMIT " + DELETE_BATCH_SIZE, sourceFileId);
		deleteInBatches("DELETE FROM rejected_record WHERE source_file_id = ? LIMIT " + DELETE_BATCH_SIZE, sourceFileId);
		this.jdbc.update("UPDATE source_file SET status = 'QUARANTINED', reason = ?, finished_at = ? WHERE id = ?",
				reason, Timestamp.from(Instant.now()), sourceFileId);
	}

	private void deleteInBatches(String sql, long sourceFileId) {
		while (this.jdbc.update(sql, sourceFileId) > 0) {
			// Each statement commits on its own, outside any chunk transaction.
		}
	}

	void markDuplicate(long sourceFileId, String reason) {
		this.jdbc.update("UPDATE source_file SET status = 'DUPLICATE', reason = ?, finished_at = ? WHERE id = ?", reason,
				Timestamp.from(Instant.now()), sourceFileId);
	}

	private static void setMeasure(PreparedStatement statement, int index, Measure measure)
			throws java.sql.SQLException {
		if (measure.state() == MeasureState.VALUE) {
			statement.setBigDecimal(index, measure.value());
		}
		else {
			statement.setNull(index, Types.DECIMAL);
		}
		statement.setString(index + 1, measure.state().name().substring(0, 1));
	}

	private static String cut(String value) {
		if (value == null || value.length() <= MAX_STORED_VALUE) {
			return value;
		}
		return value.substring(0, MAX_STORED_VALUE - 30) + "... [cut: " + value.length() + " characters]";
	}

}
