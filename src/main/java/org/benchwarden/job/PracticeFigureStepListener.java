package org.benchwarden.job;

import java.util.List;
import java.util.stream.Collectors;

import org.benchwarden.benchmark.PracticeFigureRepository;
import org.benchwarden.sharing.Contract;
import org.benchwarden.sharing.SharingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Frames the figure build: clears the previous run's figures before the step's first execution,
 * and once every practice is built, keeps contract figures of providers that did not accept to
 * their own data and records the periods the workbooks cover.
 */
@Component
class PracticeFigureStepListener implements StepExecutionListener {

	static final String CLEARED_KEY = "figures.cleared";

	private static final Logger logger = LoggerFactory.getLogger(PracticeFigureStepListener.class);

	private final RunContextLoader loader;

	private final PracticeFigureRepository figures;

	PracticeFigureStepListener(RunContextLoader loader, PracticeFigureRepository figures) {
		this.loader = loader;
		this.figures = figures;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		// A restart finds the key in the context it inherits and keeps the figures built so far.
		if (!stepExecution.getExecutionContext().containsKey(CLEARED_KEY)) {
			this.figures.clear();
			stepExecution.getExecutionContext().putString(CLEARED_KEY, "yes");
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
			return stepExecution.getExitStatus();
		}
		RunParameters parameters = RunParameters.from(stepExecution.getJobParameters());
		RunContext context = this.loader.load(parameters.definitionFile());
		SharingConfiguration sharing = context.sharing();
		int restricted = this.figures.restrictContractMetrics(
				sharing.contracts().stream().collect(Collectors.toMap(Contract::code, Contract::metricCodes)),
				sharing.contracts().stream().collect(Collectors.toMap(Contract::code, Contract::acceptedProviders)));
		if (restricted > 0) {
			logger.info("Kept {} figures to their practices' own data: their contracts were not accepted", restricted);
		}

		List<String> periods = this.figures.periods();
		stepExecution.getJobExecution()
			.getExecutionContext()
			.putString(NightlyBenchmarkJobConfiguration.PERIODS_KEY, String.join(",", periods));
		logger.info("Built the figures of {} practices for periods {} ({})", stepExecution.getWriteCount(), periods,
				context.definition().periods().describe());
		if (periods.isEmpty()) {
			logger.warn("No loaded data falls in the reporting periods for {}; workbooks will hold no figures",
					parameters.reportingDate());
		}
		return stepExecution.getExitStatus();
	}

}
