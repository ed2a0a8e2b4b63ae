package vn.binhyen.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real Thanh Hóa units and zones the simulated enterprises sit on, read from the classpath:
 * the 166 communes/wards of 1 July 2025 (with the old districts they were formed from) and the
 * industrial/economic zones.
 */
final class ReferenceData {

	record Commune(String code, String fullName, boolean ward, String district) {
	}

	// A zone and the indices of the communes of its (old) district(s), where its tenants sit.
	record Zone(String id, String name, double weight, int[] communes) {
	}

	// Relative share of zone tenants; planned zones have none yet.
	private static final Map<String, Double> ZONE_STATUS_WEIGHT = Map.of("operating", 1.0, "under construction", 0.15,
			"unverified", 0.1);

	private static final ReferenceData INSTANCE = load();

	final List<Commune> communes;
	final List<Zone> zones;

	private ReferenceData(List<Commune> communes, List<Zone> zones) {
		this.communes = communes;
		this.zones = zones;
	}

	static ReferenceData get() {
		return INSTANCE;
	}

	private static ReferenceData load() {
		List<Commune> communes = new ArrayList<>();
		for (CSVRecord row : read("reference/thanh_hoa_communes_2025.csv")) {
			String district = row.get("formed_from_districts").split(";")[0];
			communes.add(new Commune(row.get("code"), row.get("full_name"), "Phường".equals(row.get("type")), district));
		}
		List<Zone> zones = new ArrayList<>();
		for (CSVRecord row : read("reference/thanh_hoa_industrial_zones.csv")) {
			double weight = ZONE_STATUS_WEIGHT.getOrDefault(row.get("status"), 0.0);
			if ("economic_zone".equals(row.get("kind"))) {
				weight *= 3; // Nghi Sơn holds most of the province's large plants
			}
			int[] inDistricts = communesOf(communes, row.get("district_pre2025"));
			if (weight > 0 && inDistricts.length > 0) {
				zones.add(new Zone(row.get("id"), row.get("name"), weight, inDistricts));
			}
		}
		return new ReferenceData(List.copyOf(communes), List.copyOf(zones));
	}

	private static int[] communesOf(List<Commune> communes, String districts) {
		List<String> names = Arrays.stream(districts.split(";"))
			.map(d -> d.replaceAll("\\(.*?\\)", "").replace("and surroundings", "").trim())
			.toList();
		return java.util.stream.IntStream.range(0, communes.size())
			.filter(i -> names.contains(communes.get(i).district()))
			.toArray();
	}

	private static List<CSVRecord> read(String resource) {
		try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing reference data on the classpath: " + resource);
			}
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
