package org.benchwarden.activity;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MetricCatalogueTests {

	private static final List<String> QOF_GROUPS = List.of("AF", "AST", "CAN", "CHD", "CKD", "COPD", "CVDPP", "DEM",
			"DEP", "DM", "EP", "HF", "HYP", "LD", "MH", "NDH", "OB", "OST", "PAD", "PC", "RA", "SMOK", "STIA");

	@TempDir
	Path tempDir;

	@Test
	void builtInHoldsQofGroups() {
		MetricCatalogue catalogue = MetricCatalogue.builtIn();

		for (String group : QOF_GROUPS) {
			Metric metric = catalogue.find("QOF_PREV_" + group).orElseThrow();
			assertThat(metric.name()).endsWith(" prevalence");
			assertThat(metric.contractCode()).isEqualTo("QOF");
			assertThat(metric.unit()).isEqualTo("%");
			assertThat(metric.hasDenominator()).isTrue();
			assertThat(metric.scale()).isEqualByComparingTo("100");
			assertThat(metric.polarity()).isEqualTo(Polarity.NEUTRAL);
		}
		assertThat(catalogue.find("QOF_PREV_AF").orElseThrow().name()).isEqualTo("Atrial fibrillation prevalence");
	}

	@Test
	void builtInHoldsGpadAndCounts() {
		MetricCatalogue catalogue = MetricCatalogue.builtIn();

		for (String code : GpadCrosstabMapper.metricCodes()) {
			assertThat(catalogue.find(code)).as(code).isPresent();
		}
		assertThat(catalogue.find("GPAD_DNA").orElseThrow().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
		assertThat(catalogue.find("GPAD_APPOINTMENTS").orElseThrow().hasDenominator()).isFalse();
		assertThat(catalogue.find("LIST_SIZE").orElseThrow().scale()).isEqualByComparingTo(BigDecimal.ONE);
		assertThat(catalogue.find("CONSULTATIONS").orElseThrow().contractCode()).isNull();
	}

	@Test
	void columnLookupIgnoresCaseAndSpacing() {
		MetricCatalogue catalogue = MetricCatalogue.builtIn();

		assertThat(catalogue.findByColumn(" list_size\u00A0").orElseThrow().code()).isEqualTo("LIST_SIZE");
		assertThat(catalogue.findByColumn("CONSULTATIONS").orElseThrow().code()).isEqualTo("CONSULTATIONS");
		assertThat(catalogue.findByColumn("Notes")).isEmpty();
	}

	@Test
	void additionsExtendCatalogue() throws Exception {
		Path file = write("job-metrics.yml", """
				metrics:
				  - code: SMI_HEALTH_CHECKS
				    name: SMI health checks completed
				    unit: "%"
				    polarity: HIGHER_IS_BETTER
				    contract: SMI
				  - code: EXTENDED_ACCESS_HOURS
				    name: Extended access hours
				    unit: count
				    columns: [Extended Access Hours]
				""");

		MetricCatalogue catalogue = MetricCatalogue.builtIn().withAdditions(file);
		Metric checks = catalogue.find("SMI_HEALTH_CHECKS").orElseThrow();

		assertThat(checks.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
		assertThat(checks.contractCode()).isEqualTo("SMI");
		assertThat(catalogue.findByColumn("ExtendedAccessHours").orElseThrow().code()).isEqualTo("EXTENDED_ACCESS_HOURS");
		assertThat(catalogue.all()).hasSize(MetricCatalogue.builtIn().all().size() + 2);
		assertThat(MetricCatalogue.builtIn().find("SMI_HEALTH_CHECKS")).isEmpty();
	}

	@Test
	void duplicatedCodeNamesFileAndEntry() throws Exception {
		Path file = write("job-metrics.yml", """
				metrics:
				  - code: NEW_METRIC
				    name: New
				    unit: count
				  - code: LIST_SIZE
				    name: List size again
				    unit: count
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> MetricCatalogue.builtIn().withAdditions(file))
			.withMessage("job-metrics.yml entry 2: metric code \"LIST_SIZE\" is already in the catalogue;"
					+ " give the metric another code or remove the entry");
	}

	@Test
	void duplicatedColumnRejected() throws Exception {
		Path file = write("job-metrics.yml", """
				metrics:
				  - code: SEEN
				    name: Seen
				    unit: count
				    columns: [List_Size]
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> MetricCatalogue.builtIn().withAdditions(file))
			.withMessageContaining("column \"List_Size\" already belongs to metric LIST_SIZE");
	}

	@Test
	void invalidEntriesNamed() throws Exception {
		Path unknownField = write("a.yml", "metrics:\n  - code: X\n    name: X\n    unit: count\n    colour: red\n");
		Path badUnit = write("b.yml", "metrics:\n  - code: X\n    name: X\n    unit: ratio\n");
		Path badCode = write("c.yml", "metrics:\n  - code: x-1\n    name: X\n    unit: count\n");
		Path ratioColumns = write("d.yml", "metrics:\n  - code: X\n    name: X\n    unit: \"%\"\n    columns: [X]\n");
		Path noList = write("e.yml", "code: X\n");

		MetricCatalogue catalogue = MetricCatalogue.builtIn();

		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.withAdditions(unknownField))
			.withMessageStartingWith("a.yml entry 1: field \"colour\" is not known");
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.withAdditions(badUnit))
			.withMessageStartingWith("b.yml entry 1 (X): unit \"ratio\" is not known");
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.withAdditions(badCode))
			.withMessageStartingWith("c.yml entry 1: code \"x-1\" is invalid");
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.withAdditions(ratioColumns))
			.withMessageStartingWith("d.yml entry 1 (X): columns are allowed only on count metrics");
		assertThatIllegalArgumentException().isThrownBy(() -> catalogue.withAdditions(noList))
			.withMessageStartingWith("e.yml: the file must hold a list named \"metrics\"");
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(this.tempDir.resolve(name), text);
	}

}
