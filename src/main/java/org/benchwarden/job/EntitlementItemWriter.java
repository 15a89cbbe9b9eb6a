package org.benchwarden.job;

import org.benchwarden.access.Entitlements;
import org.benchwarden.benchmark.RecipientRepository;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of recipients' entitlements, with the practices behind each view, in the chunk's
 * transaction.
 */
class EntitlementItemWriter implements ItemWriter<Entitlements> {

	private final RecipientRepository recipients;

	private final long jobInstanceId;

	EntitlementItemWriter(RecipientRepository recipients, long jobInstanceId) {
		this.recipients = recipients;
		this.jobInstanceId = jobInstanceId;
	}

	@Override
	public void write(Chunk<? extends Entitlements> chunk) {
		for (Entitlements entitlements : chunk) {
			this.recipients.save(this.jobInstanceId, entitlements);
		}
	}

}
