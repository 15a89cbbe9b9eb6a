package org.benchwarden.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a {@link JobDefinition} from YAML. Relative paths are resolved against the folder the
 * command runs in, so the same definition works from the project root on any machine. Stateless
 * and thread-safe.
 */
public final class YamlJobDefinitionLoader {

	private static final Set<String> KEYS = Set.of("name", "description", "inbox", "inbox-files", "archive",
			"quarantine", "output", "organisation-mappings", "sharing", "metrics", "periods");

	private final Path workingDirectory;

	public YamlJobDefinitionLoader(Path workingDirectory) {
		this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
	}

	/**
	 * Reads and checks the definition.
	 * @throws JobDefinitionException naming the file and entry when the definition is unusable
	 */
	public JobDefinition load(Path file) {
		Path source = this.workingDirectory.resolve(file).normalize();
		if (!Files.isRegularFile(source)) {
			throw new JobDefinitionException("job definition " + source + " not found; pass the path of a YAML file "
					+ "such as jobs/nightly.yml with --job");
		}
		Map<String, Object> root = parse(source);
		List<String> problems = new ArrayList<>();
		Set<String> unknown = new TreeSet<>(root.keySet());
		unknown.removeAll(KEYS);
		for (String key : unknown) {
			problems.add("unknown entry \"" + key + "\"; the known entries are " + new TreeSet<>(KEYS));
		}

		String name = text(root, "name", problems);
		Path inbox = path(root, "inbox", problems);
		InboxMode inboxMode = inboxMode(root, problems);
		Path archive = path(root, "archive", problems);
		Path quarantine = path(root, "quarantine", problems);
		Path output = path(root, "output", problems);
		Path sharing = path(root, "sharing", problems);
		Path metrics = root.containsKey("metrics") ? path(root, "metrics", problems) : null;
		List<Path> mappings = mappings(root, problems);
		PeriodRule periods = periods(root, problems);

		if (!problems.isEmpty()) {
			throw new JobDefinitionException("job definition " + source + " is not valid:\n  - "
					+ String.join("\n  - ", problems));
		}
		return new JobDefinition(name, source, inbox, inboxMode, archive, quarantine, output, mappings, sharing,
				metrics, periods);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(Path source) {
		try (Reader reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
			Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (!(document instanceof Map)) {
				throw new JobDefinitionException("job definition " + source
						+ " is empty or not a YAML mapping; start from jobs/nightly.yml");
			}
			return (Map<String, Object>) document;
		}
		catch (MarkedYAMLException ex) {
			throw new JobDefinitionException("job definition " + source + " line "
					+ (ex.getProblemMark().getLine() + 1) + " column " + (ex.getProblemMark().getColumn() + 1)
					+ ": not valid YAML (" + ex.getProblem() + "); fix the syntax at that place", ex);
		}
		catch (YAMLException | IOException ex) {
			throw new JobDefinitionException("job definition " + source + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static String text(Map<String, Object> root, String key, List<String> problems) {
		Object value = root.get(key);
		if (value == null || value.toString().isBlank()) {
			problems.add("\"" + key + "\" is missing; add it");
			return "";
		}
		return value.toString().strip();
	}

	private Path path(Map<String, Object> root, String key, List<String> problems) {
		String value = text(root, key, problems);
		return value.isEmpty() ? null : this.workingDirectory.resolve(value).normalize();
	}

	private static InboxMode inboxMode(Map<String, Object> root, List<String> problems) {
		Object value = root.getOrDefault("inbox-files", "move");
		try {
			return InboxMode.valueOf(value.toString().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add("\"inbox-files\" is \"" + value + "\"; use move or copy");
			return InboxMode.MOVE;
		}
	}

	private List<Path> mappings(Map<String, Object> root, List<String> problems) {
		Object value = root.get("organisation-mappings");
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			problems.add("\"organisation-mappings\" is missing or empty; list at least one practice mapping file "
					+ "(the NHS registrations mapping gp-reg-pat-prac-map or the QOF geography mapping)");
			return List.of();
		}
		List<Path> paths = new ArrayList<>();
		for (Object item : list) {
			Path path = this.workingDirectory.resolve(item.toString().strip()).normalize();
			if (!Files.isRegularFile(path)) {
				problems.add("organisation mapping file " + path + " not found; fix the path");
			}
			paths.add(path);
		}
		return paths;
	}

	private static PeriodRule periods(Map<String, Object> root, List<String> problems) {
		Object value = root.get("periods");
		if (value == null || "all".equals(value.toString().strip())) {
			return PeriodRule.ALL;
		}
		if (value instanceof Map<?, ?> map && map.get("months") instanceof Integer months && months > 0) {
			return new PeriodRule(months);
		}
		problems.add("\"periods\" is \"" + value + "\"; use \"all\" or \"months: N\" with N a whole number above 0");
		return PeriodRule.ALL;
	}

}
