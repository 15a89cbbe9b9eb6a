package org.benchwarden.ingest;

import java.util.ArrayList;
import java.util.List;

import org.benchwarden.activity.ActivityValue;
import org.benchwarden.activity.RecordOutcome;
import org.benchwarden.activity.RowRejection;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Inserts a chunk's values and rejected records in two JDBC batches, inside the chunk's
 * transaction, tagged with the file they came from.
 */
class ActivityValueItemWriter implements ItemWriter<RecordOutcome> {

	private final SourceFileRepository repository;

	private final StepExecution stepExecution;

	ActivityValueItemWriter(SourceFileRepository repository, StepExecution stepExecution) {
		this.repository = repository;
		this.stepExecution = stepExecution;
	}

	@Override
	public void write(Chunk<? extends RecordOutcome> chunk) {
		long sourceFileId = this.stepExecution.getExecutionContext().getLong(IngestOutcome.SOURCE_FILE_ID_KEY);
		List<ActivityValue> values = new ArrayList<>();
		List<RowRejection> rejections = new ArrayList<>();
		for (RecordOutcome outcome : chunk) {
			if (outcome.rejection() != null) {
				rejections.add(outcome.rejection());
			}
			else {
				values.addAll(outcome.values());
			}
		}
		if (!values.isEmpty()) {
			this.repository.insertValues(sourceFileId, values);
		}
		if (!rejections.isEmpty()) {
			this.repository.insertRejections(sourceFileId, rejections);
		}
	}

}
