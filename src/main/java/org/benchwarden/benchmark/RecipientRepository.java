package org.benchwarden.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.benchwarden.access.Aggregate;
import org.benchwarden.access.Entitlements;
import org.benchwarden.access.View;
import org.benchwarden.access.Withheld;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores each recipient's resolved entitlements for a run, the practices behind each of its
 * views, and the workbook once written. Keyed by job instance, so a restarted run finds what the
 * failed execution already did. Thread-safe.
 */
@Repository
public class RecipientRepository {

	private static final int BATCH_SIZE = 1000;

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	public RecipientRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores one recipient's entitlements and the members of each view. A practice is marked
	 * visible where any view shows it to the recipient one by one.
	 */
	public void save(long jobInstanceId, Entitlements entitlements) {
		String recipient = entitlements.recipient().odsCode();
		this.jdbc.update("INSERT INTO recipient_workbook (job_instance_id, recipient_code, entitlements) VALUES (?, ?, ?)",
				jobInstanceId, recipient, this.json.writeValueAsString(entitlements));

		// NOTE: one row per practice behind each view, so a contract aggregate shown to every provider
		// gives providers x providers rows: about 42 million for a national QOF contract with
		// providers-see-contract-aggregate. Storing each aggregate's members once per run would avoid it.
		Set<String> visible = entitlements.individuallyVisiblePractices();
		List<Object[]> members = new ArrayList<>();
		for (View view : entitlements.views()) {
			if (view.kind().isAggregate()) {
				for (Aggregate aggregate : view.aggregates()) {
					for (String practice : aggregate.contributors()) {
						members.add(member(jobInstanceId, recipient, view, aggregate.code(), aggregate.name(), practice,
								visible));
					}
				}
			}
			else {
				for (String practice : view.organisations()) {
					members.add(member(jobInstanceId, recipient, view, practice, practice, practice, visible));
				}
			}
			if (members.size() >= BATCH_SIZE) {
				insertMembers(members);
			}
		}
		insertMembers(members);
	}

	private static Object[] member(long jobInstanceId, String recipient, View view, String aggregateCode,
			String aggregateName, String practice, Set<String> visible) {
		return new Object[] { jobInstanceId, recipient, view.id(), aggregateCode, aggregateName, practice,
				visible.contains(practice) ? "Y" : "N" };
	}

	private void insertMembers(List<Object[]> members) {
		if (members.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("INSERT INTO view_member (job_instance_id, recipient_code, view_id, aggregate_code, "
				+ "aggregate_name, practice_code, visible) VALUES (?, ?, ?, ?, ?, ?, ?)", members);
		members.clear();
	}

	/** Returns the codes of recipients without a written workbook, in code order. */
	public List<String> pendingRecipients(long jobInstanceId) {
		return this.jdbc.queryForList("SELECT recipient_code FROM recipient_workbook WHERE job_instance_id = ? "
				+ "AND written_at IS NULL ORDER BY recipient_code", String.class, jobInstanceId);
	}

	public Entitlements entitlements(long jobInstanceId, String recipientCode) {
		String text = this.jdbc.queryForObject("SELECT entitlements FROM recipient_workbook WHERE job_instance_id = ? "
				+ "AND recipient_code = ?", String.class, jobInstanceId, recipientCode);
		return this.json.readValue(text, Entitlements.class);
	}

	public void markWritten(long jobInstanceId, String recipientCode, String fileName, String sha256, long figures,
			List<Withheld> figuresWithheld) {
		this.jdbc.update("UPDATE recipient_workbook SET file_name = ?, sha256 = ?, figure_count = ?, "
				+ "figures_withheld = ?, written_at = ? WHERE job_instance_id = ? AND recipient_code = ?", fileName, sha256,
				figures, this.json.writeValueAsString(figuresWithheld), Timestamp.from(Instant.now()), jobInstanceId, recipientCode);
	}

	/** Returns every written workbook of the run, in recipient order. */
	public List<WrittenRecipient> written(long jobInstanceId) {
		return this.jdbc.query("SELECT recipient_code, entitlements, file_name, sha256, figure_count, figures_withheld "
				+ "FROM recipient_workbook WHERE job_instance_id = ? AND written_at IS NOT NULL ORDER BY recipient_code",
				(rs, row) -> new WrittenRecipient(this.json.readValue(rs.getString(2), Entitlements.class), rs.getString(3),
						rs.getString(4), rs.getLong(5), List.of(this.json.readValue(rs.getString(6), Withheld[].class))),
				jobInstanceId);
	}

	/**
	 * A recipient whose workbook was written in a run.
	 *
	 * @param entitlements what the recipient was allowed
	 * @param fileName the workbook's file name in the run's output folder
	 * @param sha256 the workbook's SHA-256
	 * @param figureCount number of figures in the workbook
	 * @param figuresWithheld figures left out by the disclosure guard, summarised
	 */
	public record WrittenRecipient(Entitlements entitlements, String fileName, String sha256, long figureCount,
			List<Withheld> figuresWithheld) {
	}

}
