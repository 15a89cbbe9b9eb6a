package org.benchwarden.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.benchwarden.access.View;
import org.benchwarden.access.ViewKind;

/**
 * Gives each sheet of one workbook a name that Excel accepts without repair. Not thread-safe: use
 * one instance per workbook.
 * <p>
 * Excel requires a sheet name to have 1 to 31 characters, none of {@code [ ] : * ? / \}, not to
 * start or end with an apostrophe, not to be "History" in any case, and to differ from every other
 * sheet name ignoring case. A view's sheet is named by a short prefix for its kind and its grant
 * code, for example "Group agg PCN-GRP-7". Each forbidden character becomes a hyphen, control
 * characters are dropped, surrounding apostrophes and spaces are removed, and the name is cut to
 * 31 characters. A name that is empty after that becomes "View". A name already taken, or a
 * reserved one ("Cover", "Data", "History"), gets the suffix " (2)", " (3)" and so on, cutting the
 * name further so that the whole stays within 31 characters.
 */
final class SheetNames {

	static final int MAX_LENGTH = 31;

	static final String COVER = "Cover";

	static final String DATA = "Data";

	private static final String FORBIDDEN = "[]:*?/\\";

	private final Set<String> taken = new HashSet<>();

	SheetNames() {
		this.taken.add(key(COVER));
		this.taken.add(key(DATA));
		this.taken.add(key("History"));
	}

	/** Returns an unused valid name for the view's sheet and marks it as taken. */
	String nameFor(View view) {
		String code = (view.grant() == null) ? "" : view.grant().code();
		return claim(prefix(view.kind()) + " " + ((code == null) ? "" : code));
	}

	/** Returns a valid name derived from the wanted text, made unique, and marks it as taken. */
	String claim(String wanted) {
		String base = clean(wanted);
		if (base.isEmpty()) {
			base = "View";
		}
		String name = base;
		int suffix = 2;
		while (this.taken.contains(key(name))) {
			String tail = " (" + suffix + ")";
			name = trimEnd(cut(base, MAX_LENGTH - tail.length())) + tail;
			suffix++;
		}
		this.taken.add(key(name));
		return name;
	}

	static String prefix(ViewKind kind) {
		return switch (kind) {
			case OWN_DATA -> "Own data";
			case GROUP_ORGANISATIONS -> "Group";
			case GROUP_AGGREGATE -> "Group agg";
			case CONNECTED_GROUP_AGGREGATES -> "Connected";
			case CONTRACT_PROVIDERS -> "Providers";
			case CONTRACT_PROVIDER_GROUP_AGGREGATES -> "Provider groups";
			case CONTRACT_AGGREGATE -> "Contract agg";
		};
	}

	/** Applies every rule except uniqueness. */
	static String clean(String text) {
		StringBuilder builder = new StringBuilder();
		String source = (text == null) ? "" : text;
		source.codePoints().forEach((codePoint) -> {
			if (FORBIDDEN.indexOf(codePoint) >= 0) {
				builder.append('-');
			}
			else if (!Character.isISOControl(codePoint)) {
				builder.appendCodePoint(codePoint);
			}
		});
		return stripApostrophes(cut(stripApostrophes(builder.toString()), MAX_LENGTH));
	}

	private static String stripApostrophes(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (text.charAt(start) == '\'' || Character.isWhitespace(text.charAt(start)))) {
			start++;
		}
		while (end > start && (text.charAt(end - 1) == '\'' || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		return text.substring(start, end);
	}

	/** Cuts to at most the given number of UTF-16 units, which is how Excel counts, without splitting a pair. */
	private static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = length;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end);
	}

	/** Drops trailing spaces and apostrophes that a cut may have exposed. */
	private static String trimEnd(String text) {
		int end = text.length();
		while (end > 0 && (text.charAt(end - 1) == '\'' || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		return text.substring(0, end);
	}

	private static String key(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

}
