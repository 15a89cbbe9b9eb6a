package org.benchwarden.workbook;

import java.nio.file.Path;
import java.util.List;

import org.benchwarden.access.Withheld;

/**
 * A workbook that is in place under its final name.
 *
 * @param file the workbook file
 * @param sha256 SHA-256 of the file's bytes, lower-case hexadecimal
 * @param figureCount number of figures written, whatever their status; each appears once on its
 * view's sheet and once on the Data sheet
 * @param figuresWithheld figure-level withholdings summarised as one entry per view and subject,
 * naming the metrics affected; the view-level ones stay in the entitlements
 */
public record WrittenWorkbook(Path file, String sha256, long figureCount, List<Withheld> figuresWithheld) {

	public WrittenWorkbook {
		figuresWithheld = List.copyOf(figuresWithheld);
	}

}
