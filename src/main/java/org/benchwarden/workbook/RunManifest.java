package org.benchwarden.workbook;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.benchwarden.access.Aggregate;
import org.benchwarden.access.Entitlements;
import org.benchwarden.access.View;
import org.benchwarden.access.Withheld;

/**
 * The record of one run written as {@code manifest.json} beside its workbooks: for every
 * recipient, the workbook file and its SHA-256, and which organisations' data each view contains
 * under which contract or agreement. An information governance lead reads it to show what a
 * workbook contains and what allowed each part. Immutable.
 *
 * @param runLabel the run's label, also shown on each workbook's cover
 * @param jobName the batch job that produced the run
 * @param reportingDate the date the workbooks report on
 * @param producedAt when the run produced the workbooks
 * @param recipients one entry per workbook written
 */
public record RunManifest(String runLabel, String jobName, LocalDate reportingDate, ZonedDateTime producedAt,
		List<Recipient> recipients) {

	public RunManifest {
		recipients = List.copyOf(recipients);
	}

	/**
	 * One recipient's workbook.
	 *
	 * @param odsCode the recipient's ODS code
	 * @param name the recipient's name
	 * @param fileName the workbook's file name in the output folder
	 * @param sha256 SHA-256 of the workbook file, lower-case hexadecimal
	 * @param figureCount number of figures in the workbook
	 * @param views the views in workbook order
	 * @param withheld what was left out and why: whole views and aggregates first, then figures
	 */
	public record Recipient(String odsCode, String name, String fileName, String sha256, long figureCount,
			List<ViewEntry> views, List<Withheld> withheld) {

		public Recipient {
			views = List.copyOf(views);
			withheld = List.copyOf(withheld);
		}

		/** Describes the workbook written for these entitlements. */
		public static Recipient of(Entitlements entitlements, WrittenWorkbook workbook) {
			List<Withheld> withheld = new ArrayList<>(entitlements.withheld());
			withheld.addAll(workbook.figuresWithheld());
			return new Recipient(entitlements.recipient().odsCode(), entitlements.recipient().name(),
					workbook.file().getFileName().toString(), workbook.sha256(), workbook.figureCount(),
					entitlements.views().stream().map(ViewEntry::of).toList(), withheld);
		}

	}

	/**
	 * One view of a workbook.
	 *
	 * @param id the view's identifier within the recipient's entitlements
	 * @param kind the view kind's constant name, for example {@code GROUP_AGGREGATE}
	 * @param title the view's title
	 * @param role the recipient's role that allows the view
	 * @param grant the contract or agreement that allows the view
	 * @param unofficial true when the view comes from an UNOFFICIAL contract
	 * @param organisationsShown ODS codes of the practices shown one by one
	 * @param aggregates the aggregates shown, each with the practices summed
	 */
	public record ViewEntry(String id, String kind, String title, String role, GrantEntry grant, boolean unofficial,
			List<String> organisationsShown, List<AggregateEntry> aggregates) {

		public ViewEntry {
			organisationsShown = List.copyOf(organisationsShown);
			aggregates = List.copyOf(aggregates);
		}

		static ViewEntry of(View view) {
			GrantEntry grant = (view.grant() == null) ? null
					: new GrantEntry(view.grant().type().name(), view.grant().code(), view.grant().name());
			return new ViewEntry(view.id(), view.kind().name(), view.title(), view.role(), grant, view.unofficial(),
					view.organisations(), view.aggregates().stream().map(AggregateEntry::of).toList());
		}

	}

	/**
	 * The instrument that allows a view.
	 *
	 * @param type {@code CONTRACT}, {@code AGREEMENT} or {@code OWN_DATA}
	 * @param code the contract or agreement code, or the recipient's ODS code for own data
	 * @param name the contract or agreement name
	 */
	public record GrantEntry(String type, String code, String name) {
	}

	/**
	 * An aggregate and the practices it sums.
	 *
	 * @param code the aggregate's code
	 * @param name the aggregate's name
	 * @param contributors ODS codes of the practices summed
	 */
	public record AggregateEntry(String code, String name, List<String> contributors) {

		public AggregateEntry {
			contributors = List.copyOf(contributors);
		}

		static AggregateEntry of(Aggregate aggregate) {
			return new AggregateEntry(aggregate.code(), aggregate.name(), aggregate.contributors());
		}

	}

}
