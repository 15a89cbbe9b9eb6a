package org.benchwarden.benchmark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.benchwarden.access.Aggregate;
import org.benchwarden.access.Entitlements;
import org.benchwarden.access.Grant;
import org.benchwarden.access.View;
import org.benchwarden.access.ViewKind;
import org.benchwarden.activity.Metric;
import org.benchwarden.activity.Polarity;
import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.OrganisationDirectory;
import org.benchwarden.organisation.OrganisationType;
import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures as the workbooks receive them, computed by the database from loaded values: sums,
 * ratios, suppression, ranks and the disclosure guard, on a real HSQLDB file database.
 */
class JdbcFigureSourceTests {

	private static final long RUN = 7;

	private static final Metric DNA_RATE = new Metric("DNA_RATE", "Missed appointments", "%",
			Polarity.LOWER_IS_BETTER, null, true, BigDecimal.valueOf(100));

	private static final Metric CONSULTATIONS = new Metric("CONSULTATIONS", "Consultations", "count", Polarity.NEUTRAL,
			null, false, BigDecimal.ONE);

	private static final Metric LCS_RATE = new Metric("LCS_RATE", "Service measure", "%", Polarity.HIGHER_IS_BETTER,
			"LCS", true, BigDecimal.valueOf(100));

	private static final Map<String, Metric> METRICS = Map.of(DNA_RATE.code(), DNA_RATE, CONSULTATIONS.code(),
			CONSULTATIONS, LCS_RATE.code(), LCS_RATE);

	@TempDir
	Path folder;

	private JDBCDataSource dataSource;

	private JdbcTemplate jdbc;

	private PracticeFigureRepository practiceFigures;

	private RecipientRepository recipients;

	private long nextFileId = 1;

	private final Map<String, List<View>> viewsByRecipient = new java.util.HashMap<>();

	@BeforeEach
	void createDatabase() {
		this.dataSource = new JDBCDataSource();
		this.dataSource.setUrl("jdbc:hsqldb:file:" + this.folder.resolve("db") + ";hsqldb.default_table_type=cached");
		this.dataSource.setUser("SA");
		new ResourceDatabasePopulator(new ClassPathResource("org/benchwarden/schema-hsqldb.sql")).execute(this.dataSource);
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.practiceFigures = new PracticeFigureRepository(this.jdbc);
		this.recipients = new RecipientRepository(this.jdbc);
	}

	@AfterEach
	void shutDown() {
		this.jdbc.execute("SHUTDOWN");
	}

	@Test
	void aggregateRatioIsSumOverSum() {
		long file = loadedFile();
		value(file, "P1", "2026-10", "DNA_RATE", "1", "2");
		value(file, "P2", "2026-10", "DNA_RATE", "3", "10");
		value(file, "P3", "2026-10", "DNA_RATE", "5", "20");
		rebuildFigures();
		View view = aggregateView("group", List.of("P1", "P2", "P3"));
		saveRecipient("ICB1", OrganisationType.ICB, view);

		List<Figure> figures = figures("ICB1", view);

		assertThat(figures).hasSize(1);
		assertThat(figures.get(0).numerator()).isEqualByComparingTo("9");
		assertThat(figures.get(0).denominator()).isEqualByComparingTo("32");
		// 9 / 32 is 28.125 %, where the mean of the three ratios would be 35 %.
		assertThat(figures.get(0).value()).isEqualByComparingTo("28.1250");
		assertThat(figures.get(0).contributors()).isEqualTo(3);
	}

	@Test
	void suppressedValueLeftOutOfSum() {
		long file = loadedFile();
		value(file, "P1", "2026-10", "CONSULTATIONS", "100", null);
		value(file, "P2", "2026-10", "CONSULTATIONS", "250", null);
		value(file, "P3", "2026-10", "CONSULTATIONS", "40", null);
		suppressed(file, "P4", "2026-10", "CONSULTATIONS");
		rebuildFigures();
		View view = aggregateView("group", List.of("P1", "P2", "P3", "P4"));
		saveRecipient("ICB1", OrganisationType.ICB, view);

		Figure figure = figures("ICB1", view).get(0);

		assertThat(figure.status()).isEqualTo(FigureStatus.SHOWN);
		assertThat(figure.value()).isEqualByComparingTo("390");
		assertThat(figure.contributors()).isEqualTo(3);
		assertThat(figure.suppressedContributors()).isEqualTo(1);
		assertThat(figure.note()).contains("suppressed");
	}

