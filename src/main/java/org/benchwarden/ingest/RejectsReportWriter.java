package org.benchwarden.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Writes the rejects report of a run as CSV: one row per rejected record with its file, line,
 * column, value and reason, and one row per file quarantined whole. Streams from the database.
 */
@Component
public class RejectsReportWriter {

	private static final String[] HEADER = { "file", "line", "record", "column", "value", "reason" };

	private final JdbcTemplate jdbc;

	public RejectsReportWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the report to the given file, replacing any earlier one, and returns the rows written. */
	public long write(Path report, long jobInstanceId) {
		Path part = report.resolveSibling("." + report.getFileName() + ".part");
		long[] rows = { 0 };
		try {
			Files.createDirectories(report.getParent());
			try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
					CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
				this.jdbc.query("SELECT f.file_name, 0, 0, NULL, NULL, 'file quarantined whole: ' || f.reason "
						+ "FROM source_file f WHERE f.job_instance_id = ? AND f.status = 'QUARANTINED' ORDER BY f.id",
						(RowCallbackHandler) (rs) -> print(printer, rs, rows), jobInstanceId);
				this.jdbc.query("SELECT r.file_name, r.line, r.record_number, r.column_name, r.column_value, r.reason "
						+ "FROM rejected_record r JOIN source_file f ON f.id = r.source_file_id "
						+ "WHERE f.job_instance_id = ? AND f.status = 'LOADED' ORDER BY f.id, r.line",
						(RowCallbackHandler) (rs) -> print(printer, rs, rows), jobInstanceId);
			}
			// Rejected records carry the values that were read, so the report is for its owner only.
			InboxFileMover.restrictToOwner(part);
			Files.move(part, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return rows[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the rejects report " + report, ex);
		}
	}

	private static void print(CSVPrinter printer, java.sql.ResultSet rs, long[] rows) throws java.sql.SQLException {
		try {
			printer.printRecord(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6));
			rows[0]++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
