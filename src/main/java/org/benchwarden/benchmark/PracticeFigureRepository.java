package org.benchwarden.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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

	/**
	 * Marks as not shared every figure of a contract's metric whose practice has not accepted that
	 * contract, so that it reaches the practice's own data and no one else's view. Metrics of
	 * contracts that are not configured are left shared. Returns how many figures were marked.
	 *
	 * @param metricsByContract each configured contract's metric codes
	 * @param acceptedByContract each configured contract's accepted providers
	 */
	public int restrictContractMetrics(Map<String, ? extends Collection<String>> metricsByContract,
			Map<String, ? extends Collection<String>> acceptedByContract) {
		this.jdbc.update("DELETE FROM contract_metric");
		this.jdbc.update("DELETE FROM contract_provider");
		this.jdbc.batchUpdate("INSERT INTO contract_metric (contract_code, metric_code) VALUES (?, ?)",
				pairs(metricsByContract));
		this.jdbc.batchUpdate("INSERT INTO contract_provider (contract_code, practice_code) VALUES (?, ?)",
				pairs(acceptedByContract));
		return this.jdbc.update("UPDATE practice_figure SET shared = 'N' WHERE metric_code IN "
				+ "(SELECT metric_code FROM contract_metric) AND NOT EXISTS (SELECT 1 FROM contract_metric cm "
				+ "JOIN contract_provider cp ON cp.contract_code = cm.contract_code "
				+ "WHERE cm.metric_code = practice_figure.metric_code AND cp.practice_code = practice_figure.practice_code)");
	}

	private static List<Object[]> pairs(Map<String, ? extends Collection<String>> valuesByKey) {
		List<Object[]> pairs = new ArrayList<>();
		valuesByKey.forEach((key, values) -> values.forEach((value) -> pairs.add(new Object[] { key, value })));
		return pairs;
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
		// NOTE: heap use here grows with the activity values in range, not only with the figures. HSQLDB
		// evaluates this INSERT ... SELECT in the heap: for 7 million values behind 14,300 figures a
		// class histogram showed 4.9 million small Object[] (about 150 MB) live. Aggregating one period
		// at a time, or streaming the values in key order and summing in Java, would bound it.
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
