package org.benchwarden.job;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Summary of a run, in the numbers an operator checks first: files, records, recipients,
 * workbooks and time. Counts cover every execution of the run, so a restarted run reports the
 * whole night.
 *
 * @param filesRead inbox files seen
 * @param filesLoaded files loaded
 * @param filesQuarantined files rejected whole and moved to quarantine
 * @param filesDuplicate files whose content had been loaded before
 * @param recordsRead records read from loaded files
 * @param recordsLoaded records loaded
 * @param recordsRejected records rejected, each listed in the rejects report
 * @param blankLines blank lines ignored
 * @param suppressedValues values suppressed at source
 * @param missingValues values left empty
 * @param dashValues values written as a dash, which load as missing
 * @param recipients recipients resolved
 * @param workbooks workbooks written
 * @param duration time taken
 * @param outputFolder where the workbooks, manifest and rejects report are
 */
public record RunSummary(long filesRead, long filesLoaded, long filesQuarantined, long filesDuplicate, long recordsRead,
		long recordsLoaded, long recordsRejected, long blankLines, long suppressedValues, long missingValues,
		long dashValues, long recipients, long workbooks, Duration duration, Path outputFolder) {

	static RunSummary query(JdbcTemplate jdbc, long jobInstanceId, Duration duration, Path outputFolder) {
		return jdbc.queryForObject("SELECT COUNT(*), "
				+ "COALESCE(SUM(CASE WHEN status = 'LOADED' THEN 1 ELSE 0 END), 0), "
				+ "COALESCE(SUM(CASE WHEN status = 'QUARANTINED' THEN 1 ELSE 0 END), 0), "
				+ "COALESCE(SUM(CASE WHEN status = 'DUPLICATE' THEN 1 ELSE 0 END), 0), "
				+ "COALESCE(SUM(CASE WHEN status = 'LOADED' THEN records_read ELSE 0 END), 0), "
				+ "COALESCE(SUM(CASE WHEN status = 'LOADED' THEN records_loaded ELSE 0 END), 0), "
				+ "COALESCE(SUM(CASE WHEN status = 'LOADED' THEN records_rejected ELSE 0 END), 0), "
				+ "COALESCE(SUM(blank_lines), 0), COALESCE(SUM(suppressed_values), 0), COALESCE(SUM(missing_values), 0), "
				+ "COALESCE(SUM(dash_values), 0), "
				+ "(SELECT COUNT(*) FROM recipient_workbook WHERE job_instance_id = ?), "
				+ "(SELECT COUNT(*) FROM recipient_workbook WHERE job_instance_id = ? AND written_at IS NOT NULL) "
				+ "FROM source_file WHERE job_instance_id = ?",
				(rs, row) -> new RunSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
						rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
						rs.getLong(12), rs.getLong(13), duration, outputFolder),
				jobInstanceId, jobInstanceId, jobInstanceId);
	}

	/** Returns the summary as a few lines for the log and the console. */
	public String describe() {
		return String.format("""
				Files: %d read, %d loaded, %d quarantined, %d already loaded before
				Records: %d read, %d loaded, %d rejected (blank lines ignored: %d; values suppressed at source: %d, missing: %d, written as a dash: %d)
				Recipients: %d, workbooks written: %d
				Time taken: %s
				Workbooks, manifest and rejects report: %s""", this.filesRead, this.filesLoaded, this.filesQuarantined,
				this.filesDuplicate, this.recordsRead, this.recordsLoaded, this.recordsRejected, this.blankLines,
				this.suppressedValues, this.missingValues, this.dashValues, this.recipients, this.workbooks, format(this.duration),
				this.outputFolder);
	}

	private static String format(Duration duration) {
		return (duration.toMinutes() > 0) ? duration.toMinutes() + " min " + duration.toSecondsPart() + " s"
				: String.format("%.1f s", duration.toMillis() / 1000.0);
	}

}
