package org.benchwarden.job;

import java.util.Arrays;

import picocli.CommandLine;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs {@link BenchwardenCommand} with the program's arguments once the application has started,
 * and hands its exit code to Spring Boot. Tests turn it off with
 * {@code benchwarden.command-line.enabled=false} and start the job themselves.
 * <p>
 * Spring Boot reads {@code --name=value} arguments as properties, for example
 * {@code --benchwarden.data-directory=/srv/benchwarden/data}. Those arguments are not passed on to
 * picocli, which would reject them as unknown options.
 */
@Component
@ConditionalOnProperty(name = "benchwarden.command-line.enabled", havingValue = "true", matchIfMissing = true)
class BenchwardenCommandLineRunner implements CommandLineRunner, ExitCodeGenerator {

	private final RunContextLoader loader;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private int exitCode;

	BenchwardenCommandLineRunner(RunContextLoader loader, JobOperator jobOperator, JobRepository jobRepository, Job job) {
		this.loader = loader;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
	}

	@Override
	public void run(String... args) {
		BenchwardenCommand command = new BenchwardenCommand(this.loader, this.jobOperator, this.jobRepository, this.job);
		CommandLine commandLine = commandLine(command);
		this.exitCode = commandLine.execute(commandArguments(commandLine, args));
	}

	/**
	 * Returns the command line for the command. An option it does not know, or a value it cannot
	 * read, prints the usage and ends with picocli's usage exit code, 2, which is also
	 * {@link BenchwardenCommand#EXIT_UNUSABLE}; an unexpected exception ends with 1.
	 */
	static CommandLine commandLine(BenchwardenCommand command) {
		return new CommandLine(command);
	}

	/**
	 * Returns the arguments without Spring Boot properties. A property is an argument
	 * {@code --name=value} whose name contains a dot and is not an option of the command, so a
	 * mistyped option without a dot, such as {@code --dat=2026-12-01}, still reaches picocli and
	 * is rejected there.
	 */
	static String[] commandArguments(CommandLine commandLine, String... args) {
		return Arrays.stream(args).filter((argument) -> !isBootProperty(commandLine, argument)).toArray(String[]::new);
	}

	private static boolean isBootProperty(CommandLine commandLine, String argument) {
		int equals = argument.indexOf('=');
		if (!argument.startsWith("--") || equals < 0) {
			return false;
		}
		String name = argument.substring(0, equals);
		return name.indexOf('.') >= 0 && commandLine.getCommandSpec().findOption(name) == null;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
