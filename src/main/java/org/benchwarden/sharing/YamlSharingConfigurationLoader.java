package org.benchwarden.sharing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.benchwarden.activity.Metric;
import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.OrganisationDirectory;
import org.benchwarden.organisation.OrganisationType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads a sharing configuration from a folder of {@code *.yml} and {@code *.yaml} files, read
 * together, and checks it against the organisation directory and the metric catalogue. The format
 * is described in {@code docs/sharing-configuration.md}.
 *
 * <p>Every problem in every file is collected before anything is returned, and reported in one
 * {@link SharingConfigurationException}. Stateless and thread-safe.
 */
public final class YamlSharingConfigurationLoader {

	private static final Set<String> TOP_LEVEL_KEYS = new LinkedHashSet<>(
			List.of("organisations", "contracts", "agreements"));

	private static final Set<String> ORGANISATION_KEYS = new LinkedHashSet<>(List.of("code", "name", "type"));

	/** Entries of one section of one file. */
	private record Section(String file, String name, List<Node> entries) {
	}

	/**
	 * Loads and checks every YAML file in the folder.
	 * @param folder the folder that holds the configuration files; subfolders are not read
	 * @param directory the organisations and practice hierarchy from the NHS mapping files
	 * @param catalogue the metric catalogue, whose contract codes also assign metrics to contracts
	 * @return the configuration, with contracts and agreements ordered by code
	 * @throws SharingConfigurationException listing every problem found, when there is any
	 */
	public SharingConfiguration load(Path folder, OrganisationDirectory directory, Collection<Metric> catalogue) {
		Objects.requireNonNull(folder, "folder");
		Objects.requireNonNull(directory, "directory");
		Objects.requireNonNull(catalogue, "catalogue");
		Problems problems = new Problems();
		List<Section> sections = readSections(folder, problems);

		OrganisationDirectory organisations = declareOrganisations(sections, directory, problems);

		ContractEntryReader contractReader = new ContractEntryReader(organisations, catalogue);
		List<Contract> contracts = new ArrayList<>();
		AgreementEntryReader agreementReader = new AgreementEntryReader(organisations);
		List<AgreementEntryReader.Draft> drafts = new ArrayList<>();
		Map<String, String> firstUseOfCode = new TreeMap<>();
		for (Section section : sections) {
			for (Node node : section.entries()) {
				if (section.name().equals("contracts")) {
					entry(section, node, ContractEntryReader.KEYS, problems).flatMap(contractReader::read)
						.filter((contract) -> isFirstUse(contract.code(), section, node, firstUseOfCode, problems))
						.ifPresent(contracts::add);
				}
				else if (section.name().equals("agreements")) {
					entry(section, node, AgreementEntryReader.KEYS, problems).flatMap(agreementReader::read)
						.filter((draft) -> isFirstUse(draft.agreement().code(), section, node, firstUseOfCode,
								problems))
						.ifPresent(drafts::add);
				}
			}
		}
		List<Agreement> agreements = agreementReader.connect(drafts);

		if (!problems.isEmpty()) {
			throw new SharingConfigurationException("in " + folder, problems.lines());
		}
		return new SharingConfiguration(organisations, contracts, agreements);
	}

	private static Optional<YamlEntry> entry(Section section, Node node, Set<String> keys, Problems problems) {
		String label = section.name().substring(0, section.name().length() - 1) + " entry";
		return YamlEntry.of(section.file(), label, node, keys, problems);
	}

	/** Returns whether no earlier contract or agreement used the code, recording a problem if one did. */
	private static boolean isFirstUse(String code, Section section, Node node, Map<String, String> firstUseOfCode,
			Problems problems) {
		String location = section.file() + " line " + (node.getStartMark().getLine() + 1);
		String earlier = firstUseOfCode.putIfAbsent(code, location);
		if (earlier == null) {
			return true;
		}
		problems.add(location + ", " + section.name().substring(0, section.name().length() - 1) + " " + code,
				"the code " + code + " is already used at " + earlier,
				"give each contract and agreement its own code");
		return false;
	}

