package org.benchwarden.sharing;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems found while loading a sharing configuration, collected so that all of them can be
 * reported at once. Not thread-safe; one instance serves one load.
 */
final class Problems {

	private final List<String> lines = new ArrayList<>();

	/** Records one problem as {@code location: what is wrong; what to do}. */
	void add(String location, String whatIsWrong, String whatToDo) {
		this.lines.add(location + ": " + whatIsWrong + "; " + whatToDo);
	}

	boolean isEmpty() {
		return this.lines.isEmpty();
	}

	List<String> lines() {
		return List.copyOf(this.lines);
	}

}
