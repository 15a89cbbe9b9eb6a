package org.benchwarden.organisation;

import java.util.Objects;

/**
 * An organisation known to Benchwarden, identified by its ODS code (or a locally assigned code
 * for federations). The code is treated as an opaque upper-case string.
 */
public record Organisation(String odsCode, String name, OrganisationType type) {

	public Organisation {
		Objects.requireNonNull(odsCode, "odsCode");
		Objects.requireNonNull(type, "type");
		odsCode = odsCode.strip().toUpperCase(java.util.Locale.ROOT);
		name = (name == null || name.isBlank()) ? odsCode : name.strip();
	}

}
