import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic input for a benchmark run of the nightly job into one folder. The folder gets
 * a practice mapping for a national-scale hierarchy, GPAD practice crosstab files with about the
 * requested number of rows, a QOF prevalence file, a sharing configuration and a job definition.
 * The same arguments always give the same files, because every value comes from a seeded Random.
 *
 * <p>Run with the JDK alone: {@code java benchmark/GenerateBenchmarkInput.java --out DIR --rows N}.
 * Options:
 * <ul>
 * <li>{@code --out DIR} folder to write into; it must be empty or missing (required)</li>
 * <li>{@code --rows N} GPAD crosstab rows over all months (default 500000)</li>
 * <li>{@code --months M} months of GPAD files, ending with the month before the reporting date (default 3)</li>
 * <li>{@code --date YYYY-MM-DD} reporting date the job will run for (default 2026-12-01)</li>
 * <li>{@code --practices P} practices (default 6500); PCNs, Sub-ICB locations, ICBs and regions scale with it</li>
 * <li>{@code --seed S} seed of the random values (default 1)</li>
 * <li>{@code --mapping FILE} an NHS practice mapping to use instead of the synthetic hierarchy; give it
 * more than once for several files, oldest first. The sharing configuration is built from the last
 * file, and no activity files are written, so the caller puts real activity files in the inbox.</li>
 * <li>{@code --sharing-icbs CODE,CODE} limit the sharing configuration to the practices of these ICBs
 * (default: every ICB); fewer recipients make a shorter run</li>
 * <li>{@code --periods all|N} the job's period rule: every period, or those that ended in the N months
 * up to the reporting date (default 12)</li>
 * </ul>
 */
public class GenerateBenchmarkInput {

	// Approximate shape of England's hierarchy in 2025: 6,500 practices, 1,250 PCNs, 106 Sub-ICB
	// locations, 42 ICBs and 7 commissioning regions.
	private static final double PRACTICES_PER_PCN = 6500.0 / 1250;

	private static final double PCNS_PER_SUB_ICB = 1250.0 / 106;

	private static final double SUB_ICBS_PER_ICB = 106.0 / 42;

	private static final double ICBS_PER_REGION = 42.0 / 7;

	private static final String[] HCP_TYPES = { "GP", "Other Practice staff", "Unknown" };

	private static final String[] APPOINTMENT_MODES = { "Face-to-Face", "Telephone", "Video Conference/Online",
			"Home Visit", "Unknown" };

	private static final String[] NATIONAL_CATEGORIES = { "General Consultation Acute", "General Consultation Routine",
			"Planned Clinics", "Clinical Triage", "Structured Medication Review", "Unplanned Clinical Activity",
			"Care Home Visit", "Home Visit", "Inconsistent Mapping", "Unmapped" };

	private static final String[] BOOKING_INTERVALS = { "Same Day", "1 Day", "2 to 7 Days", "8  to 14 Days",
			"15  to 21 Days", "22  to 28 Days", "More than 28 Days", "Unknown / Data Quality" };

	private static final String[] STATUSES = { "Attended", "DNA", "Unknown" };

	private static final String[] QOF_GROUPS = { "AF", "AST", "CAN", "CHD", "CKD", "COPD", "CVDPP", "DEM", "DEP", "DM",
			"EP", "HF", "HYP", "LD", "MH", "NDH", "OB", "OST", "PAD", "PC", "RA", "SMOK", "STIA" };

