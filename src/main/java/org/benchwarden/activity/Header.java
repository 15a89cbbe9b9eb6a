package org.benchwarden.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an activity file's header: each name as written (trimmed) and its position,
 * looked up by the normalised name of {@link HeaderNames}. An empty last name, left by a comma at
 * the end of every line, is kept as an unnamed column that carries no data.
 */
final class Header {

	private final List<String> names;

	private final Map<String, Integer> positionsByNormalisedName;

	private final boolean unnamedLastColumn;

	private Header(List<String> names, Map<String, Integer> positionsByNormalisedName, boolean unnamedLastColumn) {
		this.names = Collections.unmodifiableList(names);
		this.positionsByNormalisedName = Collections.unmodifiableMap(positionsByNormalisedName);
		this.unnamedLastColumn = unnamedLastColumn;
	}

	/**
	 * Builds the header from the first record's values.
	 * @throws RejectedFileException when a column other than the last has no name, a column
	 * carries patient identifiers, or two columns have the same name
	 */
	static Header of(String fileName, List<String> values) throws RejectedFileException {
		List<String> names = new ArrayList<>(values.size());
		for (String value : values) {
			names.add(HeaderNames.trim(value));
		}
		boolean unnamedLastColumn = names.size() > 1 && names.get(names.size() - 1).isEmpty();

		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name.isEmpty()) {
				if (unnamedLastColumn && i == names.size() - 1) {
					continue;
				}
				throw new RejectedFileException(fileName, "column " + (i + 1)
						+ " of the header has no name; name the column or delete it, then drop the file into the inbox again");
			}
			String normalised = HeaderNames.normalise(name);
			if (HeaderNames.isPatientIdentifier(normalised)) {
				throw new RejectedFileException(fileName, "column \"" + name
						+ "\" carries patient-level data, which Benchwarden must never hold; remove the column from the export"
						+ " and drop the file into the inbox again. If the column holds the practice's own name or postcode,"
						+ " call it PracticeName or PracticePostcode");
			}
			Integer earlier = positions.putIfAbsent(normalised, i);
			if (earlier != null) {
				throw new RejectedFileException(fileName, "column \"" + name + "\" appears twice in the header (columns "
						+ (earlier + 1) + " and " + (i + 1) + ", as \"" + names.get(earlier) + "\" and \"" + name
						+ "\"), so neither can be trusted; keep one of them and drop the file into the inbox again");
			}
		}
		return new Header(names, positions, unnamedLastColumn);
	}

	boolean has(String normalisedName) {
		return this.positionsByNormalisedName.containsKey(normalisedName);
	}

	/** Returns the column's position from 0, or -1 when the header has no such column. */
	int position(String normalisedName) {
		return this.positionsByNormalisedName.getOrDefault(normalisedName, -1);
	}

	/** Returns the column's name as written in the file, trimmed. */
	String name(int position) {
		return this.names.get(position);
	}

	/** Returns the names as written, without the unnamed last column. */
	List<String> names() {
		return this.unnamedLastColumn ? this.names.subList(0, this.names.size() - 1) : this.names;
	}

	/** Returns the number of columns, the unnamed last column included. */
	int size() {
		return this.names.size();
	}

	boolean hasUnnamedLastColumn() {
		return this.unnamedLastColumn;
	}

}
