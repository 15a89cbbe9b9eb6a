package org.benchwarden.job;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one run. The job definition's name, the reporting date, the rerun number and
 * the recipient identify the run, so the same date runs once unless a rerun is requested. The
 * definition file's path is not identifying, so the folder can move between runs. There is
 * deliberately no incrementer, because one would replace these parameters with a new instance.
 *
 * @param definitionName the job definition's name
 * @param definitionFile path of the job definition file
 * @param reportingDate the date the run reports for
 * @param rerun 0 for the first run of the date, then 1, 2, … for runs asked for again
 * @param recipient ODS code of the only recipient to write, or null for every recipient
 */
public record RunParameters(String definitionName, Path definitionFile, LocalDate reportingDate, long rerun,
		String recipient) {

	static final String DEFINITION = "definition";

	static final String DEFINITION_FILE = "definitionFile";

	static final String REPORTING_DATE = "reportingDate";

	static final String RERUN = "rerun";

	static final String RECIPIENT = "recipient";

	public JobParameters toJobParameters() {
		JobParametersBuilder builder = new JobParametersBuilder().addString(DEFINITION, this.definitionName)
			.addString(DEFINITION_FILE, this.definitionFile.toAbsolutePath().toString(), false)
			.addLocalDate(REPORTING_DATE, this.reportingDate);
		if (this.rerun > 0) {
			builder.addLong(RERUN, this.rerun);
		}
		if (this.recipient != null) {
			builder.addString(RECIPIENT, this.recipient);
		}
		return builder.toJobParameters();
	}

	/**
	 * Returns the folder for this run's workbooks, manifest and rejects report. A first full run
	 * uses the reporting date's folder. A rerun or a run for one recipient gets a folder of its own,
	 * so each folder's manifest describes exactly the files beside it.
	 */
	public Path outputFolder(JobDefinition definition) {
		String name = this.reportingDate.toString();
		if (this.rerun > 0) {
			name += "-rerun-" + this.rerun;
		}
		if (this.recipient != null) {
			name += "-" + this.recipient.toUpperCase(java.util.Locale.ROOT);
		}
		return definition.output().resolve(name);
	}

	public static RunParameters from(JobParameters parameters) {
		Long rerun = parameters.getLong(RERUN);
		return new RunParameters(parameters.getString(DEFINITION), Path.of(parameters.getString(DEFINITION_FILE)),
				parameters.getLocalDate(REPORTING_DATE), (rerun != null) ? rerun : 0, parameters.getString(RECIPIENT));
	}

}
