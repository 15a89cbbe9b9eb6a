package org.benchwarden.access;

/**
 * The instrument that allows a view: a data sharing contract, a data sharing agreement (group), or
 * the rule that every organisation sees its own data.
 *
 * @param type which instrument
 * @param code the contract or agreement code from the sharing configuration; the recipient's own
 * ODS code for {@link GrantType#OWN_DATA}
 * @param name the contract or agreement name as a reader would know it
 */
public record Grant(GrantType type, String code, String name) {

	public enum GrantType {

		CONTRACT("Data Sharing Contract"), AGREEMENT("Data Sharing Agreement"), OWN_DATA("Own data");

		private final String label;

		GrantType(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
