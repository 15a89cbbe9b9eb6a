package org.benchwarden.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import org.benchwarden.job.InboxMode;

/**
 * Moves or copies a finished inbox file into a dated folder under the archive or quarantine
 * folder, never overwriting and never deleting anything already there.
 */
class InboxFileMover {

	private final InboxMode mode;

	InboxFileMover(InboxMode mode) {
		this.mode = mode;
	}

	/** Returns how the file leaves the inbox, for log lines: "copied to" or "moved to". */
	String verb() {
		return (this.mode == InboxMode.COPY) ? "copied to" : "moved to";
	}

	/** Puts the file under {@code folder/<date>/} and returns where it now is. */
	Path file(Path source, Path folder, LocalDate date) {
		try {
			Path target = freeName(Files.createDirectories(folder.resolve(date.toString())), source.getFileName().toString());
			if (this.mode == InboxMode.COPY) {
				Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
			}
			else {
				try {
					Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(source, target);
				}
			}
			restrictToOwner(target);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot file " + source + " under " + folder
					+ "; check that the folder exists and is writable", ex);
		}
	}

	/** Writes the reason beside a quarantined file, so the reason is next to the file for anyone who opens the folder. */
	void writeReason(Path quarantinedFile, String reason) {
		Path note = quarantinedFile.resolveSibling(quarantinedFile.getFileName() + ".reason.txt");
		try {
			Files.writeString(note, reason + System.lineSeparator(), StandardCharsets.UTF_8);
			restrictToOwner(note);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + note, ex);
		}
	}

	/**
	 * Makes a file readable and writable by its owner only, where the file system has POSIX
	 * permissions. Practice files carry activity figures, and a quarantined one may carry patient
	 * identifiers, so no one else on the machine should read them.
	 */
	static void restrictToOwner(Path file) throws IOException {
		if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	private static Path freeName(Path folder, String fileName) {
		Path candidate = folder.resolve(fileName);
		int dot = fileName.lastIndexOf('.');
		String stem = (dot > 0) ? fileName.substring(0, dot) : fileName;
		String extension = (dot > 0) ? fileName.substring(dot) : "";
		for (int copy = 2; Files.exists(candidate); copy++) {
			candidate = folder.resolve(stem + "-" + copy + extension);
		}
		return candidate;
	}

}
