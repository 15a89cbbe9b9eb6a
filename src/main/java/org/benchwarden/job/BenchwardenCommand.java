package org.benchwarden.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The command line: checks the job definition, decides whether this is a first run, a restart of
 * a run that stopped, or a rerun asked for, and starts the job. Exit codes: 0 completed (or
 * already completed), 1 the run failed, 2 the configuration or the options are unusable.
 */
@Command(name = "benchwarden", mixinStandardHelpOptions = true, version = "Benchwarden 0.1.0",
		description = "Runs the nightly benchmark job: loads the activity files in the inbox, resolves what each "
				+ "recipient may see under its data sharing contracts and agreements, and writes one workbook per "
				+ "recipient.")
class BenchwardenCommand implements Callable<Integer> {

	static final int EXIT_COMPLETED = 0;

	static final int EXIT_FAILED = 1;

	static final int EXIT_UNUSABLE = 2;

	private static final Logger logger = LoggerFactory.getLogger(BenchwardenCommand.class);

	@Option(names = "--job", paramLabel = "FILE", defaultValue = "jobs/nightly.yml",
			description = "Job definition YAML file (default: ${DEFAULT-VALUE}).")
	Path definitionFile;

	@Option(names = "--date", paramLabel = "YYYY-MM-DD",
			description = "Reporting date to run for (default: today in Europe/London).")
	LocalDate reportingDate;

	@Option(names = "--rerun", description = "Run again for a reporting date that already completed, "
			+ "for example after a correction. Files already loaded are not loaded twice.")
	boolean rerun;

	@Option(names = "--recipient", paramLabel = "ODS_CODE",
			description = "Write the workbook of this recipient only.")
	String recipient;

	private final RunContextLoader loader;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	BenchwardenCommand(RunContextLoader loader, JobOperator jobOperator, JobRepository jobRepository, Job job) {
		this.loader = loader;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
	}

	@Override
	public Integer call() throws Exception {
		LocalDate date = (this.reportingDate != null) ? this.reportingDate : LocalDate.now(ZoneId.of("Europe/London"));
		String onlyRecipient = (this.recipient != null) ? this.recipient.strip().toUpperCase(Locale.ROOT) : null;

		RunContext context;
		try {
			context = this.loader.load(this.definitionFile);
		}
		catch (RuntimeException ex) {
			logger.error("Nothing was run or written, because the configuration is not usable:\n{}", ex.getMessage());
			return EXIT_UNUSABLE;
		}
		if (onlyRecipient != null && !context.organisations().contains(onlyRecipient)) {
			logger.error("Recipient {} is not a known organisation; check the ODS code", onlyRecipient);
			return EXIT_UNUSABLE;
		}

		RunParameters parameters = chooseRun(context.definition(), date, onlyRecipient);
		if (parameters == null) {
			return EXIT_COMPLETED;
		}
		JobExecution execution = this.jobOperator.start(this.job, parameters.toJobParameters());
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			return EXIT_COMPLETED;
		}
		logger.error("The run did not complete ({}): {}. Fix the cause and run the same command again: the run "
				+ "restarts where it stopped.", execution.getStatus(), failureMessages(execution));
		return EXIT_FAILED;
	}

	/** Returns the innermost message of each failure, which is the one that names the cause. */
	static String failureMessages(JobExecution execution) {
		java.util.List<String> messages = new java.util.ArrayList<>();
		for (Throwable failure : execution.getAllFailureExceptions()) {
			Throwable cause = failure;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			messages.add(describe(cause));
		}
		return messages.isEmpty() ? "no cause was recorded; see the log above" : String.join("; ", messages);
	}

	/**
	 * Returns a failure's message. A file system exception's message is often the path alone, so
	 * the kind of failure and what to check are added.
	 */
	private static String describe(Throwable cause) {
		if (cause instanceof java.nio.file.FileSystemException files) {
			String reason = (files.getReason() != null) ? ": " + files.getReason() : "";
			return "file system error (" + cause.getClass().getSimpleName() + ") on " + files.getFile() + reason
					+ "; check that the folders in the job definition exist, are folders and are writable";
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/**
	 * Returns the parameters to start with, or null when the run already completed and no rerun
	 * was asked for. A run whose last execution failed or was cut off is restarted with the same
	 * parameters, so it continues where it stopped.
	 */
	private RunParameters chooseRun(JobDefinition definition, LocalDate date, String onlyRecipient) {
		long rerunNumber = 0;
		while (true) {
			RunParameters candidate = new RunParameters(definition.name(), this.definitionFile, date, rerunNumber,
					onlyRecipient);
			JobExecution last = this.jobRepository.getLastJobExecution(NightlyBenchmarkJobConfiguration.JOB_NAME,
					candidate.toJobParameters());
			if (last == null) {
				return candidate;
			}
			if (last.getStatus().isRunning()) {
				// The database lock file lets only one Benchwarden process open the database at a time.
				// So an execution still marked running was cut off by a crash: mark it failed and restart it.
				logger.warn("Execution {} of this run was cut off while running (started {}); restarting it",
						last.getId(), last.getStartTime());
				this.jobOperator.recover(last);
				return candidate;
			}
			if (last.getStatus() != BatchStatus.COMPLETED) {
				logger.info("Restarting the run for {} where execution {} stopped ({})", date, last.getId(),
						last.getStatus());
				return candidate;
			}
			if (!this.rerun) {
				logger.info("The run of [{}] for reporting date {} already completed (execution {}, finished {}). "
						+ "Its workbooks are in {}. To run it again, add --rerun.", definition.name(), date, last.getId(),
						last.getEndTime(), candidate.outputFolder(definition));
				return null;
			}
			rerunNumber++;
		}
	}

}
