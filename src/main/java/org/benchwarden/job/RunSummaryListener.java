package org.benchwarden.job;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Logs the start of a run with its parameters and, at the end, its summary, so an operator
 * reading the log at 3 a.m. can tell what ran, what was loaded and where the workbooks are.
 */
@Component
class RunSummaryListener implements JobExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(RunSummaryListener.class);

	private final JdbcTemplate jdbc;

	private final RunContextLoader loader;

	RunSummaryListener(JdbcTemplate jdbc, RunContextLoader loader) {
		this.jdbc = jdbc;
		this.loader = loader;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		RunParameters parameters = RunParameters.from(jobExecution.getJobParameters());
		logger.info("Starting run [{}] for reporting date [{}]{}{} (job execution {})", parameters.definitionName(),
				parameters.reportingDate(), (parameters.rerun() > 0) ? ", rerun " + parameters.rerun() : "",
				(parameters.recipient() != null) ? ", recipient " + parameters.recipient() : "", jobExecution.getId());
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		RunSummary summary = summarise(jobExecution);
		if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
			logger.info("Run completed for reporting date [{}]\n{}",
					jobExecution.getJobParameters().getLocalDate(RunParameters.REPORTING_DATE), summary.describe());
		}
		else {
			logger.error("Run ended with status {} for reporting date [{}]; run the same command again to restart "
					+ "it where it stopped\n{}", jobExecution.getStatus(),
					jobExecution.getJobParameters().getLocalDate(RunParameters.REPORTING_DATE), summary.describe());
		}
	}

	RunSummary summarise(JobExecution jobExecution) {
		RunParameters parameters = RunParameters.from(jobExecution.getJobParameters());
		LocalDateTime start = jobExecution.getStartTime();
		LocalDateTime end = (jobExecution.getEndTime() != null) ? jobExecution.getEndTime() : LocalDateTime.now();
		Duration duration = (start != null) ? Duration.between(start, end) : Duration.ZERO;
		java.nio.file.Path output = null;
		try {
			output = parameters.outputFolder(this.loader.load(parameters.definitionFile()).definition());
		}
		catch (RuntimeException ex) {
			// The configuration check already reported why the definition is unusable.
		}
		return RunSummary.query(this.jdbc, jobExecution.getJobInstance().getInstanceId(), duration, output);
	}

}
