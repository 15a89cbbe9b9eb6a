package org.benchwarden.organisation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the practice hierarchy from the mapping files that NHS England publishes, by header name:
 * the GP registrations mapping ({@code gp-reg-pat-prac-map}: {@code PCN_CODE},
 * {@code SUB_ICB_LOCATION_CODE}, {@code ICB_CODE}, {@code COMM_REGION_CODE}) and the QOF geography
 * mapping ({@code MAPPING_NHS_GEOGRAPHIES}: {@code PCN_ODS_CODE}, {@code CCG_ODS_CODE},
 * {@code STP_ODS_CODE}, {@code REGION_ODS_CODE}, where CCG and STP are the older names of Sub-ICB
 * location and ICB). Each level is taken from the row as published, because the published
 * hierarchy is not always strictly nested. Stateless and thread-safe.
 */
public final class PracticeMappingFileReader {

	private static final Logger logger = LoggerFactory.getLogger(PracticeMappingFileReader.class);

	private static final Level PRACTICE = new Level(OrganisationType.PRACTICE, List.of("PRACTICE_CODE"),
			List.of("PRACTICE_NAME"));

	private static final List<Level> PARENT_LEVELS = List.of(
			new Level(OrganisationType.PCN, List.of("PCN_CODE", "PCN_ODS_CODE"), List.of("PCN_NAME")),
			new Level(OrganisationType.SUB_ICB, List.of("SUB_ICB_LOCATION_CODE", "CCG_ODS_CODE", "CCG_CODE"),
					List.of("SUB_ICB_LOCATION_NAME", "CCG_NAME")),
			new Level(OrganisationType.ICB, List.of("ICB_CODE", "STP_ODS_CODE", "STP_CODE"),
					List.of("ICB_NAME", "STP_NAME")),
			new Level(OrganisationType.REGION, List.of("COMM_REGION_CODE", "REGION_ODS_CODE", "REGION_CODE"),
					List.of("COMM_REGION_NAME", "REGION_NAME")));

	/**
	 * Adds every practice in the file to the builder, and returns how many practices were read.
	 * @throws MappingFileException if the file cannot be read or lacks the practice or PCN column
	 */
	public int read(Path file, OrganisationDirectory.Builder directory) {
		try (Reader reader = open(file);
				CSVParser parser = CSVParser.builder()
					.setReader(reader)
					.setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
					.get()) {
			Map<String, Integer> columns = normalisedHeader(parser.getHeaderNames());
			Columns practice = PRACTICE.locate(columns);
			if (practice.code() < 0) {
				throw new MappingFileException(file.getFileName() + ": no PRACTICE_CODE column in the header "
						+ parser.getHeaderNames() + "; use the registrations mapping (gp-reg-pat-prac-map) "
						+ "or the QOF geography mapping (MAPPING_NHS_GEOGRAPHIES) as published");
			}
			List<Columns> parents = PARENT_LEVELS.stream().map((level) -> level.locate(columns)).toList();
			if (parents.get(0).code() < 0) {
				throw new MappingFileException(file.getFileName() + ": no PCN column (PCN_CODE or PCN_ODS_CODE) in "
						+ "the header " + parser.getHeaderNames() + "; use a mapping file that names each practice's PCN");
			}

			int practices = 0;
			int skipped = 0;
			for (CSVRecord record : parser) {
				Organisation practiceOrganisation = practice.organisation(record);
				if (practiceOrganisation == null) {
					skipped++;
					continue;
				}
				directory.add(new PracticeMapping(practiceOrganisation, parents.get(0).organisation(record),
						parents.get(1).organisation(record), parents.get(2).organisation(record),
						parents.get(3).organisation(record)));
				practices++;
			}
			if (skipped > 0) {
				logger.warn("Ignored {} rows without a practice code in mapping file [{}]", skipped, file);
			}
			logger.info("Read {} practices from mapping file [{}]", practices, file);
			return practices;
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new MappingFileException(file + ": cannot read the mapping file (" + ex.getMessage()
					+ "); check that the path in the job definition is right and the file is readable", ex);
		}
	}

	private static Reader open(Path file) throws IOException {
		// Organisation names are the only non-ASCII text in these files, and codes are plain ASCII.
		// So a stray Windows-1252 byte in a name becomes U+FFFD rather than stopping the run.
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		var input = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
		return new java.io.BufferedReader(new java.io.InputStreamReader(input, decoder));
	}

	private static Map<String, Integer> normalisedHeader(List<String> names) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			columns.putIfAbsent(names.get(i).replace('\u00A0', ' ').strip().toUpperCase(Locale.ROOT), i);
		}
		return columns;
	}

	private record Level(OrganisationType type, List<String> codeColumns, List<String> nameColumns) {

		Columns locate(Map<String, Integer> columns) {
			return new Columns(this.type, first(columns, this.codeColumns), first(columns, this.nameColumns));
		}

		private static int first(Map<String, Integer> columns, List<String> candidates) {
			return candidates.stream()
				.filter(columns::containsKey)
				.map(columns::get)
				.findFirst()
				.orElse(-1);
		}

	}

	private record Columns(OrganisationType type, int code, int name) {

		Organisation organisation(CSVRecord record) {
			if (this.code < 0 || this.code >= record.size()) {
				return null;
			}
			String odsCode = record.get(this.code).strip();
			if (odsCode.isEmpty()) {
				return null;
			}
			String name = (this.name >= 0 && this.name < record.size()) ? record.get(this.name) : null;
			return new Organisation(odsCode, name, this.type);
		}

	}

}