	@Test
	void oneHiddenContributorWithholdsFigure() {
		// P1 sees itself and P2 one by one; P3 alone is hidden, so the sum would reveal it.
		long file = loadedFile();
		value(file, "P1", "2026-10", "CONSULTATIONS", "100", null);
		value(file, "P2", "2026-10", "CONSULTATIONS", "250", null);
		value(file, "P3", "2026-10", "CONSULTATIONS", "40", null);
		rebuildFigures();
		View organisations = organisationView("pcn", List.of("P1", "P2"));
		View aggregate = aggregateView("icb", List.of("P1", "P2", "P3"));
		saveRecipient("P1", OrganisationType.PRACTICE, organisations, aggregate);

		Figure figure = figures("P1", aggregate).get(0);

		assertThat(figure.status()).isEqualTo(FigureStatus.WITHHELD);
		assertThat(figure.numerator()).isNull();
		assertThat(figure.value()).isNull();
	}

	@Test
	void subtractionRevealingOnePracticeIsWithheld() {
		// ICB minus PCN minus the recipient's own P1 leaves P4 alone: P5 sent no value.
		givenConsultations("P1", "P2", "P3", "P4");
		View own = organisationView("own", List.of("P1"));
		View icb = aggregateView("icb", "ICB", List.of("P1", "P2", "P3", "P4", "P5"));
		View pcn = aggregateView("pcn", "PCN", List.of("P2", "P3"));
		saveRecipient("P1", OrganisationType.PRACTICE, own, icb, pcn);

		Figure icbFigure = figures("P1", icb).get(0);
		Figure pcnFigure = figures("P1", pcn).get(0);

		assertThat(icbFigure.status()).isEqualTo(FigureStatus.WITHHELD);
		assertThat(icbFigure.numerator()).isNull();
		assertThat(pcnFigure.status()).isEqualTo(FigureStatus.SHOWN);
	}

	@Test
	void subtractionLeavingTwoPracticesIsShown() {
		givenConsultations("P1", "P2", "P3", "P4", "P5");
		View own = organisationView("own", List.of("P1"));
		View icb = aggregateView("icb", "ICB", List.of("P1", "P2", "P3", "P4", "P5"));
		View pcn = aggregateView("pcn", "PCN", List.of("P2", "P3"));
		saveRecipient("P1", OrganisationType.PRACTICE, own, icb, pcn);

		Figure icbFigure = figures("P1", icb).get(0);

		assertThat(icbFigure.status()).isEqualTo(FigureStatus.SHOWN);
		assertThat(icbFigure.numerator()).isEqualByComparingTo("150");
	}

	@Test
	void ranksPutLowestFirstWhereLowerIsBetter() {
		long file = loadedFile();
		value(file, "P1", "2026-10", "DNA_RATE", "6", "100");
		value(file, "P2", "2026-10", "DNA_RATE", "2", "100");
		value(file, "P3", "2026-10", "DNA_RATE", "6", "100");
		value(file, "P4", "2026-10", "DNA_RATE", "9", "100");
		rebuildFigures();
		View view = organisationView("pcn", List.of("P1", "P2", "P3", "P4"));
		saveRecipient("PCN1", OrganisationType.PCN, view);

		List<Figure> figures = figures("PCN1", view);

		assertThat(figures).extracting(Figure::subjectCode).containsExactly("P2", "P1", "P3", "P4");
		assertThat(figures).extracting(Figure::rank).containsExactly(1, 2, 2, 4);
		assertThat(figures).extracting(Figure::rankOutOf).containsOnly(4);
	}

	@Test
	void laterFileReplacesEarlierFigure() {
		long first = loadedFile();
		value(first, "P1", "2026-10", "CONSULTATIONS", "100", null);
		long correction = loadedFile();
		value(correction, "P1", "2026-10", "CONSULTATIONS", "120", null);
		value(correction, "P1", "2026-10", "CONSULTATIONS", "5", null);
		rebuildFigures();
		View view = organisationView("own", List.of("P1"));
		saveRecipient("P1", OrganisationType.PRACTICE, view);

		Figure figure = figures("P1", view).get(0);

		assertThat(figure.value()).isEqualByComparingTo("125");
	}

	@Test
	void quarantinedFileValuesNeverCount() {
		long loaded = loadedFile();
		value(loaded, "P1", "2026-10", "CONSULTATIONS", "100", null);
		long quarantined = file("QUARANTINED");
		value(quarantined, "P1", "2026-10", "CONSULTATIONS", "999", null);
		rebuildFigures();
		View view = organisationView("own", List.of("P1"));
		saveRecipient("P1", OrganisationType.PRACTICE, view);

		assertThat(figures("P1", view).get(0).value()).isEqualByComparingTo("100");
	}

