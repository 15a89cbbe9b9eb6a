package org.benchwarden.benchmark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.benchwarden.access.Aggregate;
import org.benchwarden.access.Grant;
import org.benchwarden.access.View;
import org.benchwarden.access.ViewKind;
import org.benchwarden.activity.Metric;
import org.benchwarden.activity.MetricCatalogue;
import org.benchwarden.organisation.OrganisationDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the per-figure disclosure guard against an in-memory HSQLDB holding the application
 * tables. Recipient R sees practice P1 on its own and receives an ICB aggregate over P1 to P5 and a
 * PCN aggregate over P2 and P3.
 */
class JdbcFigureSourceTests {

	private static final String METRIC = "GPAD_APPOINTMENTS";

	private static final String PERIOD = "2025-10";

	private static final View ICB_VIEW = aggregateView("agreement:ICB:aggregate", "ICB",
			List.of("P1", "P2", "P3", "P4", "P5"));

	private static final View PCN_VIEW = aggregateView("agreement:ICB:connected", "PCN", List.of("P2", "P3"));

	private EmbeddedDatabase database;

	private JdbcTemplate jdbc;

	@BeforeEach
	void createTables() {
		this.database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.HSQL)
			.generateUniqueName(true)
			.addScript("classpath:org/benchwarden/schema-hsqldb.sql")
			.build();
		this.jdbc = new JdbcTemplate(this.database);
		for (View view : List.of(ICB_VIEW, PCN_VIEW)) {
			Aggregate aggregate = view.aggregates().get(0);
			for (String practice : aggregate.contributors()) {
				this.jdbc.update("INSERT INTO view_member VALUES (1, 'R', ?, ?, ?, ?, ?)", view.id(), aggregate.code(),
						aggregate.name(), practice, practice.equals("P1") ? "Y" : "N");
			}
		}
	}

	@AfterEach
	void dropDatabase() {
		this.database.shutdown();
	}

	@Test
	void subtractionRevealingOnePracticeIsWithheld() {
		givenAppointments("P1", "P2", "P3", "P4");

		Map<String, Figure> figures = aggregateFigures();

		assertThat(figures.get("ICB").status()).isEqualTo(FigureStatus.WITHHELD);
		assertThat(figures.get("ICB").numerator()).isNull();
		assertThat(figures.get("PCN").status()).isEqualTo(FigureStatus.SHOWN);
	}

	@Test
	void subtractionLeavingTwoPracticesIsShown() {
		givenAppointments("P1", "P2", "P3", "P4", "P5");

		Map<String, Figure> figures = aggregateFigures();

		assertThat(figures.get("ICB").status()).isEqualTo(FigureStatus.SHOWN);
		assertThat(figures.get("ICB").numerator()).isEqualByComparingTo("150");
		assertThat(figures.get("PCN").status()).isEqualTo(FigureStatus.SHOWN);
	}

	/** Gives each practice 10, 20, 30 … appointments in the order named. */
	private void givenAppointments(String... practices) {
		for (int index = 0; index < practices.length; index++) {
			this.jdbc.update("INSERT INTO practice_figure VALUES (?, ?, ?, ?, NULL, 'V')", practices[index], PERIOD,
					METRIC, BigDecimal.valueOf(10L * (index + 1)));
		}
	}

	private Map<String, Figure> aggregateFigures() {
		Map<String, Metric> metrics = MetricCatalogue.builtIn().all().stream()
			.collect(Collectors.toMap(Metric::code, Function.identity()));
		JdbcFigureSource source = new JdbcFigureSource(this.jdbc, 1, "R", OrganisationDirectory.builder().build(),
				metrics, List.of(ICB_VIEW, PCN_VIEW));
		List<Figure> figures = new ArrayList<>();
		source.forEachFigure(ICB_VIEW, figures::add);
		source.forEachFigure(PCN_VIEW, figures::add);
		return figures.stream().collect(Collectors.toMap(Figure::subjectCode, Function.identity()));
	}

	private static View aggregateView(String id, String code, List<String> contributors) {
		Grant grant = new Grant(Grant.GrantType.AGREEMENT, "ICB", "ICB group");
		return new View(id, ViewKind.GROUP_AGGREGATE, code + " aggregate", "Lead organisation", grant, false, List.of(),
				List.of(new Aggregate(code, code + " group", contributors)), Set.of());
	}

}
