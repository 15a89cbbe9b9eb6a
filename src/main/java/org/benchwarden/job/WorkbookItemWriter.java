package org.benchwarden.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.benchwarden.access.Entitlements;
import org.benchwarden.activity.Metric;
import org.benchwarden.benchmark.JdbcFigureSource;
import org.benchwarden.benchmark.RecipientRepository;
import org.benchwarden.workbook.PoiBenchmarkWorkbookWriter;
import org.benchwarden.workbook.WorkbookRequest;
import org.benchwarden.workbook.WrittenWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the workbooks of a chunk of recipients in parallel, then records each one as written.
 * Each workbook appears under its final name only when complete, so a failure part way leaves
 * the recipients of the chunk pending for a restart and no half-written file behind.
 */
class WorkbookItemWriter implements ItemWriter<String> {

	private static final Logger logger = LoggerFactory.getLogger(WorkbookItemWriter.class);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final RunContext context;

	private final long jobInstanceId;

	private final RunParameters parameters;

	private final List<String> periods;

	private final Path outputFolder;

	private final JdbcTemplate jdbc;

	private final RecipientRepository recipients;

	private final PoiBenchmarkWorkbookWriter workbookWriter;

	private final ExecutorService executor;

	private final Map<String, Metric> metrics;

	WorkbookItemWriter(RunContext context, long jobInstanceId, RunParameters parameters, List<String> periods,
			JdbcTemplate jdbc, RecipientRepository recipients, PoiBenchmarkWorkbookWriter workbookWriter,
			ExecutorService executor) {
		this.context = context;
		this.jobInstanceId = jobInstanceId;
		this.parameters = parameters;
		this.periods = periods;
		this.outputFolder = parameters.outputFolder(context.definition());
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.workbookWriter = workbookWriter;
		this.executor = executor;
		this.metrics = context.metrics().all().stream().collect(Collectors.toMap(Metric::code, Function.identity()));
	}

	@Override
	public void write(Chunk<? extends String> chunk) throws Exception {
		java.nio.file.Files.createDirectories(this.outputFolder);
		List<Future<WrittenWorkbook>> futures = new ArrayList<>();
		for (String recipient : chunk) {
			futures.add(this.executor.submit(() -> writeOne(recipient)));
		}
		int index = 0;
		for (String recipient : chunk) {
			WrittenWorkbook written = await(futures.get(index++), recipient);
			this.recipients.markWritten(this.jobInstanceId, recipient, written.file().getFileName().toString(),
					written.sha256(), written.figureCount(), written.figuresWithheld());
		}
	}

	private WrittenWorkbook writeOne(String recipient) throws IOException {
		Entitlements entitlements = this.recipients.entitlements(this.jobInstanceId, recipient);
		WorkbookRequest request = new WorkbookRequest(entitlements, this.parameters.reportingDate(), this.periods,
				ZonedDateTime.now(LONDON), this.metrics, runLabel());
		JdbcFigureSource figures = new JdbcFigureSource(this.jdbc, this.jobInstanceId, recipient,
				this.context.organisations(), this.metrics, entitlements.views());
		WrittenWorkbook written = this.workbookWriter.write(request, figures, this.outputFolder);
		logger.info("Wrote workbook [{}] for [{}]: {} views, {} figures", written.file().getFileName(), recipient,
				entitlements.views().size(), written.figureCount());
		return written;
	}

	private String runLabel() {
		String label = this.context.definition().name() + " for " + this.parameters.reportingDate();
		return (this.parameters.rerun() > 0) ? label + " (rerun " + this.parameters.rerun() + ")" : label;
	}

	private static WrittenWorkbook await(Future<WrittenWorkbook> future, String recipient) throws Exception {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof IOException io) {
				throw new UncheckedIOException("writing the workbook for " + recipient + " failed", io);
			}
			throw (cause instanceof Exception exception) ? exception : ex;
		}
	}

}
