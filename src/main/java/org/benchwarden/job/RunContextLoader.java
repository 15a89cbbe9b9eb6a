package org.benchwarden.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.benchwarden.activity.MetricCatalogue;
import org.benchwarden.organisation.OrganisationDirectory;
import org.benchwarden.organisation.PracticeMappingFileReader;
import org.benchwarden.sharing.SharingConfiguration;
import org.benchwarden.sharing.YamlSharingConfigurationLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Loads and checks a {@link RunContext} from a job definition file. The result is kept per file
 * for the life of the process, so the command line check and the job's steps read the
 * configuration once. Thread-safe.
 */
@Component
public class RunContextLoader {

	private static final Logger logger = LoggerFactory.getLogger(RunContextLoader.class);

	private final Map<Path, RunContext> loaded = new ConcurrentHashMap<>();

	/**
	 * Returns the run context of the given job definition file, reading it on first use.
	 * @throws JobDefinitionException, MappingFileException or SharingConfigurationException with
	 * a message for the operator when any part is unusable
	 */
	public RunContext load(Path definitionFile) {
		Path key = definitionFile.toAbsolutePath().normalize();
		return this.loaded.computeIfAbsent(key, this::read);
	}

	/** Forgets what was loaded, so the next call reads the files again. */
	public void clear() {
		this.loaded.clear();
	}

	private RunContext read(Path definitionFile) {
		JobDefinition definition = new YamlJobDefinitionLoader(Path.of("")).load(definitionFile);

		OrganisationDirectory.Builder builder = OrganisationDirectory.builder();
		PracticeMappingFileReader mappingReader = new PracticeMappingFileReader();
		for (Path mapping : definition.organisationMappings()) {
			mappingReader.read(mapping, builder);
		}
		OrganisationDirectory organisations = builder.build();

		MetricCatalogue metrics = MetricCatalogue.builtIn();
		if (definition.metrics() != null) {
			metrics = metrics.withAdditions(definition.metrics());
		}

		SharingConfiguration sharing = new YamlSharingConfigurationLoader().load(definition.sharing(), organisations,
				metrics.all());
		logger.info("Job definition [{}] checked: {} practices mapped, {} metrics, {} contracts, {} agreements",
				definition.name(), organisations.practices().size(), metrics.all().size(), sharing.contracts().size(),
				sharing.agreements().size());
		return new RunContext(definition, sharing.organisations(), metrics, sharing);
	}

}
