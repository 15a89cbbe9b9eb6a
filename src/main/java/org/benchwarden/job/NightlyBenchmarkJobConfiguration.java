package org.benchwarden.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.benchwarden.access.Entitlements;
import org.benchwarden.organisation.PracticeMapping;
import org.benchwarden.benchmark.PracticeFigureRepository;
import org.benchwarden.benchmark.RecipientRepository;
import org.benchwarden.ingest.RejectsReportWriter;
import org.benchwarden.workbook.PoiBenchmarkWorkbookWriter;
import org.benchwarden.workbook.RunManifest;
import org.benchwarden.workbook.RunManifestWriter;
import org.benchwarden.workbook.WrittenWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly benchmark job, top to bottom: check the configuration, ingest the inbox, build the
 * practice figures for the periods in range, resolve every recipient's entitlements, write one
 * workbook per recipient, then write the manifest and the rejects report. Each step records its
 * progress in the JDBC job repository, so a failed run restarts where it stopped.
 */
@Configuration(proxyBeanMethods = false)
class NightlyBenchmarkJobConfiguration {

	static final String JOB_NAME = "nightlyBenchmarkJob";

	static final String PERIODS_KEY = "periods";

	/**
	 * Recipients saved per transaction. HSQLDB keeps the rows a transaction inserts in the heap
	 * until it commits, and a recipient brings one row per practice behind each of its views.
	 */
	static final int RECIPIENTS_PER_CHUNK = 20;

	/**
	 * Practices whose figures are built per transaction. Each practice's values are summed by one
	 * query, so memory follows the practices of a chunk, never the whole activity table.
	 */
	private static final int PRACTICES_PER_CHUNK = 100;

	/** Recipients per chunk of the write step; their workbooks are written in parallel. */
	private static final int WORKBOOKS_PER_CHUNK = 4;

	private static final Logger logger = LoggerFactory.getLogger(NightlyBenchmarkJobConfiguration.class);

	// readers and writers

	@Bean
	@StepScope
	ListItemReader<String> pendingRecipientReader(@Value("#{stepExecution}") StepExecution stepExecution,
			RecipientRepository recipients) {
		return new ListItemReader<>(recipients.pendingRecipients(jobInstanceId(stepExecution)));
	}

	@Bean(destroyMethod = "shutdown")
	ExecutorService workbookExecutor() {
		// One thread per core: writing a workbook is CPU-bound (XML and zip) with a database read.
		return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
	}

	@Bean
	PoiBenchmarkWorkbookWriter poiBenchmarkWorkbookWriter() {
		return new PoiBenchmarkWorkbookWriter();
	}

	@Bean
	@StepScope
	WorkbookItemWriter workbookItemWriter(@Value("#{stepExecution}") StepExecution stepExecution, RunContextLoader loader,
			JdbcTemplate jdbc, RecipientRepository recipients, PoiBenchmarkWorkbookWriter poiBenchmarkWorkbookWriter,
			ExecutorService workbookExecutor) {
		RunParameters parameters = RunParameters.from(stepExecution.getJobParameters());
		return new WorkbookItemWriter(loader.load(parameters.definitionFile()), jobInstanceId(stepExecution), parameters,
				periods(stepExecution), jdbc, recipients, poiBenchmarkWorkbookWriter, workbookExecutor);
	}

	// steps

