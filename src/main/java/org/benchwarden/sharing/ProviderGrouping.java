package org.benchwarden.sharing;

import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.PracticeMapping;

/**
 * The level of the practice hierarchy by which a contract's provider-group aggregates are formed.
 * Each practice's group is read from its own mapping row, because the published hierarchy is not
 * always strictly nested.
 */
public enum ProviderGrouping {

	PCN, SUB_ICB, ICB;

	/** Returns the organisation at this level in the mapping row, or null where the row leaves it empty. */
	public Organisation groupOf(PracticeMapping mapping) {
		return switch (this) {
			case PCN -> mapping.pcn();
			case SUB_ICB -> mapping.subIcb();
			case ICB -> mapping.icb();
		};
	}

}
