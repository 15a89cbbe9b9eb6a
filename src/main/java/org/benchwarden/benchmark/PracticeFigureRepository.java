package org.benchwarden.benchmark;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Builds each practice's figures from the loaded activity values, in the database. Values from
 * the same file add up (a GPAD file has many rows per practice and month). When several files
 * carry the same practice, metric and period, the most recently loaded file wins, because a
 * practice that sends a file again is sending a correction. Only files marked LOADED count.
 */
@Repository
public class PracticeFigureRepository {

	private final JdbcTemplate jdbc;

	public PracticeFigureRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns the periods of every loaded value. */
	public List<String> loadedPeriods() {
		return this.jdbc.queryForList("SELECT DISTINCT v.period FROM activity_value v "
				+ "JOIN source_file f ON f.id = v.source_file_id WHERE f.status = 'LOADED' ORDER BY v.period", String.class);
	}

	/**
	 * Replaces the practice figures with those of the given periods, and returns how many there
	 * are. A practice's figure is suppressed when any value behind it was suppressed at source.
	 */
	public int rebuild(Collection<String> periods) {
		// NOTE: the delete and the insert run in the caller's one transaction, and HSQLDB keeps every row
		// a transaction changes in the heap until the commit. Heap use therefore grows with the number of
		// figures (practices x periods x metrics), not with the activity rows behind them: 286,000 figures
		// for 6,500 practices left about 346 MB of a 384 MB heap in use (see docs/benchmarks.md).
		this.jdbc.update("DELETE FROM practice_figure");
		if (periods.isEmpty()) {
			return 0;
		}
		String placeholders = String.join(", ", Collections.nCopies(periods.size(), "?"));
		return this.jdbc.update("INSERT INTO practice_figure (practice_code, period, metric_code, numerator, denominator, state) "
				+ "SELECT v.practice_code, v.period, v.metric_code, SUM(v.numerator), SUM(v.denominator), "
				+ "CASE WHEN SUM(CASE WHEN v.numerator_state = 'S' OR v.denominator_state = 'S' THEN 1 ELSE 0 END) > 0 THEN 'S' "
				+ "WHEN SUM(CASE WHEN v.numerator_state = 'V' THEN 1 ELSE 0 END) = 0 THEN 'M' ELSE 'V' END "
				+ "FROM activity_value v JOIN ("
				+ "SELECT a.practice_code, a.period, a.metric_code, MAX(a.source_file_id) AS source_file_id "
				+ "FROM activity_value a JOIN source_file f ON f.id = a.source_file_id "
				+ "WHERE f.status = 'LOADED' AND a.period IN (" + placeholders + ") "
				+ "GROUP BY a.practice_code, a.period, a.metric_code) latest "
				+ "ON latest.practice_code = v.practice_code AND latest.period = v.period "
				+ "AND latest.metric_code = v.metric_code AND latest.source_file_id = v.source_file_id "
				+ "GROUP BY v.practice_code, v.period, v.metric_code", periods.toArray());
	}

}
