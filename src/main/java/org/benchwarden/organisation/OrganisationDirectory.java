package org.benchwarden.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Organisations known to a run and the practice hierarchy from the published mapping files.
 * Immutable once built, and so safe to share between threads.
 */
public final class OrganisationDirectory {

	private final Map<String, Organisation> organisations;

	private final Map<String, PracticeMapping> practices;

	private OrganisationDirectory(Map<String, Organisation> organisations, Map<String, PracticeMapping> practices) {
		this.organisations = Collections.unmodifiableMap(organisations);
		this.practices = Collections.unmodifiableMap(practices);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Returns a builder that starts from this directory, for adding locally declared organisations. */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.organisations.putAll(this.organisations);
		builder.practices.putAll(this.practices);
		return builder;
	}

	public Optional<Organisation> find(String odsCode) {
		return Optional.ofNullable(this.organisations.get(normalise(odsCode)));
	}

	public boolean contains(String odsCode) {
		return this.organisations.containsKey(normalise(odsCode));
	}

	public Optional<PracticeMapping> practice(String odsCode) {
		return Optional.ofNullable(this.practices.get(normalise(odsCode)));
	}

	/** Returns every mapped practice, ordered by ODS code. */
	public Collection<PracticeMapping> practices() {
		return this.practices.values();
	}

	/** Returns every known organisation, ordered by ODS code. */
	public Collection<Organisation> organisations() {
		return this.organisations.values();
	}

	/** Returns the ODS codes of the practices mapped to the given PCN, ICB, Sub-ICB or region, sorted. */
	public List<String> practicesUnder(String parentCode) {
		String code = normalise(parentCode);
		List<String> codes = new ArrayList<>();
		for (PracticeMapping mapping : this.practices.values()) {
			if (matches(mapping.pcn(), code) || matches(mapping.subIcb(), code) || matches(mapping.icb(), code)
					|| matches(mapping.region(), code)) {
				codes.add(mapping.practiceCode());
			}
		}
		return codes;
	}

	private static boolean matches(Organisation organisation, String code) {
		return organisation != null && organisation.odsCode().equals(code);
	}

	static String normalise(String odsCode) {
		return (odsCode == null) ? "" : odsCode.strip().toUpperCase(Locale.ROOT);
	}

	/** Collects organisations and practice mappings; the first name seen for a code is kept. */
	public static final class Builder {

		private final Map<String, Organisation> organisations = new TreeMap<>();

		private final Map<String, PracticeMapping> practices = new TreeMap<>();

		private Builder() {
		}

		public Builder add(Organisation organisation) {
			if (organisation != null) {
				this.organisations.putIfAbsent(organisation.odsCode(), organisation);
			}
			return this;
		}

		/**
		 * Adds a practice with its hierarchy. A later mapping for the same practice replaces the
		 * earlier one, so the newest mapping file read wins.
		 */
		public Builder add(PracticeMapping mapping) {
			add(mapping.practice());
			add(mapping.pcn());
			add(mapping.subIcb());
			add(mapping.icb());
			add(mapping.region());
			this.practices.put(mapping.practiceCode(), mapping);
			return this;
		}

		public OrganisationDirectory build() {
			return new OrganisationDirectory(new LinkedHashMap<>(this.organisations),
					new LinkedHashMap<>(this.practices));
		}

	}

}
