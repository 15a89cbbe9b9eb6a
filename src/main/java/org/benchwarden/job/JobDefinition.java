package org.benchwarden.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A job's settings as read from its YAML file under {@code jobs/}: where files arrive and go, the
 * organisation mapping files, the sharing configuration, extra metrics, and the period rule.
 * Paths are absolute once loaded. Immutable.
 *
 * @param name the job's name, which also identifies its runs in the job repository
 * @param file the YAML file the definition was read from
 * @param inbox folder where activity files arrive
 * @param inboxMode whether loaded files are moved or copied out of the inbox
 * @param archive folder for loaded files
 * @param quarantine folder for files rejected whole
 * @param output folder under which each run gets a folder of workbooks, see
 * {@link RunParameters#outputFolder(JobDefinition)}
 * @param organisationMappings mapping files, oldest first: a later file's row for a practice wins
 * @param sharing folder of sharing configuration YAML files
 * @param metrics extra metric catalogue file, or null
 * @param periods which periods a run reports on
 */
public record JobDefinition(String name, Path file, Path inbox, InboxMode inboxMode, Path archive, Path quarantine,
		Path output, List<Path> organisationMappings, Path sharing, Path metrics, PeriodRule periods) {

	public JobDefinition {
		Objects.requireNonNull(name, "name");
		organisationMappings = List.copyOf(organisationMappings);
	}

}