	@Test
	void unacceptedContractFigureStaysInOwnData() {
		long file = loadedFile();
		value(file, "P1", "2026-10", "LCS_RATE", "8", "10");
		value(file, "P2", "2026-10", "LCS_RATE", "6", "10");
		value(file, "P3", "2026-10", "LCS_RATE", "7", "10");
		rebuildFigures();
		this.practiceFigures.restrictContractMetrics(Map.of("LCS", Set.of("LCS_RATE")),
				Map.of("LCS", List.of("P1", "P2")));
		View own = new View("own", ViewKind.OWN_DATA, "Own data", "Own organisation",
				new Grant(Grant.GrantType.OWN_DATA, "P3", "P3"), false, List.of("P3"), List.of(), Set.of());
		View group = aggregateView("group", List.of("P1", "P2", "P3"));
		saveRecipient("P3", OrganisationType.PRACTICE, own, group);

		List<Figure> ownFigures = figures("P3", own);
		Figure groupFigure = figures("P3", group).get(0);

		assertThat(ownFigures).extracting(Figure::value).containsExactly(new BigDecimal("70.0000"));
		assertThat(groupFigure.contributors()).isEqualTo(2);
		assertThat(groupFigure.numerator()).isEqualByComparingTo("14");
	}

	/** Builds the figures of every test practice for October 2026. */
	private void rebuildFigures() {
		this.practiceFigures.rebuild(List.of("P1", "P2", "P3", "P4", "P5"), "2026-10"::equals);
	}

	private List<Figure> figures(String recipient, View view) {
		OrganisationDirectory directory = OrganisationDirectory.builder().build();
		List<Figure> figures = new ArrayList<>();
		new JdbcFigureSource(this.jdbc, RUN, recipient, directory, METRICS, this.viewsByRecipient.get(recipient))
			.forEachFigure(view, figures::add);
		return figures;
	}

	private void saveRecipient(String code, OrganisationType type, View... views) {
		this.viewsByRecipient.put(code, List.of(views));
		this.recipients.save(RUN, new Entitlements(new Organisation(code, code, type), List.of(views), List.of()));
	}

	private static View aggregateView(String id, List<String> contributors) {
		return aggregateView(id, "G1", contributors);
	}

	private static View aggregateView(String id, String code, List<String> contributors) {
		return new View(id, ViewKind.GROUP_AGGREGATE, code + " aggregate", "Member organisation",
				new Grant(Grant.GrantType.AGREEMENT, code, code + " group"), false, List.of(),
				List.of(new Aggregate(code, code + " group", contributors)), Set.of());
	}

	/** Gives each practice 10, 20, 30 … consultations in October 2026, in the order named. */
	private void givenConsultations(String... practices) {
		long file = loadedFile();
		for (int index = 0; index < practices.length; index++) {
			value(file, practices[index], "2026-10", "CONSULTATIONS", String.valueOf(10 * (index + 1)), null);
		}
		rebuildFigures();
	}

	private static View organisationView(String id, List<String> practices) {
		return new View(id, ViewKind.GROUP_ORGANISATIONS, "Group practices", "Member organisation",
				new Grant(Grant.GrantType.AGREEMENT, "G1", "Group one"), false, practices, List.of(), Set.of());
	}

	private long loadedFile() {
		return file("LOADED");
	}

	private long file(String status) {
		long id = this.nextFileId++;
		this.jdbc.update("INSERT INTO source_file (id, file_name, sha256, status, received_at, job_instance_id) "
				+ "VALUES (?, ?, ?, ?, ?, ?)", id, "file-" + id + ".csv", String.format("%064d", id), status,
				Timestamp.from(Instant.now()), RUN);
		return id;
	}

	private void value(long file, String practice, String period, String metric, String numerator, String denominator) {
		this.jdbc.update("INSERT INTO activity_value (source_file_id, line, practice_code, period, metric_code, "
				+ "numerator, numerator_state, denominator, denominator_state) VALUES (?, 2, ?, ?, ?, ?, 'V', ?, ?)", file,
				practice, period, metric, new BigDecimal(numerator), (denominator != null) ? new BigDecimal(denominator) : null,
				(denominator != null) ? "V" : "M");
	}

	private void suppressed(long file, String practice, String period, String metric) {
		this.jdbc.update("INSERT INTO activity_value (source_file_id, line, practice_code, period, metric_code, "
				+ "numerator, numerator_state, denominator, denominator_state) VALUES (?, 2, ?, ?, ?, NULL, 'S', NULL, 'M')",
				file, practice, period, metric);
	}

}