	@Bean
	Step checkConfigurationStep(JobRepository jobRepository, RunContextLoader loader) {
		Tasklet check = (contribution, chunkContext) -> {
			JobParameters parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
			loader.load(RunParameters.from(parameters).definitionFile());
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("checkConfiguration", jobRepository).tasklet(check).build();
	}

	@Bean
	@StepScope
	ListItemReader<String> practiceReader(@Value("#{stepExecution}") StepExecution stepExecution, RunContextLoader loader) {
		RunParameters parameters = RunParameters.from(stepExecution.getJobParameters());
		return new ListItemReader<>(loader.load(parameters.definitionFile())
			.organisations()
			.practices()
			.stream()
			.map(PracticeMapping::practiceCode)
			.toList());
	}

	@Bean
	@StepScope
	PracticeFigureItemWriter practiceFigureWriter(@Value("#{stepExecution}") StepExecution stepExecution,
			RunContextLoader loader, PracticeFigureRepository figures) {
		RunParameters parameters = RunParameters.from(stepExecution.getJobParameters());
		PeriodRule rule = loader.load(parameters.definitionFile()).definition().periods();
		return new PracticeFigureItemWriter(figures, rule, parameters.reportingDate());
	}

	@Bean
	Step buildFiguresStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<String> practiceReader, PracticeFigureItemWriter practiceFigureWriter,
			PracticeFigureStepListener practiceFigureStepListener) {
		return new StepBuilder("buildFigures", jobRepository).<String, String>chunk(PRACTICES_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(practiceReader)
			.writer(practiceFigureWriter)
			.listener(practiceFigureStepListener)
			.build();
	}

	@Bean
	@StepScope
	EntitlementItemReader entitlementItemReader(@Value("#{stepExecution}") StepExecution stepExecution,
			RunContextLoader loader) {
		RunParameters parameters = RunParameters.from(stepExecution.getJobParameters());
		return new EntitlementItemReader(loader.load(parameters.definitionFile()).sharing(), parameters.recipient());
	}

	@Bean
	@StepScope
	EntitlementItemWriter entitlementItemWriter(@Value("#{stepExecution}") StepExecution stepExecution,
			RecipientRepository recipients) {
		return new EntitlementItemWriter(recipients, jobInstanceId(stepExecution));
	}

	@Bean
	Step resolveEntitlementsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EntitlementItemReader entitlementItemReader, EntitlementItemWriter entitlementItemWriter) {
		return new StepBuilder("resolveEntitlements", jobRepository).<Entitlements, Entitlements>chunk(RECIPIENTS_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(entitlementItemReader)
			.writer(entitlementItemWriter)
			.listener(new StepExecutionListener() {
				@Override
				public ExitStatus afterStep(StepExecution stepExecution) {
					logger.info("Resolved the entitlements of {} recipients", stepExecution.getWriteCount());
					return stepExecution.getExitStatus();
				}
			})
			.build();
	}

	@Bean
	Step writeWorkbooksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<String> pendingRecipientReader, WorkbookItemWriter workbookItemWriter) {
		return new StepBuilder("writeWorkbooks", jobRepository).<String, String>chunk(WORKBOOKS_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(pendingRecipientReader)
			.writer(workbookItemWriter)
			.build();
	}

	@Bean
	Step writeReportsStep(JobRepository jobRepository, RunContextLoader loader, RecipientRepository recipients,
			RejectsReportWriter rejectsReportWriter) {
		Tasklet report = (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			RunParameters parameters = RunParameters.from(step.getJobParameters());
			RunContext context = loader.load(parameters.definitionFile());
			Path folder = parameters.outputFolder(context.definition());
			long jobInstanceId = jobInstanceId(step);

			List<RunManifest.Recipient> written = new ArrayList<>();
			for (RecipientRepository.WrittenRecipient recipient : recipients.written(jobInstanceId)) {
				WrittenWorkbook workbook = new WrittenWorkbook(folder.resolve(recipient.fileName()), recipient.sha256(),
						recipient.figureCount(), recipient.figuresWithheld());
				written.add(RunManifest.Recipient.of(recipient.entitlements(), workbook));
			}
			RunManifest manifest = new RunManifest(context.definition().name() + " for " + parameters.reportingDate(),
					JOB_NAME, parameters.reportingDate(), ZonedDateTime.now(ZoneId.of("Europe/London")), written);
			Files.createDirectories(folder);
			Path manifestFile = new RunManifestWriter().write(manifest, folder);
			long rejects = rejectsReportWriter.write(folder.resolve("rejects.csv"), jobInstanceId);
			logger.info("Wrote manifest [{}] for {} workbooks and rejects report with {} rows", manifestFile,
					written.size(), rejects);
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("writeReports", jobRepository).tasklet(report).build();
	}

	// job

	@Bean
	Job nightlyBenchmarkJob(JobRepository jobRepository, Step checkConfigurationStep, Step ingestStep,
			Step buildFiguresStep, Step resolveEntitlementsStep, Step writeWorkbooksStep, Step writeReportsStep,
			RunSummaryListener runSummaryListener) {
		return new JobBuilder(JOB_NAME, jobRepository).start(checkConfigurationStep)
			.next(ingestStep)
			.next(buildFiguresStep)
			.next(resolveEntitlementsStep)
			.next(writeWorkbooksStep)
			.next(writeReportsStep)
			.listener(runSummaryListener)
			.build();
	}

	static long jobInstanceId(StepExecution stepExecution) {
		return stepExecution.getJobExecution().getJobInstance().getInstanceId();
	}

	private static List<String> periods(StepExecution stepExecution) {
		ExecutionContext context = stepExecution.getJobExecution().getExecutionContext();
		String periods = context.getString(PERIODS_KEY, "");
		return periods.isEmpty() ? List.of() : Arrays.asList(periods.split(","));
	}

}
