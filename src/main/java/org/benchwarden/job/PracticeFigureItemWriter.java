package org.benchwarden.job;

import java.time.LocalDate;
import java.util.List;

import org.benchwarden.benchmark.PracticeFigureRepository;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Builds the figures of a chunk of practices for the periods the run's rule selects, in the
 * chunk's transaction. Building a practice replaces its figures, so a restart that repeats a
 * chunk writes nothing twice.
 */
class PracticeFigureItemWriter implements ItemWriter<String> {

	private final PracticeFigureRepository figures;

	private final PeriodRule rule;

	private final LocalDate reportingDate;

	PracticeFigureItemWriter(PracticeFigureRepository figures, PeriodRule rule, LocalDate reportingDate) {
		this.figures = figures;
		this.rule = rule;
		this.reportingDate = reportingDate;
	}

	@Override
	public void write(Chunk<? extends String> chunk) {
		this.figures.rebuild(List.copyOf(chunk.getItems()), (period) -> this.rule.includes(period, this.reportingDate));
	}

}
