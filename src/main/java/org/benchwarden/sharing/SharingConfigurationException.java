package org.benchwarden.sharing;

import java.util.List;

/**
 * Thrown when a sharing configuration cannot be used. It carries every problem found, not only
 * the first, so that one correction round fixes them all. Each problem reads
 * {@code file line N, entry: what is wrong; what to do}.
 */
public class SharingConfigurationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public SharingConfigurationException(String source, List<String> problems) {
		super(describe(source, problems));
		this.problems = List.copyOf(problems);
	}

	/** Returns each problem as one line, in the order found. */
	public List<String> problems() {
		return this.problems;
	}

	private static String describe(String source, List<String> problems) {
		String count = (problems.size() == 1) ? "1 problem" : problems.size() + " problems";
		return "Sharing configuration " + source + " has " + count + "; nothing was loaded:\n"
				+ String.join("\n", problems);
	}

}
