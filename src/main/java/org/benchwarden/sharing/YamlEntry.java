package org.benchwarden.sharing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping of the sharing configuration (an organisation, a contract, an agreement or a
 * nested part of one) with typed access to its values. Every value that cannot be read is
 * recorded in {@link Problems} with the file, line and entry, and reads as absent, so that
 * loading goes on and finds the next problem. Not thread-safe.
 */
final class YamlEntry {

	private final String file;

	private final String label;

	private final Node node;

	private final Map<String, Node> values = new LinkedHashMap<>();

	private final Problems problems;

	private YamlEntry(String file, String label, Node node, Problems problems) {
		this.file = file;
		this.label = label;
		this.node = node;
		this.problems = problems;
	}

	/**
	 * Reads a mapping and checks its keys against the known ones. Returns empty, after recording a
	 * problem, when the node is not a mapping.
	 */
	static Optional<YamlEntry> of(String file, String label, Node node, Set<String> knownKeys, Problems problems) {
		YamlEntry entry = new YamlEntry(file, label, node, problems);
		if (!(node instanceof MappingNode mapping)) {
			entry.problem(node, "expected a mapping of key: value pairs but found " + describe(node),
					"write the entry as key: value pairs, e.g. {" + String.join(": ..., ", knownKeys) + ": ...}");
			return Optional.empty();
		}
		for (NodeTuple tuple : mapping.getValue()) {
			entry.addValue(tuple, knownKeys);
		}
		return Optional.of(entry);
	}

	private void addValue(NodeTuple tuple, Set<String> knownKeys) {
		Node keyNode = tuple.getKeyNode();
		if (!(keyNode instanceof ScalarNode scalarKey)) {
			problem(keyNode, "a key must be a plain word but found " + describe(keyNode),
					"use one of " + String.join(", ", knownKeys));
			return;
		}
		String key = scalarKey.getValue().strip();
		if (!knownKeys.contains(key)) {
			problem(keyNode, "unknown key \"" + key + "\"", "use one of " + String.join(", ", knownKeys));
			return;
		}
		if (this.values.containsKey(key)) {
			problem(keyNode, "key \"" + key + "\" is given twice", "keep one of them");
			return;
		}
		this.values.put(key, tuple.getValueNode());
	}

	String label() {
		return this.label;
	}

	String location() {
		return location(this.node);
	}

	String location(Node at) {
		return this.file + " line " + (at.getStartMark().getLine() + 1) + ", " + this.label;
	}

	/** Returns a copy of this entry that reports problems under another label. */
	YamlEntry relabel(String newLabel) {
		YamlEntry copy = new YamlEntry(this.file, newLabel, this.node, this.problems);
		copy.values.putAll(this.values);
		return copy;
	}

	void problem(String whatIsWrong, String whatToDo) {
		this.problems.add(location(), whatIsWrong, whatToDo);
	}

	void problem(Node at, String whatIsWrong, String whatToDo) {
		this.problems.add(location(at), whatIsWrong, whatToDo);
	}

	boolean has(String key) {
		return this.values.containsKey(key) && !isBlank(this.values.get(key));
	}

	/** Returns the node of a key, for locating a problem; the entry's own node when the key is absent. */
	Node nodeOf(String key) {
		return this.values.getOrDefault(key, this.node);
	}

	/** Returns a single value, stripped; empty when the key is absent or blank. */
	Optional<String> text(String key) {
		if (!has(key)) {
			return Optional.empty();
		}
		Node value = this.values.get(key);
		if (!(value instanceof ScalarNode scalar)) {
			problem(value, key + " must be a single value but is " + describe(value),
					"write one value after \"" + key + ":\"");
			return Optional.empty();
		}
		return Optional.of(scalar.getValue().strip());
	}

	/** Returns a single value that must be present, recording a problem when it is missing. */
	Optional<String> requiredText(String key, String whatToDo) {
		if (!has(key)) {
			problem(key + " is missing", whatToDo);
			return Optional.empty();
		}
		return text(key);
	}

