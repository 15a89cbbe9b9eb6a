package org.benchwarden.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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

	/** Removes every practice figure, before a run builds them again. */
	public void clear() {
		this.jdbc.update("DELETE FROM practice_figure");
	}

	/** Returns the periods that have at least one practice figure, in label order. */
	public List<String> periods() {
		return this.jdbc.queryForList("SELECT DISTINCT period FROM practice_figure ORDER BY period", String.class);
	}

	/**
	 * Builds the figures of the given practices for the periods in range, replacing any they
	 * already have, and returns how many were written. Each practice's values are summed by the
	 * database with one query through the practice index, so memory follows one practice's values,
	 * never the whole table. Values from the same file add up. When several loaded files carry the
	 * same practice, metric and period, the file loaded last wins. A figure is suppressed when any
	 * value behind it was suppressed at source, and missing when none has a value.
	 */
	public int rebuild(List<String> practiceCodes, Predicate<String> periodInRange) {
		List<Object[]> rows = new ArrayList<>();
		for (String practice : practiceCodes) {
			this.jdbc.update("DELETE FROM practice_figure WHERE practice_code = ?", practice);
			Map<String, Object[]> latest = new HashMap<>();
			this.jdbc.query("SELECT v.period, v.metric_code, v.source_file_id, SUM(v.numerator), SUM(v.denominator), "
					+ "SUM(CASE WHEN v.numerator_state = 'S' OR v.denominator_state = 'S' THEN 1 ELSE 0 END), "
					+ "SUM(CASE WHEN v.numerator_state = 'V' THEN 1 ELSE 0 END) "
					+ "FROM activity_value v JOIN source_file f ON f.id = v.source_file_id "
					+ "WHERE v.practice_code = ? AND f.status = 'LOADED' "
					+ "GROUP BY v.period, v.metric_code, v.source_file_id", (RowCallbackHandler) (rs) -> {
						String period = rs.getString(1);
						if (!periodInRange.test(period)) {
							return;
						}
						String state = (rs.getLong(6) > 0) ? "S" : (rs.getLong(7) == 0) ? "M" : "V";
						Object[] figure = { practice, period, rs.getString(2), rs.getBigDecimal(4), rs.getBigDecimal(5),
								state, rs.getLong(3) };
						latest.merge(period + " " + rs.getString(2), figure,
								(earlier, later) -> ((Long) later[6] > (Long) earlier[6]) ? later : earlier);
					}, practice);
			for (Object[] figure : latest.values()) {
				rows.add(Arrays.copyOf(figure, 6));
			}
		}
		this.jdbc.batchUpdate("INSERT INTO practice_figure (practice_code, period, metric_code, numerator, denominator, "
				+ "state) VALUES (?, ?, ?, ?, ?, ?)", rows);
		return rows.size();
	}

}
