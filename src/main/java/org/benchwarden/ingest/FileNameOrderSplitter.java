package org.benchwarden.ingest;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;

/**
 * Hands the ingest's partitions to the partition handler in file name order. Spring Batch's own
 * splitter returns them in a hash set, so without this the files of one run would load in no
 * defined order, and "the file loaded last wins" would not say which file that is.
 */
class FileNameOrderSplitter implements StepExecutionSplitter {

	private final StepExecutionSplitter delegate;

	FileNameOrderSplitter(StepExecutionSplitter delegate) {
		this.delegate = delegate;
	}

	@Override
	public String getStepName() {
		return this.delegate.getStepName();
	}

	@Override
	public Set<StepExecution> split(StepExecution stepExecution, int gridSize) throws JobExecutionException {
		// Partition step names end with the file name, so ordering by step name orders by file name.
		Set<StepExecution> ordered = new TreeSet<>(Comparator.comparing(StepExecution::getStepName));
		ordered.addAll(this.delegate.split(stepExecution, gridSize));
		return ordered;
	}

}
