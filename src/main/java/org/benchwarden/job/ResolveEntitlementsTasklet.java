package org.benchwarden.job;

import java.util.List;

import org.benchwarden.access.EntitlementResolver;
import org.benchwarden.access.Entitlements;
import org.benchwarden.benchmark.RecipientRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Resolves every recipient's entitlements once, then saves them {@link #RECIPIENTS_PER_COMMIT} at
 * a time, one transaction per call. HSQLDB keeps each row that a transaction inserts in the heap
 * until the commit. A recipient brings one view member row per practice behind each of its views,
 * so saving a national run in one transaction ran out of a 384 MB heap. The number saved is
 * kept in the step's execution context, which commits with the rows, so a restart continues after
 * the last committed recipient. One instance per step execution; not thread-safe.
 */
class ResolveEntitlementsTasklet implements Tasklet {

	static final int RECIPIENTS_PER_COMMIT = 20;

	static final String SAVED_KEY = "recipientsSaved";

	private static final Logger logger = LoggerFactory.getLogger(ResolveEntitlementsTasklet.class);

	private final RunContextLoader loader;

	private final RecipientRepository recipients;

	private List<Entitlements> resolved;

	ResolveEntitlementsTasklet(RunContextLoader loader, RecipientRepository recipients) {
		this.loader = loader;
		this.recipients = recipients;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		ExecutionContext progress = step.getExecutionContext();
		long jobInstanceId = NightlyBenchmarkJobConfiguration.jobInstanceId(step);
		int saved = progress.getInt(SAVED_KEY, 0);
		if (saved == 0 && this.resolved == null && this.recipients.hasRecipients(jobInstanceId)) {
			logger.info("Entitlements were resolved by an earlier execution of this run; keeping them");
			return RepeatStatus.FINISHED;
		}

		if (this.resolved == null) {
			RunParameters parameters = RunParameters.from(step.getJobParameters());
			RunContext context = this.loader.load(parameters.definitionFile());
			this.resolved = selectRecipients(new EntitlementResolver().resolve(context.sharing()), parameters);
			if (saved > 0) {
				logger.info("Continuing after the {} recipients saved by an earlier execution of this run", saved);
			}
		}

		int end = Math.min(saved + RECIPIENTS_PER_COMMIT, this.resolved.size());
		for (Entitlements entitlements : this.resolved.subList(saved, end)) {
			this.recipients.save(jobInstanceId, entitlements);
		}
		contribution.incrementWriteCount(end - saved);
		progress.putInt(SAVED_KEY, end);
		if (end < this.resolved.size()) {
			return RepeatStatus.CONTINUABLE;
		}
		logger.info("Resolved entitlements of {} recipients", this.resolved.size());
		return RepeatStatus.FINISHED;
	}

	private static List<Entitlements> selectRecipients(List<Entitlements> all, RunParameters parameters) {
		if (parameters.recipient() == null) {
			return all;
		}
		List<Entitlements> selected = all.stream()
			.filter((entitlements) -> entitlements.recipient().odsCode().equalsIgnoreCase(parameters.recipient()))
			.toList();
		if (selected.isEmpty()) {
			throw new IllegalArgumentException("recipient " + parameters.recipient()
					+ " is not named in the sharing configuration; check the ODS code");
		}
		return selected;
	}

}
