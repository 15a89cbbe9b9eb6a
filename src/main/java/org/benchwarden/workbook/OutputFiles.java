package org.benchwarden.workbook;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * File names and the temporary-file-then-rename step shared by the workbook and manifest writers.
 */
final class OutputFiles {

	/**
	 * ODS codes are upper-case letters and digits, and local codes for federations may add hyphens
	 * and underscores. Anything else could name a file in another folder or one that Windows
	 * rejects, so it is refused rather than rewritten.
	 */
	private static final Pattern FILE_SAFE_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");

	private OutputFiles() {
	}

	/** Returns {@code <ODS code>-<reporting date>.xlsx}, for example {@code QUE-2025-12-04.xlsx}. */
	static String workbookFileName(String odsCode, LocalDate reportingDate) {
		if (odsCode == null || !FILE_SAFE_CODE.matcher(odsCode).matches()) {
			throw new IllegalArgumentException("recipient ODS code \"" + odsCode
					+ "\" cannot name a workbook file: it must be upper-case letters A-Z, digits and hyphens or"
					+ " underscores, starting with a letter or digit; correct the code in the organisation"
					+ " configuration");
		}
		return odsCode + "-" + reportingDate + ".xlsx";
	}

	/**
	 * Creates an empty temporary file beside the target, named {@code .<file name>.<random>.part} so
	 * that two writes of the same file cannot share it and a listing of {@code *.xlsx} never matches it.
	 */
	static Path createTemporary(Path directory, String fileName) throws IOException {
		return Files.createTempFile(directory, "." + fileName + ".", ".part");
	}

	/**
	 * Moves the finished temporary file onto the target in one step where the file system supports
	 * it, replacing an older file of the same name.
	 */
	static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// NOTE: without an atomic rename the old file may go before the new one arrives, so a
			// reader can briefly find neither. The new file is complete before the move starts.
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	static String hex(byte[] digest) {
		return HexFormat.of().formatHex(digest);
	}

}
