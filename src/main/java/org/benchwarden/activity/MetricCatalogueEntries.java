package org.benchwarden.activity;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and checks the entries of a metric catalogue YAML file. Every message names the file and
 * the entry's position, counting from 1.
 */
final class MetricCatalogueEntries {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private static final Set<String> FIELDS = Set.of("code", "name", "unit", "polarity", "contract", "columns");

	/** Units and what they imply: a ratio unit has a denominator and a scale. */
	private static final Map<String, BigDecimal> SCALE_BY_UNIT = Map.of("count", BigDecimal.ONE, "%",
			BigDecimal.valueOf(100), "per 1,000", BigDecimal.valueOf(1000));

	private MetricCatalogueEntries() {
	}

	/** One checked entry: the metric and the practice-export column names that feed it. */
	record Entry(int number, Metric metric, List<String> columns) {
	}

	static List<Entry> read(String fileName, Reader reader) {
		Object document;
		try {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException(fileName + ": the file is not valid YAML (" + ex.getMessage()
					+ "); fix the syntax and load it again", ex);
		}
		if (!(document instanceof Map<?, ?> root) || !(root.get("metrics") instanceof List<?> items)) {
			throw new IllegalArgumentException(fileName
					+ ": the file must hold a list named \"metrics\" at the top level; see docs/activity-formats.md");
		}

		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			entries.add(toEntry(fileName, i + 1, items.get(i)));
		}
		return entries;
	}

	private static Entry toEntry(String fileName, int number, Object item) {
		String where = fileName + " entry " + number;
		if (!(item instanceof Map<?, ?> fields)) {
			throw new IllegalArgumentException(where + ": an entry must be a map of fields such as code, name and unit");
		}
		for (Object key : fields.keySet()) {
			if (!FIELDS.contains(String.valueOf(key))) {
				throw new IllegalArgumentException(where + ": field \"" + key + "\" is not known; use only "
						+ String.join(", ", FIELDS.stream().sorted().toList()));
			}
		}

		String code = requiredText(where, fields, "code");
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException(where + ": code \"" + code
					+ "\" is invalid; write it in upper-case letters, digits and underscores, starting with a letter");
		}
		where = where + " (" + code + ")";
		String name = requiredText(where, fields, "name");
		String unit = requiredText(where, fields, "unit");
		BigDecimal scale = SCALE_BY_UNIT.get(unit);
		if (scale == null) {
			throw new IllegalArgumentException(where + ": unit \"" + unit + "\" is not known; use count, % or per 1,000");
		}
		Polarity polarity = polarity(where, fields.get("polarity"));
		String contract = optionalText(where, fields, "contract");
		List<String> columns = columns(where, fields.get("columns"));
		boolean hasDenominator = !"count".equals(unit);
		if (hasDenominator && !columns.isEmpty()) {
			throw new IllegalArgumentException(where + ": columns are allowed only on count metrics, because a "
					+ "practice export column gives a numerator and no denominator; remove the columns or use unit count");
		}

		return new Entry(number, new Metric(code, name, unit, polarity, contract, hasDenominator, scale), columns);
	}

	private static String requiredText(String where, Map<?, ?> fields, String field) {
		String text = optionalText(where, fields, field);
		if (text == null) {
			throw new IllegalArgumentException(where + ": field \"" + field + "\" is missing or empty; add it");
		}
		return text;
	}

	private static String optionalText(String where, Map<?, ?> fields, String field) {
		Object value = fields.get(field);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw new IllegalArgumentException(where + ": field \"" + field + "\" must be text, not " + value
					+ "; put it in quotes");
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	private static Polarity polarity(String where, Object value) {
		if (value == null) {
			return Polarity.NEUTRAL;
		}
		try {
			return Polarity.valueOf(String.valueOf(value).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(where + ": polarity \"" + value
					+ "\" is not known; use HIGHER_IS_BETTER, LOWER_IS_BETTER or NEUTRAL", ex);
		}
	}

	private static List<String> columns(String where, Object value) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			throw new IllegalArgumentException(where + ": columns must be a list of column names, such as [ListSize]");
		}
		List<String> columns = new ArrayList<>();
		for (Object item : items) {
			String column = (item == null) ? "" : String.valueOf(item).strip();
			if (column.isEmpty()) {
				throw new IllegalArgumentException(where + ": columns contains an empty name; remove it");
			}
			columns.add(column);
		}
		return List.copyOf(columns);
	}

}