	private static final DateTimeFormatter GPAD_MONTH = DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH);

	record Practice(String code, String name, String pcn, String subIcb, String icb, String region) {
	}

	record Options(Path out, long rows, int months, YearMonth reportingMonth, int practices, long seed,
			List<Path> mappings, String periods, List<String> sharingIcbs) {
	}

	public static void main(String[] args) throws IOException {
		Options options;
		try {
			options = parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println("usage: java benchmark/GenerateBenchmarkInput.java --out DIR [--rows N] [--months M] "
					+ "[--date YYYY-MM-DD] [--practices P] [--seed S] [--mapping FILE]... [--sharing-icbs CODE,CODE] "
					+ "[--periods all|N]");
			System.exit(2);
			return;
		}
		if (Files.exists(options.out())) {
			try (var entries = Files.list(options.out())) {
				if (entries.findAny().isPresent()) {
					System.err.println(options.out() + " is not empty; delete it or choose another --out folder");
					System.exit(2);
				}
			}
		}

		Random random = new Random(options.seed());
		Path inbox = Files.createDirectories(options.out().resolve("inbox"));
		Path sharing = Files.createDirectories(options.out().resolve("sharing"));

		List<Practice> practices;
		List<Path> mappings;
		long gpadRows = 0;
		long qofRows = 0;
		if (options.mappings().isEmpty()) {
			practices = hierarchy(options.practices());
			mappings = List.of(options.out().resolve("practice-mapping.csv").toAbsolutePath());
			writeMapping(mappings.get(0), practices);
			gpadRows = writeGpadFiles(inbox, practices, options, random);
			qofRows = writeQofPrevalence(inbox, practices, options.reportingMonth(), random);
		}
		else {
			mappings = options.mappings().stream().map(Path::toAbsolutePath).toList();
			practices = readMapping(mappings.get(mappings.size() - 1));
		}
		List<Practice> sharingPractices = options.sharingIcbs().isEmpty() ? practices
				: practices.stream().filter((practice) -> options.sharingIcbs().contains(practice.icb())).toList();
		if (sharingPractices.isEmpty()) {
			System.err.println("no practice belongs to the ICBs " + options.sharingIcbs() + "; check --sharing-icbs");
			System.exit(2);
		}
		int agreements = writeSharing(sharing, sharingPractices);
		writeJobDefinition(options.out(), inbox, sharing, mappings, options.periods());

		System.out.printf("Wrote %d GPAD rows, %d QOF prevalence rows, %d practices (%d in the sharing configuration), "
				+ "%d PCNs, %d ICBs, %d agreements into %s%n", gpadRows, qofRows, practices.size(), sharingPractices.size(),
				distinct(practices, Practice::pcn).size(), distinct(practices, Practice::icb).size(), agreements,
				options.out());
	}

	private static List<String> distinct(List<Practice> practices, java.util.function.Function<Practice, String> level) {
		return practices.stream().map(level).distinct().sorted().toList();
	}

	private static Options parse(String[] args) {
		Path out = null;
		long rows = 500_000;
		int months = 3;
		YearMonth reportingMonth = YearMonth.of(2026, 12);
		int practices = 6500;
		long seed = 1;
		List<Path> mappings = new ArrayList<>();
		String periods = "12";
		List<String> sharingIcbs = List.of();

		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option " + name + " has no value");
			}
			String value = args[++i];
			switch (name) {
				case "--out" -> out = Path.of(value);
				case "--rows" -> rows = Long.parseLong(value);
				case "--months" -> months = Integer.parseInt(value);
				case "--date" -> reportingMonth = YearMonth.from(java.time.LocalDate.parse(value));
				case "--practices" -> practices = Integer.parseInt(value);
				case "--seed" -> seed = Long.parseLong(value);
				case "--mapping" -> mappings.add(Path.of(value));
				case "--periods" -> periods = value;
				case "--sharing-icbs" -> sharingIcbs = List.of(value.toUpperCase(Locale.ROOT).split(","));
				default -> throw new IllegalArgumentException("unknown option " + name);
			}
		}

		if (out == null) {
			throw new IllegalArgumentException("missing --out DIR");
		}
		if (rows < 1 || months < 1 || months > 11 || practices < 10) {
			throw new IllegalArgumentException("invalid value: --rows must be at least 1, --months 1 to 11 "
					+ "(so every month falls in the job's 12-month period rule), --practices at least 10");
		}
		if (!periods.equals("all") && !periods.matches("[1-9][0-9]*")) {
			throw new IllegalArgumentException("invalid --periods " + periods + ": use all or a number of months");
		}
		Options options = new Options(out, rows, months, reportingMonth, practices, seed, List.copyOf(mappings),
				periods, sharingIcbs);
		if (rowsPerPracticeMonth(options) > combinations()) {
			throw new IllegalArgumentException("--rows " + rows + " is too large: at most " + combinations()
					+ " rows per practice and month; raise --months or --practices");
		}
		return options;
	}

	private static long rowsPerPracticeMonth(Options options) {
		return Math.max(1, Math.round((double) options.rows() / options.practices() / options.months()));
	}

	/** Returns the number of distinct GPAD rows one practice can have in one month. */
	private static long combinations() {
		return (long) HCP_TYPES.length * APPOINTMENT_MODES.length * NATIONAL_CATEGORIES.length
				* BOOKING_INTERVALS.length * STATUSES.length;
	}

	/** Assigns practices to PCNs, PCNs to Sub-ICB locations and so on in even, contiguous blocks. */
	private static List<Practice> hierarchy(int practiceCount) {
		List<Practice> practices = new ArrayList<>(practiceCount);
		for (int i = 0; i < practiceCount; i++) {
			int pcn = (int) (i / PRACTICES_PER_PCN);
			int subIcb = (int) (pcn / PCNS_PER_SUB_ICB);
			int icb = (int) (subIcb / SUB_ICBS_PER_ICB);
			int region = (int) (icb / ICBS_PER_REGION);
			practices.add(new Practice(practiceCode(i), "SYNTHETIC PRACTICE " + (i + 1), pcnCode(pcn), subIcbCode(subIcb),
					icbCode(icb), regionCode(region)));
		}
		return practices;
	}

	private static String practiceCode(int index) {
		return String.format("P%05d", index + 1);
	}

	private static String pcnCode(int index) {
		return String.format("U%05d", index + 1);
	}

	private static String subIcbCode(int index) {
		return String.format("S%03d", index + 1);
	}

	private static String icbCode(int index) {
		return String.format("Q%02d", index + 1);
	}

	private static String regionCode(int index) {
		return String.format("Y%02d", index + 1);
	}

	private static void writeMapping(Path file, List<Practice> practices) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("PRACTICE_CODE,PRACTICE_NAME,PCN_CODE,PCN_NAME,SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,"
					+ "ICB_CODE,ICB_NAME,COMM_REGION_CODE,COMM_REGION_NAME\n");
			for (Practice practice : practices) {
				out.write(String.join(",", practice.code(), practice.name(), practice.pcn(), "SYNTHETIC PCN " + practice.pcn(),
						practice.subIcb(), "NHS Synthetic Sub-ICB Location " + practice.subIcb(), practice.icb(),
						"NHS Synthetic Integrated Care Board " + practice.icb(), practice.region(),
						"Synthetic Region " + practice.region()));
				out.write('\n');
			}
		}
	}

	/**
	 * Writes one crosstab file per month, and returns the number of rows. Each practice gets the same
	 * number of rows a month, and each row is a different combination of staff type, mode, category,
	 * booking interval and status. Several rows then add up to a practice's month, as in a real extract.
	 */
	private static long writeGpadFiles(Path inbox, List<Practice> practices, Options options, Random random)
			throws IOException {
		long rowsPerPracticeMonth = rowsPerPracticeMonth(options);
		long combinations = combinations();
		long written = 0;
		for (int m = options.months(); m >= 1; m--) {
			YearMonth month = options.reportingMonth().minusMonths(m);
			String monthText = month.atDay(1).format(GPAD_MONTH).toUpperCase(Locale.ROOT);
			Path file = inbox.resolve("Practice_Level_Crosstab_" + month + ".csv");
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				out.write("APPOINTMENT_MONTH_START_DATE,GP_CODE,GP_NAME,SUPPLIER,PCN_CODE,PCN_NAME,"
						+ "SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,HCP_TYPE,APPT_MODE,NATIONAL_CATEGORY,"
						+ "TIME_BETWEEN_BOOK_AND_APPT,COUNT_OF_APPOINTMENTS,APPT_STATUS\n");
				for (Practice practice : practices) {
					// A random start and a stride coprime to the number of combinations visit distinct ones.
					long start = random.nextInt((int) combinations);
					for (long r = 0; r < rowsPerPracticeMonth; r++) {
						long combination = (start + r * 7) % combinations;
						writeGpadRow(out, monthText, practice, combination, random);
						written++;
					}
				}
			}
		}
		return written;
	}

	private static void writeGpadRow(BufferedWriter out, String month, Practice practice, long combination,
			Random random) throws IOException {
		long rest = combination;
		String status = STATUSES[(int) (rest % STATUSES.length)];
		rest /= STATUSES.length;
		String interval = BOOKING_INTERVALS[(int) (rest % BOOKING_INTERVALS.length)];
		rest /= BOOKING_INTERVALS.length;
		String category = NATIONAL_CATEGORIES[(int) (rest % NATIONAL_CATEGORIES.length)];
		rest /= NATIONAL_CATEGORIES.length;
		String mode = APPOINTMENT_MODES[(int) (rest % APPOINTMENT_MODES.length)];
		rest /= APPOINTMENT_MODES.length;
		String hcpType = HCP_TYPES[(int) (rest % HCP_TYPES.length)];

		// Real extracts suppress small counts; about one row in 500 carries "*".
		String count = (random.nextInt(500) == 0) ? "*" : Integer.toString(1 + random.nextInt(120));
		out.write(String.join(",", month, practice.code(), practice.name(), "TPP", practice.pcn(),
				"SYNTHETIC PCN " + practice.pcn(), practice.subIcb(), "NHS Synthetic Sub-ICB Location " + practice.subIcb(),
				hcpType, mode, category, interval, count, status));
		out.write('\n');
	}

	/**
	 * Writes a 2020-21 layout QOF prevalence file for the QOF year that ended before the reporting
	 * month, and returns its number of rows.
	 */
	private static long writeQofPrevalence(Path inbox, List<Practice> practices, YearMonth reportingMonth,
			Random random) throws IOException {
		int endYear = reportingMonth.getMonthValue() > 3 ? reportingMonth.getYear() : reportingMonth.getYear() - 1;
		String yearCode = String.format("%02d%02d", (endYear - 1) % 100, endYear % 100);
		Path file = inbox.resolve("PREVALENCE_" + yearCode + "_synthetic.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("PRACTICE_CODE,GROUP_CODE,REGISTER,PATIENT_LIST_TYPE,PRACTICE_LIST_SIZE\n");
			for (Practice practice : practices) {
				int listSize = 2000 + random.nextInt(18000);
				for (String group : QOF_GROUPS) {
					int register = random.nextInt(listSize / 10);
					out.write(practice.code() + "," + group + "," + register + ",TOTAL," + listSize + "\n");
				}
			}
		}
		return (long) practices.size() * QOF_GROUPS.length;
	}

	/**
	 * Writes one PCN group per PCN, one ICB group per ICB (connected to its PCN groups by the
	 * template's default), and a QOF contract over every practice with NHS England as authority.
	 * Returns the number of agreements.
	 */
	private static int writeSharing(Path folder, List<Practice> practices) throws IOException {
		List<String> pcns = distinct(practices, Practice::pcn);
		List<String> icbs = distinct(practices, Practice::icb);

		Files.writeString(folder.resolve("organisations.yml"),
				"organisations:\n  - {code: X24, name: NHS England, type: NATIONAL}\n");

		String icbCodes = String.join(", ", icbs);
		Files.writeString(folder.resolve("contracts.yml"), "contracts:\n"
				+ "  - code: QOF\n"
				+ "    name: Quality and Outcomes Framework (synthetic)\n"
				+ "    authority: X24\n"
				+ "    providers:\n"
				+ "      practices-under: [" + icbCodes + "]\n"
				+ "    authority-sees: [provider-group-aggregates, contract-aggregate]\n"
				+ "    provider-groups: PCN\n"
				+ "    providers-see-contract-aggregate: false\n");

		try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("agreements.yml"), StandardCharsets.UTF_8)) {
			out.write("agreements:\n");
			for (String pcn : pcns) {
				out.write("  - {code: PCN-" + pcn + ", template: pcn, lead: " + pcn + ", members: {practices-under: ["
						+ pcn + "]}}\n");
			}
			for (String icb : icbs) {
				out.write("  - {code: ICB-" + icb + ", template: icb, lead: " + icb + ", members: {practices-under: ["
						+ icb + "]}}\n");
			}
		}
		return pcns.size() + icbs.size();
	}

	/**
	 * Reads the practice hierarchy from an NHS mapping file in the registrations layout. Values are
	 * split on commas outside double quotes, which is enough for the published files.
	 */
	private static List<Practice> readMapping(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> header = splitCsvLine(lines.get(0).replace("\uFEFF", ""));
		int code = requiredColumn(file, header, "PRACTICE_CODE");
		int name = requiredColumn(file, header, "PRACTICE_NAME");
		int pcn = requiredColumn(file, header, "PCN_CODE");
		int subIcb = requiredColumn(file, header, "SUB_ICB_LOCATION_CODE");
		int icb = requiredColumn(file, header, "ICB_CODE");
		int region = requiredColumn(file, header, "COMM_REGION_CODE");
		List<Practice> practices = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			List<String> values = splitCsvLine(line);
			practices.add(new Practice(values.get(code), values.get(name), values.get(pcn), values.get(subIcb),
					values.get(icb), values.get(region)));
		}
		return practices;
	}

	private static int requiredColumn(Path file, List<String> header, String column) {
		int index = header.indexOf(column);
		if (index < 0) {
			throw new IllegalArgumentException(file + ": missing column " + column + "; use a mapping in the "
					+ "registrations layout (PRACTICE_CODE, PCN_CODE, SUB_ICB_LOCATION_CODE, ICB_CODE, COMM_REGION_CODE)");
		}
		return index;
	}

	private static List<String> splitCsvLine(String line) {
		List<String> values = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				values.add(value.toString().strip());
				value.setLength(0);
			}
			else {
				value.append(c);
			}
		}
		values.add(value.toString().strip());
		return values;
	}

	private static void writeJobDefinition(Path out, Path inbox, Path sharing, List<Path> mappings, String periods)
			throws IOException {
		Path root = out.toAbsolutePath();
		StringBuilder yaml = new StringBuilder();
		yaml.append("name: benchmark\n");
		yaml.append("inbox: ").append(inbox.toAbsolutePath()).append('\n');
		yaml.append("inbox-files: move\n");
		yaml.append("archive: ").append(root.resolve("archive")).append('\n');
		yaml.append("quarantine: ").append(root.resolve("quarantine")).append('\n');
		yaml.append("output: ").append(root.resolve("out")).append('\n');
		yaml.append("organisation-mappings:\n");
		for (Path mapping : mappings) {
			yaml.append("  - ").append(mapping).append('\n');
		}
		yaml.append("sharing: ").append(sharing.toAbsolutePath()).append('\n');
		yaml.append("periods:\n");
		yaml.append(periods.equals("all") ? "  all\n" : "  months: " + periods + "\n");
		Files.writeString(out.resolve("job.yml"), yaml);
	}

}