	/** Returns an ODS code or other code, upper case. */
	Optional<String> code(String key) {
		return text(key).map(YamlEntry::normaliseCode);
	}

	/** Returns a list of codes, upper case, in the order written; empty when the key is absent. */
	List<String> codes(String key) {
		return texts(key).stream().map(YamlEntry::normaliseCode).toList();
	}

	/** Returns a list of single values, stripped, in the order written; empty when the key is absent. */
	List<String> texts(String key) {
		if (!has(key)) {
			return List.of();
		}
		Node value = this.values.get(key);
		if (!(value instanceof SequenceNode sequence)) {
			problem(value, key + " must be a list but is " + describe(value),
					"write it as a list in brackets, e.g. " + key + ": [A81001, A81002]");
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				codes.add(scalar.getValue().strip());
			}
			else {
				problem(item, key + " must list single codes but contains " + describe(item),
						"write one code per list item");
			}
		}
		return codes;
	}

	/** Returns {@code true} or {@code false}; empty when the key is absent or the value is neither. */
	Optional<Boolean> flag(String key) {
		Optional<String> text = text(key);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		String value = text.get().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("false")) {
			return Optional.of(Boolean.valueOf(value));
		}
		problem(nodeOf(key), key + " \"" + text.get() + "\" is not true or false", "write true or false");
		return Optional.empty();
	}

	/** Returns one of an enum's values, written in lower case with hyphens (entire-data-set). */
	<E extends Enum<E>> Optional<E> choice(String key, Class<E> type, String kind) {
		return text(key).flatMap((text) -> choice(nodeOf(key), text, type, kind));
	}

	/** Parses one of an enum's values, recording a problem that lists the allowed words when the text matches none. */
	<E extends Enum<E>> Optional<E> choice(Node at, String text, Class<E> type, String kind) {
		Optional<E> value = parseChoice(text, type);
		if (value.isEmpty()) {
			problem(at, "\"" + text + "\" is not a known " + kind, "use one of " + words(type));
		}
		return value;
	}

	/** Returns a nested mapping, with its keys checked; empty when absent or not a mapping. */
	Optional<YamlEntry> mapping(String key, Set<String> knownKeys) {
		if (!has(key)) {
			return Optional.empty();
		}
		return of(this.file, this.label, this.values.get(key), knownKeys, this.problems);
	}

	/** Returns the pairs of a nested mapping whose keys are codes, upper case; empty when absent. */
	Map<String, Node> codeMapping(String key, String example) {
		Map<String, Node> pairs = new LinkedHashMap<>();
		if (!has(key)) {
			return pairs;
		}
		Node value = this.values.get(key);
		if (!(value instanceof MappingNode mapping)) {
			problem(value, key + " must be a mapping but is " + describe(value), "write it as " + example);
			return pairs;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode scalarKey) {
				pairs.put(normaliseCode(scalarKey.getValue()), tuple.getValueNode());
			}
			else {
				problem(tuple.getKeyNode(), key + " must be keyed by ODS code", "write it as " + example);
			}
		}
		return pairs;
	}

	static String normaliseCode(String text) {
		return text.strip().toUpperCase(Locale.ROOT);
	}

	static <E extends Enum<E>> Optional<E> parseChoice(String text, Class<E> type) {
		String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(type.getEnumConstants()).filter((value) -> value.name().equals(name)).findFirst();
	}

	static String word(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> String words(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(YamlEntry::word).collect(Collectors.joining(", "));
	}

	static String describe(Node node) {
		if (node instanceof ScalarNode scalar) {
			return "the value \"" + scalar.getValue() + "\"";
		}
		return (node instanceof SequenceNode) ? "a list" : "a mapping";
	}

	private static boolean isBlank(Node node) {
		return node instanceof ScalarNode scalar && scalar.getValue().isBlank();
	}

}
