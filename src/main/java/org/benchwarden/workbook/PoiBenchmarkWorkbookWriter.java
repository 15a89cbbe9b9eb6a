package org.benchwarden.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.benchwarden.access.Aggregate;
import org.benchwarden.access.View;
import org.benchwarden.access.Withheld;
import org.benchwarden.activity.Metric;
import org.benchwarden.benchmark.Figure;
import org.benchwarden.benchmark.FigureStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one recipient's benchmark workbook with Apache POI's streaming SXSSF API: a Cover sheet,
 * one sheet per view, and a Data sheet holding every figure in long format. Figures stream from a
 * {@link FigureSource} view by view, so memory use does not grow with the number of figures.
 * <p>
 * The workbook is written to a temporary file in the output folder and renamed into place, so no
 * reader ever sees a half-written workbook, and the temporary file is deleted when anything fails.
 * A figure outside its view's entitlements (another view, a practice or aggregate the view does not
 * list, a metric the view does not show) fails the whole write, because the writer is the last
 * step before data leaves the system.
 * <p>
 * Thread-safe: the writer keeps no state between calls, so one instance may write several
 * workbooks at once on different threads.
 */
public final class PoiBenchmarkWorkbookWriter {

	private static final Logger logger = LoggerFactory.getLogger(PoiBenchmarkWorkbookWriter.class);

	/** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
	private static final int ROW_WINDOW = 200;

	static final String DOCUMENT_CREATOR = "Benchwarden";

	static final String DOCUMENT_TITLE = "Benchmark workbook";

	/**
	 * Writes the workbook as {@code <ODS code>-<reporting date>.xlsx} in the output folder,
	 * replacing an older file of that name.
	 * @throws IOException if the folder is missing or the file cannot be written
	 * @throws IllegalArgumentException if the recipient's ODS code cannot name a file
	 * @throws IllegalStateException if a figure falls outside its view or its metric is not in the
	 * catalogue
	 */
	public WrittenWorkbook write(WorkbookRequest request, FigureSource figures, Path outputDirectory)
			throws IOException {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(figures, "figures");
		Objects.requireNonNull(outputDirectory, "outputDirectory");
		if (!Files.isDirectory(outputDirectory)) {
			throw new NoSuchFileException(outputDirectory.toString(), null,
					"output folder for workbooks does not exist; create it or correct the configured path");
		}
		String fileName = OutputFiles.workbookFileName(request.entitlements().recipient().odsCode(),
				request.reportingDate());
		Path target = outputDirectory.resolve(fileName);

		Path temporary = OutputFiles.createTemporary(outputDirectory, fileName);
		try {
			Result result = writeTo(temporary, fileName, request, figures);
			OutputFiles.moveIntoPlace(temporary, target);
			logger.debug("Wrote workbook [{}] with {} figures in {} views", target, result.figureCount,
					request.entitlements().views().size());
			return new WrittenWorkbook(target, result.sha256, result.figureCount, result.figuresWithheld);
		}
		catch (IOException | RuntimeException | Error ex) {
			deleteQuietly(temporary, ex);
			throw ex;
		}
	}

	private record Result(String sha256, long figureCount, List<Withheld> figuresWithheld) {
	}

