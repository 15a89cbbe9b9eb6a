package org.benchwarden.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.benchwarden.access.Aggregate;
import org.benchwarden.access.Entitlements;
import org.benchwarden.access.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestWriterTests {

	private final RunManifestWriter manifestWriter = new RunManifestWriter();

	@TempDir
	Path output;

	@Test
	void manifestMatchesEntitlements() throws IOException {
		Entitlements entitlements = WorkbookFixtures.entitlements();
		WrittenWorkbook workbook = new PoiBenchmarkWorkbookWriter().write(WorkbookFixtures.request(entitlements),
				WorkbookFixtures.source(WorkbookFixtures.figures()), this.output);
		RunManifest manifest = new RunManifest("nightly 2025-12-04", "benchmarkJob", WorkbookFixtures.REPORTING_DATE,
				WorkbookFixtures.PRODUCED_AT, List.of(RunManifest.Recipient.of(entitlements, workbook)));

		Path file = this.manifestWriter.write(manifest, this.output);
		RunManifest read = this.manifestWriter.read(file);

		assertEquals(this.output.resolve("manifest.json"), file);
		assertEquals("nightly 2025-12-04", read.runLabel());
		assertEquals("benchmarkJob", read.jobName());
		assertEquals(WorkbookFixtures.REPORTING_DATE, read.reportingDate());
		assertTrue(read.producedAt().isEqual(WorkbookFixtures.PRODUCED_AT), read.producedAt().toString());
		assertEquals(1, read.recipients().size());
		RunManifest.Recipient recipient = read.recipients().get(0);
		assertEquals("QZZ", recipient.odsCode());
		assertEquals("North ICB", recipient.name());
		assertEquals("QZZ-2025-12-04.xlsx", recipient.fileName());
		assertEquals(workbook.sha256(), recipient.sha256());
		assertEquals(WorkbookFixtures.figureCount(), recipient.figureCount());
		assertEquals(entitlements.views().size(), recipient.views().size());
		for (int index = 0; index < entitlements.views().size(); index++) {
			View view = entitlements.views().get(index);
			RunManifest.ViewEntry entry = recipient.views().get(index);
			assertEquals(view.id(), entry.id());
			assertEquals(view.kind().name(), entry.kind());
			assertEquals(view.title(), entry.title());
			assertEquals(view.role(), entry.role());
			assertEquals(view.grant().type().name(), entry.grant().type());
			assertEquals(view.grant().code(), entry.grant().code());
			assertEquals(view.grant().name(), entry.grant().name());
			assertEquals(view.unofficial(), entry.unofficial());
			assertEquals(view.organisations(), entry.organisationsShown());
			assertEquals(view.aggregates().stream().map(Aggregate::code).toList(),
					entry.aggregates().stream().map(RunManifest.AggregateEntry::code).toList());
			assertEquals(view.aggregates().stream().map(Aggregate::contributors).toList(),
					entry.aggregates().stream().map(RunManifest.AggregateEntry::contributors).toList());
		}
		assertEquals(WorkbookFixtures.WHOLE_VIEW_WITHHELD, recipient.withheld().get(0));
		assertEquals(workbook.figuresWithheld(), recipient.withheld().subList(1, recipient.withheld().size()));
	}

	@Test
	void manifestJsonUsesReadableDates() throws IOException {
		RunManifest manifest = new RunManifest("nightly", "benchmarkJob", WorkbookFixtures.REPORTING_DATE,
				WorkbookFixtures.PRODUCED_AT, List.of());

		String json = Files.readString(this.manifestWriter.write(manifest, this.output));

		assertTrue(json.contains("\"reportingDate\" : \"2025-12-04\""), json);
		assertTrue(json.contains("\"producedAt\" : \"2025-12-04T02:15:00Z\""), json);
	}

	@Test
	void manifestLeavesNoTemporaryFile() throws IOException {
		RunManifest manifest = new RunManifest("nightly", "benchmarkJob", WorkbookFixtures.REPORTING_DATE,
				WorkbookFixtures.PRODUCED_AT, List.of());

		this.manifestWriter.write(manifest, this.output);
		this.manifestWriter.write(manifest, this.output);

		try (Stream<Path> files = Files.list(this.output)) {
			assertEquals(List.of("manifest.json"), files.map((file) -> file.getFileName().toString()).toList());
		}
	}

	@Test
	void invalidManifestRejectedWithFileName() throws IOException {
		Path file = Files.writeString(this.output.resolve("manifest.json"), "{\"runLabel\": [");

		IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
				() -> this.manifestWriter.read(file));

		assertTrue(failure.getMessage().startsWith(file.toString()), failure.getMessage());
	}

}
