package org.benchwarden.job;

import java.util.Iterator;
import java.util.stream.Stream;

import org.benchwarden.access.EntitlementResolver;
import org.benchwarden.access.Entitlements;
import org.benchwarden.sharing.SharingConfiguration;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads each recipient's entitlements as the resolver produces them, one recipient at a time, so
 * memory does not grow with the number of recipients. On restart it skips the recipients that
 * an earlier execution already committed. Not thread-safe: one instance per step execution.
 */
class EntitlementItemReader implements ItemStreamReader<Entitlements> {

	static final String READ_KEY = "recipientsRead";

	private final SharingConfiguration sharing;

	private final String onlyRecipient;

	private Stream<Entitlements> stream;

	private Iterator<Entitlements> iterator;

	private long read;

	/**
	 * @param sharing the checked sharing configuration
	 * @param onlyRecipient ODS code of the only recipient to read, or null for every recipient
	 */
	EntitlementItemReader(SharingConfiguration sharing, String onlyRecipient) {
		this.sharing = sharing;
		this.onlyRecipient = onlyRecipient;
	}

	@Override
	public void open(ExecutionContext context) {
		Stream<Entitlements> all = new EntitlementResolver().resolveEach(this.sharing);
		if (this.onlyRecipient != null) {
			all = all.filter((entitlements) -> entitlements.recipient().odsCode().equalsIgnoreCase(this.onlyRecipient));
		}
		this.read = context.getLong(READ_KEY, 0L);
		this.stream = all.skip(this.read);
		this.iterator = this.stream.iterator();
	}

	@Override
	public Entitlements read() {
		if (this.iterator.hasNext()) {
			this.read++;
			return this.iterator.next();
		}
		if (this.read == 0 && this.onlyRecipient != null) {
			throw new IllegalArgumentException("recipient " + this.onlyRecipient
					+ " is not named in the sharing configuration; check the ODS code");
		}
		return null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(READ_KEY, this.read);
	}

	@Override
	public void close() {
		if (this.stream != null) {
			this.stream.close();
		}
	}

}
