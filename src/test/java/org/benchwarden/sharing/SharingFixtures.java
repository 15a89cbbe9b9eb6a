package org.benchwarden.sharing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.benchwarden.activity.Metric;
import org.benchwarden.activity.Polarity;
import org.benchwarden.organisation.Organisation;
import org.benchwarden.organisation.OrganisationDirectory;
import org.benchwarden.organisation.OrganisationType;
import org.benchwarden.organisation.PracticeMapping;

/**
 * A small practice hierarchy, a metric catalogue and a way to load YAML written to a temporary
 * folder, shared by the sharing and access tests.
 *
 * <pre>
 * region Y61 > ICB QUE > Sub-ICB 06H > PCN U88254: D81001, D81002, D81003
 *                                    > PCN U12345: D81004, D81005
 *                                    > PCN U55555: D81006
 * region Y63 > ICB QHM > Sub-ICB 00L > PCN U99999: D82001
 * </pre>
 *
 * D83001 is not nested: its mapping row puts it in PCN U99999 but in Sub-ICB 06H and ICB QUE.
 */
public final class SharingFixtures {

	public static final String FILE = "sharing.yml";

	private SharingFixtures() {
	}

	public static OrganisationDirectory directory() {
		Organisation region = new Organisation("Y61", "East of England", OrganisationType.REGION);
		Organisation icb = new Organisation("QUE", "Cambridgeshire and Peterborough ICB", OrganisationType.ICB);
		Organisation subIcb = new Organisation("06H", "Cambridgeshire Sub-ICB", OrganisationType.SUB_ICB);
		Organisation camMedical = new Organisation("U88254", "Cam Medical PCN", OrganisationType.PCN);
		Organisation fenland = new Organisation("U12345", "Fenland PCN", OrganisationType.PCN);
		Organisation isle = new Organisation("U55555", "Isle PCN", OrganisationType.PCN);
		Organisation north = new Organisation("Y63", "North East and Yorkshire", OrganisationType.REGION);
		Organisation otherIcb = new Organisation("QHM", "North East and North Cumbria ICB", OrganisationType.ICB);
		Organisation otherSubIcb = new Organisation("00L", "Northumberland Sub-ICB", OrganisationType.SUB_ICB);
		Organisation otherPcn = new Organisation("U99999", "Coquet PCN", OrganisationType.PCN);
		return OrganisationDirectory.builder()
			.add(mapping("D81001", camMedical, subIcb, icb, region))
			.add(mapping("D81002", camMedical, subIcb, icb, region))
			.add(mapping("D81003", camMedical, subIcb, icb, region))
			.add(mapping("D81004", fenland, subIcb, icb, region))
			.add(mapping("D81005", fenland, subIcb, icb, region))
			.add(mapping("D81006", isle, subIcb, icb, region))
			.add(mapping("D82001", otherPcn, otherSubIcb, otherIcb, north))
			.add(mapping("D83001", otherPcn, subIcb, icb, region))
			.build();
	}

	private static PracticeMapping mapping(String code, Organisation pcn, Organisation subIcb, Organisation icb,
			Organisation region) {
		Organisation practice = new Organisation(code, "Practice " + code, OrganisationType.PRACTICE);
		return new PracticeMapping(practice, pcn, subIcb, icb, region);
	}

	/** Returns a catalogue with one QOF metric assigned to contract QOF-2025 and two general metrics. */
	public static List<Metric> catalogue() {
		return List.of(
				new Metric("QOF_PREV_AF", "Atrial fibrillation prevalence", "%", Polarity.NEUTRAL, "QOF-2025", true,
						BigDecimal.valueOf(100)),
				new Metric("QOF_PREV_HYP", "Hypertension prevalence", "%", Polarity.NEUTRAL, null, true,
						BigDecimal.valueOf(100)),
				new Metric("GPAD_APPOINTMENTS", "Appointments", "count", Polarity.NEUTRAL, null, false,
						BigDecimal.ONE));
	}

	/** Writes the YAML as the only file of a new folder under {@code parent} and loads it. */
	public static SharingConfiguration load(Path parent, String yaml) {
		return new YamlSharingConfigurationLoader().load(write(parent, FILE, yaml), directory(), catalogue());
	}

	/** Writes one file into {@code parent}/config, creating the folder, and returns the folder. */
	public static Path write(Path parent, String fileName, String yaml) {
		try {
			Path folder = Files.createDirectories(parent.resolve("config"));
			Files.writeString(folder.resolve(fileName), yaml);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
