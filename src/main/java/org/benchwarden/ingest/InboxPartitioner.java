package org.benchwarden.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the ingest into one partition per file in the inbox, so each file is loaded, counted
 * and restarted on its own. {@link FileNameOrderSplitter} runs them in file name order. Hidden
 * files and files still being written ({@code .part}, {@code .tmp}) are left for the next run.
 */
class InboxPartitioner implements Partitioner {

	static final String FILE_KEY = "file";

	private static final Logger logger = LoggerFactory.getLogger(InboxPartitioner.class);

	private final Path inbox;

	InboxPartitioner(Path inbox) {
		this.inbox = inbox;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		List<Path> files = listInbox();
		for (Path file : files) {
			ExecutionContext context = new ExecutionContext();
			context.putString(FILE_KEY, file.toString());
			partitions.put("file:" + file.getFileName(), context);
		}
		logger.info("Found {} files in inbox [{}]", files.size(), this.inbox);
		return partitions;
	}

	private List<Path> listInbox() {
		if (!Files.isDirectory(this.inbox)) {
			logger.warn("Inbox [{}] does not exist, so no files were read; create it or fix the job definition",
					this.inbox);
			return List.of();
		}
		try (Stream<Path> entries = Files.list(this.inbox)) {
			return entries.filter(Files::isRegularFile).filter(InboxPartitioner::isReady).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list inbox " + this.inbox, ex);
		}
	}

	private static boolean isReady(Path file) {
		String name = file.getFileName().toString();
		return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp");
	}

}
