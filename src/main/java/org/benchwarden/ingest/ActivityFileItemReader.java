package org.benchwarden.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.benchwarden.activity.ActivityFile;
import org.benchwarden.activity.ActivityFileReader;
import org.benchwarden.activity.IngestCounts;
import org.benchwarden.activity.RecordOutcome;
import org.benchwarden.activity.RejectedFileException;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one inbox file record by record. A file rejected whole, at its header or part way, ends
 * the read and leaves the reason in the step's context for {@link ActivityFileLifecycleListener}
 * to quarantine the file. On restart it skips the records already committed. Not thread-safe:
 * one instance per partition.
 */
class ActivityFileItemReader implements ItemStreamReader<RecordOutcome> {

	static final String RECORDS_KEY = "ingest.recordsRead";

	static final String BLANK_LINES_KEY = "ingest.blankLines";

	static final String SUPPRESSED_KEY = "ingest.suppressedValues";

	static final String MISSING_KEY = "ingest.missingValues";

	static final String DASH_KEY = "ingest.dashValues";

	static final String FORMAT_KEY = "ingest.format";

	private final Path file;

	private final ActivityFileReader reader;

	private final StepExecution stepExecution;

	private ActivityFile activityFile;

	private long recordsRead;

	ActivityFileItemReader(Path file, ActivityFileReader reader, StepExecution stepExecution) {
		this.file = file;
		this.reader = reader;
		this.stepExecution = stepExecution;
	}

	@Override
	public void open(ExecutionContext context) {
		if (context.containsKey(IngestOutcome.CONTEXT_KEY)) {
			return;
		}
		try {
			this.activityFile = this.reader.open(this.file);
			context.putString(FORMAT_KEY, this.activityFile.format().name());
			this.recordsRead = context.getLong(RECORDS_KEY, 0L);
			if (this.recordsRead > 0) {
				this.activityFile.skip(this.recordsRead);
			}
		}
		catch (RejectedFileException ex) {
			reject(ex);
		}
	}

	@Override
	public RecordOutcome read() {
		if (this.activityFile == null) {
			return null;
		}
		try {
			RecordOutcome outcome = this.activityFile.next();
			if (outcome != null) {
				this.recordsRead++;
			}
			return outcome;
		}
		catch (RejectedFileException ex) {
			reject(ex);
			return null;
		}
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(RECORDS_KEY, this.recordsRead);
		if (this.activityFile != null) {
			IngestCounts counts = this.activityFile.counts();
			context.putLong(BLANK_LINES_KEY, counts.blankLines());
			context.putLong(SUPPRESSED_KEY, counts.suppressedValues());
			context.putLong(MISSING_KEY, counts.missingValues());
			context.putLong(DASH_KEY, counts.dashValues());
		}
	}

	@Override
	public void close() {
		if (this.activityFile == null) {
			return;
		}
		update(this.stepExecution.getExecutionContext());
		try {
			this.activityFile.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot close " + this.file, ex);
		}
		finally {
			this.activityFile = null;
		}
	}

	private void reject(RejectedFileException ex) {
		ExecutionContext context = this.stepExecution.getExecutionContext();
		context.putString(IngestOutcome.CONTEXT_KEY, IngestOutcome.QUARANTINED.name());
		context.putString(IngestOutcome.REASON_KEY, ex.getMessage());
		if (this.activityFile != null) {
			try {
				this.activityFile.close();
			}
			catch (IOException closeFailure) {
				ex.addSuppressed(closeFailure);
			}
			this.activityFile = null;
		}
	}

}
