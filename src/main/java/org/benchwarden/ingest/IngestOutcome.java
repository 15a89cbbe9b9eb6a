package org.benchwarden.ingest;

/**
 * Outcome of one inbox file, used as the exit code of its partition step.
 */
enum IngestOutcome {

	LOADED, QUARANTINED, DUPLICATE;

	static final String CONTEXT_KEY = "ingest.outcome";

	static final String REASON_KEY = "ingest.reason";

	static final String SOURCE_FILE_ID_KEY = "ingest.sourceFileId";

}
