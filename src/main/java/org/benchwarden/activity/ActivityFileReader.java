package org.benchwarden.activity;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens activity files: decodes the text, reads the header, recognises the format and runs the
 * checks that reject a whole file. The records are then read one at a time through the returned
 * {@link ActivityFile}. The formats and rules are described in docs/activity-formats.md.
 * <p>
 * Thread-safe and reusable, provided the practice predicate is: each call of {@link #open} has its
 * own state.
 */
public final class ActivityFileReader {

	private static final Logger logger = LoggerFactory.getLogger(ActivityFileReader.class);

	/**
	 * RFC 4180 with empty lines kept as records, so that the reader can count them. There is no
	 * comment marker: a practice named {@code #1 Health Centre} may start a line.
	 */
	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	/** {@code PREVALENCE_2021...} is QOF year 2020/21: two two-digit years in a row. */
	private static final Pattern QOF_YEAR_IN_NAME = Pattern.compile("(?i)PREVALENCE[_-]?(\\d{2})(\\d{2})");

	private final MetricCatalogue catalogue;

	private final Predicate<String> knownPractice;

	/**
	 * @param catalogue the metrics files may carry
	 * @param knownPractice whether an upper-case practice ODS code is in the organisation mapping
	 */
	public ActivityFileReader(MetricCatalogue catalogue, Predicate<String> knownPractice) {
		this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
		this.knownPractice = Objects.requireNonNull(knownPractice, "knownPractice");
	}

	/**
	 * Opens the file and checks its header. The caller closes the returned file.
	 * @throws RejectedFileException when the whole file must not load, with a message that names the
	 * file and the fix
	 */
	public ActivityFile open(Path file) throws RejectedFileException {
		String fileName = file.getFileName().toString();
		rejectSpreadsheet(file, fileName);
		Charset charset = charset(file, fileName);

		BufferedReader reader = null;
		CSVParser parser = null;
		try {
			reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
			skipByteOrderMark(reader);
			parser = CSVParser.builder().setReader(reader).setFormat(CSV).get();
			Iterator<CSVRecord> records = parser.iterator();
			Header header = header(fileName, records);
			ActivityFormat format = FormatRecognition.recognise(fileName, header, this.catalogue);
			RecordMapper mapper = mapper(fileName, format, header);
			return new CsvActivityFile(fileName, format, parser, header, mapper);
		}
		catch (IOException | UncheckedIOException ex) {
			closeQuietly(reader);
			throw new RejectedFileException(fileName, "the file cannot be read (" + ex.getMessage()
					+ "); check that it is a complete CSV file and drop it into the inbox again", ex);
		}
		catch (RejectedFileException | RuntimeException ex) {
			closeQuietly(reader);
			throw ex;
		}
	}

	/**
	 * Rejects spreadsheet files before any decoding, with a message that asks the operator to save
	 * the file as CSV. They are never unpacked, so a zip bomb costs no more than reading its first
	 * bytes.
	 */
	private static void rejectSpreadsheet(Path file, String fileName) throws RejectedFileException {
		Optional<String> kind;
		try {
			kind = TextEncoding.spreadsheetKind(file);
		}
		catch (IOException ex) {
			throw new RejectedFileException(fileName,
					"the file cannot be read (" + ex.getMessage() + "); check that it exists and can be read", ex);
		}
		if (kind.isPresent()) {
			throw new RejectedFileException(fileName, "the file is a spreadsheet (" + kind.get()
					+ "), and Benchwarden reads CSV text only; open it in Excel or LibreOffice, save it as CSV UTF-8"
					+ " and drop the CSV file into the inbox again");
		}
	}

	private static Charset charset(Path file, String fileName) throws RejectedFileException {
		try {
			boolean byteOrderMark = TextEncoding.startsWithByteOrderMark(file);
			Charset charset = TextEncoding.detect(file);
			if (byteOrderMark && !charset.equals(StandardCharsets.UTF_8)) {
				throw new RejectedFileException(fileName, "the file starts with a UTF-8 byte order mark but is not"
						+ " valid UTF-8 text; save it again as CSV UTF-8 and drop it into the inbox again");
			}
			if (!charset.equals(StandardCharsets.UTF_8)) {
				logger.warn("[{}] is not valid UTF-8, so it is read as Windows-1252 text", fileName);
			}
			return charset;
		}
		catch (TextEncoding.UndecodableTextException ex) {
			throw new RejectedFileException(fileName, "byte " + ex.byteOffset()
					+ " is neither UTF-8 nor Windows-1252 text; save the file as CSV UTF-8 and drop it into the inbox again",
					ex);
		}
		catch (IOException ex) {
			throw new RejectedFileException(fileName,
					"the file cannot be read (" + ex.getMessage() + "); check that it exists and can be read", ex);
		}
	}

	private static void skipByteOrderMark(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != BYTE_ORDER_MARK) {
			reader.reset();
		}
	}

	private static Header header(String fileName, Iterator<CSVRecord> records) throws RejectedFileException {
		if (!records.hasNext()) {
			throw new RejectedFileException(fileName,
					"the file is empty; it must start with a header line naming the columns");
		}
		List<String> names = records.next().toList();
		if (names.stream().allMatch((name) -> HeaderNames.trim(name).isEmpty())) {
			throw new RejectedFileException(fileName,
					"line 1 is blank; put the header naming the columns on line 1 and drop the file into the inbox again");
		}
		return Header.of(fileName, names);
	}

	private RecordMapper mapper(String fileName, ActivityFormat format, Header header) throws RejectedFileException {
		Set<String> known = FormatRecognition.knownColumns(format);
		Map<String, Metric> metricColumns = new LinkedHashMap<>();
		if (format == ActivityFormat.PRACTICE_EXPORT) {
			metricColumns = metricColumns(fileName, header, known);
			known.addAll(metricColumns.keySet());
		}
		warnIgnoredColumns(fileName, format, header, known);

		return switch (format) {
			case NATIVE_CSV -> new NativeCsvMapper(this.catalogue, this.knownPractice);
			case PRACTICE_EXPORT -> new PracticeExportMapper(this.knownPractice, metricColumns);
			case QOF_PREVALENCE -> new QofPrevalenceMapper(this.catalogue, this.knownPractice, qofYear(fileName),
					header.has("groupcode") ? "groupcode" : "indicatorgroupcode",
					header.has("practicelistsize") ? "practicelistsize" : "patientlistsize");
			case GPAD_CROSSTAB -> new GpadCrosstabMapper(this.knownPractice);
		};
	}

	private Map<String, Metric> metricColumns(String fileName, Header header, Set<String> known)
			throws RejectedFileException {
		Map<String, Metric> metricColumns = new LinkedHashMap<>();
		for (String name : header.names()) {
			String normalised = HeaderNames.normalise(name);
			if (known.contains(normalised)) {
				continue;
			}
			Optional<Metric> metric = this.catalogue.findByColumn(name);
			metric.ifPresent((found) -> metricColumns.put(normalised, found));
		}
		if (metricColumns.isEmpty()) {
			throw new RejectedFileException(fileName, "the header has no metric column; found columns "
					+ String.join(", ", header.names()) + "; name each metric column as the metric catalogue's"
					+ " columns list it, such as Consultations or ListSize, and drop the file into the inbox again");
		}
		return metricColumns;
	}

	private static void warnIgnoredColumns(String fileName, ActivityFormat format, Header header, Set<String> known) {
		List<String> ignored = header.names()
			.stream()
			.filter((name) -> !known.contains(HeaderNames.normalise(name)))
			.toList();
		if (!ignored.isEmpty()) {
			logger.warn("[{}] ignores columns {}, which are neither {} columns nor metric columns of the catalogue",
					fileName, ignored, format.displayName());
		}
	}

	private static Period qofYear(String fileName) throws RejectedFileException {
		Matcher matcher = QOF_YEAR_IN_NAME.matcher(fileName);
		if (matcher.find()) {
			int first = Integer.parseInt(matcher.group(1));
			int second = Integer.parseInt(matcher.group(2));
			if (second == (first + 1) % 100) {
				return Period.ofFinancialYear(2000 + first);
			}
		}
		throw new RejectedFileException(fileName, "the QOF year is not in the file name, and a QOF prevalence file"
				+ " does not carry it; name the file PREVALENCE_YYYY.csv with the two years of the QOF year,"
				+ " such as PREVALENCE_2021.csv for 2020/21, and drop it into the inbox again");
	}

	/** Closes the reader of a file that is being rejected, which also releases its parser. */
	private static void closeQuietly(Closeable reader) {
		if (reader == null) {
			return;
		}
		try {
			reader.close();
		}
		catch (IOException ex) {
			logger.debug("closing a rejected file failed", ex);
		}
	}

}
