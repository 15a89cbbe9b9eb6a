package org.benchwarden.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

import org.benchwarden.job.JobDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Registers an inbox file before its records are read and files it away afterwards. Loaded files
 * go to the archive, and files rejected whole go to quarantine with their values removed. A file
 * whose content was loaded before is archived without being loaded again. The file's
 * database row is marked LOADED before the file leaves the inbox, so a crash in between leaves a
 * file that the next run recognises as already loaded.
 */
class ActivityFileLifecycleListener implements StepExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(ActivityFileLifecycleListener.class);

	private final Path file;

	private final JobDefinition definition;

	private final LocalDate reportingDate;

	private final SourceFileRepository repository;

	private final InboxFileMover mover;

	ActivityFileLifecycleListener(Path file, JobDefinition definition, LocalDate reportingDate,
			SourceFileRepository repository) {
		this.file = file;
		this.definition = definition;
		this.reportingDate = reportingDate;
		this.repository = repository;
		this.mover = new InboxFileMover(definition.inboxMode());
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		ExecutionContext context = stepExecution.getExecutionContext();
		if (context.containsKey(IngestOutcome.SOURCE_FILE_ID_KEY)) {
			logger.info("Resuming file [{}] after {} records", this.file.getFileName(),
					context.getLong(ActivityFileItemReader.RECORDS_KEY, 0L));
			return;
		}
		String sha256 = sha256(this.file);
		long jobInstanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
		long sourceFileId = this.repository.insertLoading(this.file.getFileName().toString(), sha256, jobInstanceId);
		context.putLong(IngestOutcome.SOURCE_FILE_ID_KEY, sourceFileId);

		Optional<String> earlier = this.repository.findLoaded(sha256);
		if (earlier.isPresent()) {
			String reason = "same content as " + earlier.get() + ", so it was not loaded again";
			context.putString(IngestOutcome.CONTEXT_KEY, IngestOutcome.DUPLICATE.name());
			context.putString(IngestOutcome.REASON_KEY, reason);
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
			logger.error("Loading file [{}] failed; its values stay hidden until a restart finishes it",
					this.file.getFileName());
			return stepExecution.getExitStatus();
		}
		ExecutionContext context = stepExecution.getExecutionContext();
		long sourceFileId = context.getLong(IngestOutcome.SOURCE_FILE_ID_KEY);
		IngestOutcome outcome = IngestOutcome.valueOf(context.getString(IngestOutcome.CONTEXT_KEY,
				IngestOutcome.LOADED.name()));
		String reason = context.getString(IngestOutcome.REASON_KEY, "");

		switch (outcome) {
			case DUPLICATE -> {
				this.repository.markDuplicate(sourceFileId, reason);
				Path archived = this.mover.file(this.file, this.definition.archive(), this.reportingDate);
				logger.warn("Skipped file [{}]: {}; {} the archive as [{}]", this.file.getFileName(), reason, this.mover.verb(),
						archived);
			}
			case QUARANTINED -> {
				this.repository.markQuarantined(sourceFileId, reason);
				Path quarantined = this.mover.file(this.file, this.definition.quarantine(), this.reportingDate);
				this.mover.writeReason(quarantined, reason);
				logger.warn("Quarantined file [{}]: {}; {} quarantine as [{}]", this.file.getFileName(), reason,
						this.mover.verb(), quarantined);
			}
			case LOADED -> {
				long records = context.getLong(ActivityFileItemReader.RECORDS_KEY, 0L);
				this.repository.markLoaded(sourceFileId, context.getString(ActivityFileItemReader.FORMAT_KEY, ""),
						records, context.getLong(ActivityFileItemReader.BLANK_LINES_KEY, 0L),
						context.getLong(ActivityFileItemReader.SUPPRESSED_KEY, 0L),
						context.getLong(ActivityFileItemReader.MISSING_KEY, 0L),
						context.getLong(ActivityFileItemReader.DASH_KEY, 0L));
				Path archived = this.mover.file(this.file, this.definition.archive(), this.reportingDate);
				logger.info("Loaded file [{}]: {} records read; {} the archive as [{}]", this.file.getFileName(), records,
						this.mover.verb(), archived);
			}
		}
		return new ExitStatus(outcome.name(), reason);
	}

	static String sha256(Path file) {
		try (InputStream input = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			input.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) input).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