	private static List<Section> readSections(Path folder, Problems problems) {
		List<Section> sections = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			problems.add(folder.toString(), "the sharing configuration folder does not exist or is not a folder",
					"check the path, or create the folder with at least one .yml file");
			return sections;
		}
		List<Path> files = listYamlFiles(folder, problems);
		if (files.isEmpty() && problems.isEmpty()) {
			problems.add(folder.toString(), "the folder holds no .yml or .yaml file",
					"add the sharing configuration files to this folder");
		}
		for (Path file : files) {
			readFile(file, problems).ifPresent((root) -> addSections(file.getFileName().toString(), root,
					sections, problems));
		}
		return sections;
	}

	private static List<Path> listYamlFiles(Path folder, Problems problems) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(Files::isRegularFile).filter((path) -> {
				String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
				return name.endsWith(".yml") || name.endsWith(".yaml");
			}).sorted().toList();
		}
		catch (IOException ex) {
			problems.add(folder.toString(), "the folder cannot be listed (" + ex.getMessage() + ")",
					"check that the folder exists and can be read");
			return List.of();
		}
	}

	/** Parses one file into a node tree without constructing any Java object from it. */
	private static Optional<Node> readFile(Path file, Problems problems) {
		String name = file.getFileName().toString();
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		Yaml yaml = new Yaml(new SafeConstructor(options));
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Node root = yaml.compose(reader);
			if (root == null) {
				problems.add(name, "the file is empty", "add organisations, contracts or agreements, or delete the file");
				return Optional.empty();
			}
			return Optional.of(root);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			String where = (mark != null) ? name + " line " + (mark.getLine() + 1) + " column " + (mark.getColumn() + 1)
					: name;
			problems.add(where, "the file is not valid YAML: " + ex.getProblem(),
					"correct the YAML syntax at that position");
		}
		catch (YAMLException | IOException ex) {
			problems.add(name, "the file cannot be read as YAML: " + ex.getMessage(),
					"check that the file is UTF-8 text in YAML");
		}
		return Optional.empty();
	}

	private static void addSections(String file, Node root, List<Section> sections, Problems problems) {
		Optional<YamlEntry> top = YamlEntry.of(file, "top level", root, TOP_LEVEL_KEYS, problems);
		if (top.isEmpty()) {
			return;
		}
		for (String name : TOP_LEVEL_KEYS) {
			if (!top.get().has(name)) {
				continue;
			}
			Node value = top.get().nodeOf(name);
			if (value instanceof SequenceNode sequence) {
				sections.add(new Section(file, name, sequence.getValue()));
			}
			else {
				top.get().problem(value, name + " must be a list of entries but is " + YamlEntry.describe(value),
						"write each entry on its own line starting with \"- \"");
			}
		}
	}

	private static OrganisationDirectory declareOrganisations(List<Section> sections, OrganisationDirectory directory,
			Problems problems) {
		OrganisationDirectory.Builder builder = directory.toBuilder();
		Map<String, String> declaredAt = new TreeMap<>();
		for (Section section : sections) {
			if (!section.name().equals("organisations")) {
				continue;
			}
			for (Node node : section.entries()) {
				YamlEntry.of(section.file(), "organisation entry", node, ORGANISATION_KEYS, problems)
					.flatMap((entry) -> readOrganisation(entry, directory, declaredAt))
					.ifPresent(builder::add);
			}
		}
		return builder.build();
	}

	private static Optional<Organisation> readOrganisation(YamlEntry entry, OrganisationDirectory directory,
			Map<String, String> declaredAt) {
		Optional<String> code = entry.code("code");
		if (code.isEmpty()) {
			entry.problem("code is missing", "give the organisation its ODS code or a locally assigned code");
			return Optional.empty();
		}
		YamlEntry organisation = entry.relabel("organisation " + code.get());
		Optional<String> typeText = organisation.requiredText("type",
				"set type to one of " + YamlEntry.words(OrganisationType.class));
		Optional<OrganisationType> type = typeText.flatMap((text) -> organisation.choice(organisation.nodeOf("type"),
				text, OrganisationType.class, "organisation type"));
		String name = organisation.text("name").orElse(null);

		if (directory.contains(code.get())) {
			organisation.problem(code.get() + " is already in the NHS mapping files",
					"remove this entry, because organisations from the mapping files need no declaration");
			return Optional.empty();
		}
		String earlier = declaredAt.putIfAbsent(code.get(), organisation.location());
		if (earlier != null) {
			organisation.problem(code.get() + " is already declared at " + earlier, "keep one of the two entries");
			return Optional.empty();
		}
		if (type.isPresent() && type.get() == OrganisationType.PRACTICE) {
			organisation.problem("a GP practice cannot be declared here",
					"add the practice to the NHS mapping files, which give its PCN and ICB");
			return Optional.empty();
		}
		return type.map((known) -> new Organisation(code.get(), name, known));
	}

}
