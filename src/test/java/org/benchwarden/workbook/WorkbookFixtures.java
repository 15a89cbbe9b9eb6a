package org.benchwarden.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.benchwarden.access.Aggregate;
import org.benchwarden.access.Entitlements;
import org.benchwarden.access.Grant;
import org.benchwarden.access.Grant.GrantType;
import org.benchwarden.access.View;
import org.benchwarden.access.ViewKind;
import org.benchwarden.access.Withheld;
import org.benchwarden.activity.Metric;
import org.benchwarden.activity.Polarity;
import org.benchwarden.benchmark.Figure;
import org.benchwarden.benchmark.FigureStatus;
import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.OrganisationType;

/**
 * A small ICB workbook used by the writer and manifest tests: a group aggregate, connected PCN
 * aggregates with one withheld, and an UNOFFICIAL contract's provider-level view.
 */
final class WorkbookFixtures {

	static final LocalDate REPORTING_DATE = LocalDate.of(2025, 12, 4);

	/** 02:15 UTC on 4 December 2025, which is 02:15 GMT in London. */
	static final ZonedDateTime PRODUCED_AT = ZonedDateTime.of(2025, 12, 4, 2, 15, 0, 0, ZoneOffset.UTC);

	static final Metric CONSULTATIONS = new Metric("CONSULT", "Consultations", "count", Polarity.NEUTRAL, null,
			false, BigDecimal.ONE);

	static final Metric AF_PREVALENCE = new Metric("QOF_PREV_AF", "Atrial fibrillation prevalence", "%",
			Polarity.NEUTRAL, "QOF", true, BigDecimal.valueOf(100));

	static final Metric APPOINTMENT_RATE = new Metric("APPT_RATE", "Appointments per 1,000 patients", "per 1,000",
			Polarity.HIGHER_IS_BETTER, null, true, BigDecimal.valueOf(1000));

	static final Map<String, Metric> METRICS = Map.of(CONSULTATIONS.code(), CONSULTATIONS, AF_PREVALENCE.code(),
			AF_PREVALENCE, APPOINTMENT_RATE.code(), APPOINTMENT_RATE);

	static final View GROUP_AGGREGATE = new View("icb-group", ViewKind.GROUP_AGGREGATE, "North ICB group aggregate",
			"Lead organisation", new Grant(GrantType.AGREEMENT, "ICB-GRP", "North ICB benchmarking group"), false,
			List.of(), List.of(new Aggregate("ICB-GRP", "North ICB group", List.of("Z99001", "Z99002", "Z99003"))),
			Set.of());

	static final View CONNECTED_PCNS = new View("pcns", ViewKind.CONNECTED_GROUP_AGGREGATES, "PCN aggregates",
			"Lead organisation", new Grant(GrantType.AGREEMENT, "ICB-GRP", "North ICB benchmarking group"), false,
			List.of(), List.of(new Aggregate("U00001", "Riverside PCN", List.of("Z99001", "Z99002")),
					new Aggregate("U00002", "Hilltop PCN", List.of("Z99003"))),
			Set.of("CONSULT", "QOF_PREV_AF"));

	static final View LOCAL_SCHEME = new View("lcs", ViewKind.CONTRACT_PROVIDERS, "Local scheme providers",
			"Authority", new Grant(GrantType.CONTRACT, "LCS-1", "Extended access scheme"), true,
			List.of("Z99001", "Z99002"), List.of(), Set.of());

	static final Withheld WHOLE_VIEW_WITHHELD = new Withheld("Own data of member practices",
			"the recipient is not a member of any practice's group");

	private WorkbookFixtures() {
	}

	static Entitlements entitlements() {
		return entitlements("QZZ");
	}

	static Entitlements entitlements(String recipientCode) {
		return new Entitlements(new Organisation(recipientCode, "North ICB", OrganisationType.ICB),
				List.of(GROUP_AGGREGATE, CONNECTED_PCNS, LOCAL_SCHEME), List.of(WHOLE_VIEW_WITHHELD));
	}

	static WorkbookRequest request(Entitlements entitlements) {
		return new WorkbookRequest(entitlements, REPORTING_DATE, List.of("2025-10"), PRODUCED_AT, METRICS,
				"nightly 2025-12-04");
	}

	/** Figures by view id, in the order a database query would stream them. */
	static Map<String, List<Figure>> figures() {
		Map<String, List<Figure>> figures = new LinkedHashMap<>();
		figures.put("icb-group", List.of(
				shownAggregate("icb-group", "ICB-GRP", "North ICB group", "CONSULT", 1234, null, 1234, 3, 0),
				shownAggregate("icb-group", "ICB-GRP", "North ICB group", "QOF_PREV_AF", 150, 5000, 3.0, 3, 1)));
		figures.put("pcns", List.of(
				shownAggregate("pcns", "U00001", "Riverside PCN", "CONSULT", 800, null, 800, 2, 0),
				// The numbers are set on purpose: the writer must blank them because the status is WITHHELD.
				new Figure("pcns", "U00002", "Hilltop PCN", true, "CONSULT", "2025-10", new BigDecimal("434"), null,
						new BigDecimal("434"), 1, 0, null, null, FigureStatus.WITHHELD,
						"only one practice contributes"),
				new Figure("pcns", "U00002", "Hilltop PCN", true, "QOF_PREV_AF", "2025-10", null, null, null, 1, 0,
						null, null, FigureStatus.WITHHELD, "only one practice contributes")));
		figures.put("lcs", List.of(
				practice("Z99001", "Riverside Surgery", "APPT_RATE", 45, 1000, 45.0, 1, 1, FigureStatus.SHOWN),
				practice("Z99002", "Elm Tree Medical Centre", "APPT_RATE", null, null, null, null, null,
						FigureStatus.MISSING),
				practice("Z99001", "Riverside Surgery", "CONSULT", 500, null, 500, 1, 1, FigureStatus.SHOWN),
				practice("Z99002", "Elm Tree Medical Centre", "CONSULT", null, null, null, null, null,
						FigureStatus.SUPPRESSED)));
		return figures;
	}

	static int figureCount() {
		return figures().values().stream().mapToInt(List::size).sum();
	}

	static FigureSource source(Map<String, List<Figure>> figures) {
		return (view, action) -> figures.getOrDefault(view.id(), List.of()).forEach(action);
	}

	static Figure shownAggregate(String viewId, String code, String name, String metric, long numerator,
			Integer denominator, double value, int contributors, int suppressed) {
		return new Figure(viewId, code, name, true, metric, "2025-10", BigDecimal.valueOf(numerator),
				(denominator == null) ? null : BigDecimal.valueOf(denominator), BigDecimal.valueOf(value),
				contributors, suppressed, null, null, FigureStatus.SHOWN, null);
	}

	static Figure practice(String code, String name, String metric, Integer numerator, Integer denominator,
			Number value, Integer rank, Integer outOf, FigureStatus status) {
		return new Figure("lcs", code, name, false, metric, "2025-10",
				(numerator == null) ? null : BigDecimal.valueOf(numerator),
				(denominator == null) ? null : BigDecimal.valueOf(denominator),
				(value == null) ? null : new BigDecimal(value.toString()), 1, 0, rank, outOf, status, null);
	}

	/** Returns the figures as one list, for tests that build their own source. */
	static List<Figure> allFigures() {
		List<Figure> all = new ArrayList<>();
		figures().values().forEach(all::addAll);
		return all;
	}

}