	private Result writeTo(Path temporary, String fileName, WorkbookRequest request, FigureSource figures)
			throws IOException {
		// SXSSF flushes rows to temporary files under java.io.tmpdir until dispose(); gzip keeps them small.
		SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
		try {
			setDocumentProperties(workbook);
			WorkbookStyles styles = new WorkbookStyles(workbook);
			CoverSheet cover = new CoverSheet(workbook, styles);
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);

			SheetNames sheetNames = new SheetNames();
			List<CoverSheet.ViewEntry> viewEntries = new ArrayList<>();
			List<ViewSheet> viewSheets = new ArrayList<>();
			for (View view : request.entitlements().views()) {
				String sheetName = sheetNames.nameFor(view);
				viewSheets.add(new ViewSheet(workbook, styles, view, sheetName));
				viewEntries.add(new CoverSheet.ViewEntry(view, sheetName, 0));
			}
			DataSheet data = new DataSheet(workbook, styles);

			WithheldSummary withheld = new WithheldSummary();
			long figureCount = 0;
			for (int index = 0; index < viewSheets.size(); index++) {
				CoverSheet.ViewEntry entry = viewEntries.get(index);
				ViewSheet sheet = viewSheets.get(index);
				FigureWriter writer = new FigureWriter(fileName, entry, sheet, data, withheld, request);
				figures.forEachFigure(entry.view(), writer::write);
				sheet.finish();
				viewEntries.set(index, new CoverSheet.ViewEntry(entry.view(), entry.sheetName(), sheet.figureCount()));
				figureCount += sheet.figureCount();
			}
			data.finish();

			List<Withheld> figuresWithheld = withheld.entries();
			List<Withheld> allWithheld = new ArrayList<>(request.entitlements().withheld());
			allWithheld.addAll(figuresWithheld);
			cover.write(request, viewEntries, allWithheld);

			String sha256 = save(workbook, temporary);
			return new Result(sha256, figureCount, figuresWithheld);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static void setDocumentProperties(SXSSFWorkbook workbook) {
		PackageProperties properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties()
			.getUnderlyingProperties();
		properties.setTitleProperty(DOCUMENT_TITLE);
		properties.setCreatorProperty(DOCUMENT_CREATOR);
	}

	/** Writes the workbook, forces it to disk and returns the SHA-256 of the bytes written. */
	private static String save(SXSSFWorkbook workbook, Path temporary) throws IOException {
		MessageDigest digest = sha256();
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest);
			workbook.write(out);
			out.flush();
			channel.force(true);
		}
		return OutputFiles.hex(digest.digest());
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime, which every Java SE runtime must provide", ex);
		}
	}

	private static void deleteQuietly(Path temporary, Throwable cause) {
		try {
			Files.deleteIfExists(temporary);
		}
		catch (IOException ex) {
			cause.addSuppressed(ex);
			logger.error("Could not delete temporary workbook [{}]; delete it by hand", temporary, ex);
		}
	}

	/** Checks each figure against its view and writes it to the view's sheet and the Data sheet. */
	private static final class FigureWriter {

		private final String fileName;

		private final CoverSheet.ViewEntry entry;

		private final ViewSheet sheet;

		private final DataSheet data;

		private final WithheldSummary withheld;

		private final WorkbookRequest request;

		private final Set<String> subjects = new HashSet<>();

		FigureWriter(String fileName, CoverSheet.ViewEntry entry, ViewSheet sheet, DataSheet data,
				WithheldSummary withheld, WorkbookRequest request) {
			this.fileName = fileName;
			this.entry = entry;
			this.sheet = sheet;
			this.data = data;
			this.withheld = withheld;
			this.request = request;
			View view = entry.view();
			if (view.kind().isAggregate()) {
				view.aggregates().stream().map(Aggregate::code).forEach(this.subjects::add);
			}
			else {
				this.subjects.addAll(view.organisations());
			}
		}

		void write(Figure figure) {
			Metric metric = check(figure);
			this.sheet.add(figure, metric);
			this.data.add(this.entry.view(), this.entry.sheetName(), figure, metric);
			if (figure.status() == FigureStatus.WITHHELD) {
				this.withheld.add(this.entry.view(), this.entry.sheetName(), figure);
			}
		}

		private Metric check(Figure figure) {
			View view = this.entry.view();
			String subject = (figure.aggregate() ? "aggregate " : "practice ") + figure.subjectCode() + ", metric "
					+ figure.metricCode() + ", period " + figure.period();
			if (!view.id().equals(figure.viewId())) {
				throw outside(subject + " belongs to view \"" + figure.viewId() + "\"");
			}
			if (figure.aggregate() != view.kind().isAggregate()) {
				throw outside(subject + " is " + (figure.aggregate() ? "an aggregate" : "organisation-level")
						+ " but the view is " + view.kind().label().toLowerCase(java.util.Locale.ROOT));
			}
			if (!this.subjects.contains(figure.subjectCode())) {
				throw outside(subject + " is not among the " + (figure.aggregate() ? "aggregates" : "organisations")
						+ " the view lists");
			}
			if (!view.showsMetric(figure.metricCode())) {
				throw outside(subject + " is for a metric the view does not show");
			}
			if (figure.status() == null) {
				throw outside(subject + " has no status");
			}
			Metric metric = this.request.metrics().get(figure.metricCode());
			if (metric == null) {
				throw new IllegalStateException(this.fileName + ", view \"" + view.id() + "\": " + subject
						+ " names a metric missing from the metric catalogue; add the metric to the catalogue"
						+ " or drop its figures");
			}
			return metric;
		}

		private IllegalStateException outside(String problem) {
			return new IllegalStateException(this.fileName + ", view \"" + this.entry.view().id() + "\": " + problem
					+ ", so the figure source returned data outside the recipient's entitlements and the workbook"
					+ " was not written; fix the query behind the figure source");
		}

	}

}
