package org.benchwarden.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

import org.benchwarden.activity.ActivityFileReader;
import org.benchwarden.activity.RecordOutcome;
import org.benchwarden.job.RunContext;
import org.benchwarden.job.RunContextLoader;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest step: one partition per inbox file, each a chunk-oriented step that reads records
 * and inserts their values in JDBC batches, restartable from the last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
public class IngestStepConfiguration {

	/** Records per chunk: one transaction and one JDBC batch for each table. */
	static final int CHUNK_SIZE = 500;

	@Bean
	@StepScope
	InboxPartitioner inboxPartitioner(@Value("#{jobParameters['definitionFile']}") String definitionFile, RunContextLoader loader) {
		return new InboxPartitioner(loader.load(Path.of(definitionFile)).definition().inbox());
	}

	@Bean
	@StepScope
	ActivityFileItemReader activityFileItemReader(@Value("#{stepExecutionContext['file']}") String file,
			@Value("#{jobParameters['definitionFile']}") String definitionFile, @Value("#{stepExecution}") StepExecution stepExecution,
			RunContextLoader loader) {
		RunContext context = loader.load(Path.of(definitionFile));
		ActivityFileReader reader = new ActivityFileReader(context.metrics(),
				(code) -> context.organisations().practice(code).isPresent());
		return new ActivityFileItemReader(Path.of(file), reader, stepExecution);
	}

	@Bean
	@StepScope
	ActivityValueItemWriter activityValueItemWriter(@Value("#{stepExecution}") StepExecution stepExecution,
			SourceFileRepository repository) {
		return new ActivityValueItemWriter(repository, stepExecution);
	}

	@Bean
	@StepScope
	ActivityFileLifecycleListener activityFileLifecycleListener(@Value("#{stepExecutionContext['file']}") String file,
			@Value("#{jobParameters['definitionFile']}") String definitionFile,
			@Value("#{jobParameters['reportingDate']}") LocalDate reportingDate, SourceFileRepository repository,
			RunContextLoader loader) {
		return new ActivityFileLifecycleListener(Path.of(file), loader.load(Path.of(definitionFile)).definition(),
				reportingDate, repository);
	}

	@Bean
	Step ingestFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ActivityFileItemReader activityFileItemReader, ActivityValueItemWriter activityValueItemWriter,
			ActivityFileLifecycleListener activityFileLifecycleListener) {
		return new StepBuilder("ingestFile", jobRepository).<RecordOutcome, RecordOutcome>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(activityFileItemReader)
			.writer(activityValueItemWriter)
			.listener(activityFileLifecycleListener)
			.build();
	}

	@Bean
	public Step ingestStep(JobRepository jobRepository, InboxPartitioner inboxPartitioner, Step ingestFileStep) {
		SimpleStepExecutionSplitter splitter = new SimpleStepExecutionSplitter(jobRepository, "ingestFile",
				inboxPartitioner);
		return new StepBuilder("ingest", jobRepository).partitioner("ingestFile", inboxPartitioner)
			.splitter(new FileNameOrderSplitter(splitter))
			.step(ingestFileStep)
			.build();
	}

}
