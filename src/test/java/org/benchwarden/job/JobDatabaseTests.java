package org.benchwarden.job;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole job: the application with its HSQLDB file database in a
 * temporary folder, and the command line runner switched off so each test starts the job itself.
 */
@SpringBootTest(properties = "benchwarden.command-line.enabled=false")
abstract class JobDatabaseTests {

	private static final List<String> APPLICATION_TABLES = List.of("activity_value", "rejected_record", "source_file",
			"practice_figure", "view_member", "recipient_workbook");

	/**
	 * One database for every subclass in this JVM. Test classes with the same configuration share
	 * one cached application context, so a folder that JUnit deletes after the first class would
	 * leave the next class with a database whose files are gone.
	 */
	private static final Path DATA_DIRECTORY = Path.of("target", "test-databases", UUID.randomUUID().toString())
		.toAbsolutePath();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("benchwarden.data-directory", DATA_DIRECTORY::toString);
	}

	@Autowired
	JobOperator jobOperator;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job nightlyBenchmarkJob;

	@Autowired
	RunContextLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void clearApplicationTables() {
		// Every test loads the same sample files, which a shared database would rightly treat as
		// duplicates. Batch metadata stays: each test runs under its own job definition name.
		for (String table : APPLICATION_TABLES) {
			this.jdbc.update("DELETE FROM " + table);
		}
		this.loader.clear();
	}

	long count(String sql, Object... arguments) {
		Long value = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (value != null) ? value : 0;
	}

}
