package org.benchwarden.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's {@code manifest.json} beside its workbooks, through a temporary file renamed into
 * place so that no reader sees half a manifest, and reads it back. Dates are ISO-8601 text, and the
 * production time keeps its UTC offset.
 * <p>
 * Thread-safe, but two threads writing manifests to the same folder replace each other's file, so
 * a run writes its manifest once, after its last workbook.
 */
public final class RunManifestWriter {

	public static final String FILE_NAME = "manifest.json";

	private final JsonMapper mapper = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
		.build();

	/**
	 * Writes the manifest as {@code manifest.json} in the output folder, replacing an older one.
	 * @return the manifest file
	 * @throws IOException if the folder is missing or the file cannot be written
	 */
	public Path write(RunManifest manifest, Path outputDirectory) throws IOException {
		return write(manifest, outputDirectory, FILE_NAME);
	}

	/**
	 * Writes the manifest under the given file name in the output folder, replacing an older one.
	 * A run for a single recipient uses its own name so that it leaves the full run's manifest
	 * alone.
	 * @return the manifest file
	 * @throws IOException if the folder is missing or the file cannot be written
	 */
	public Path write(RunManifest manifest, Path outputDirectory, String fileName) throws IOException {
		Objects.requireNonNull(manifest, "manifest");
		Objects.requireNonNull(outputDirectory, "outputDirectory");
		Objects.requireNonNull(fileName, "fileName");
		if (!Files.isDirectory(outputDirectory)) {
			throw new NoSuchFileException(outputDirectory.toString(), null,
					"output folder for the run manifest does not exist; create it or correct the configured path");
		}
		Path target = outputDirectory.resolve(fileName);

		Path temporary = OutputFiles.createTemporary(outputDirectory, fileName);
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				this.mapper.writeValue(out, manifest);
			}
			OutputFiles.moveIntoPlace(temporary, target);
			return target;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
	}

	/**
	 * Reads a manifest written by {@link #write}.
	 * @throws IOException if the file cannot be read or is not a run manifest
	 */
	public RunManifest read(Path manifestFile) throws IOException {
		try {
			return this.mapper.readValue(manifestFile.toFile(), RunManifest.class);
		}
		catch (JacksonException ex) {
			throw new IOException(manifestFile + ": not a valid run manifest (" + ex.getOriginalMessage()
					+ "); write it again with RunManifestWriter", ex);
		}
	}

}
