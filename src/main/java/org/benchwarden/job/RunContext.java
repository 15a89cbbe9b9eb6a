package org.benchwarden.job;

import org.benchwarden.activity.MetricCatalogue;
import org.benchwarden.organisation.OrganisationDirectory;
import org.benchwarden.sharing.SharingConfiguration;

/**
 * Everything a run reads before it touches any activity file: the job definition, the
 * organisations, the metric catalogue and the sharing configuration, all checked. Immutable.
 */
public record RunContext(JobDefinition definition, OrganisationDirectory organisations, MetricCatalogue metrics,
		SharingConfiguration sharing) {
}
