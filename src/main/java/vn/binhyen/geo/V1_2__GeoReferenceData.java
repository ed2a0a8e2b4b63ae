package vn.binhyen.geo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.binhyen.shared.Text;

/**
 * Loads the reference units and zones shipped in {@code reference/} (see NOTICE for sources)
 * into the database once, as a Flyway migration.
 */
@Component
class V1_2__GeoReferenceData extends BaseJavaMigration {

	private static final LocalDate LAST_OLD_DAY = AdministrativeUnit.REORGANISED_ON.minusDays(1);

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (PreparedStatement unit = connection.prepareStatement("""
				insert into admin_unit (code, name, full_name, type, level, province_code, parent_code, valid_from, valid_to, name_folded)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
				PreparedStatement succession = connection.prepareStatement("""
						insert into unit_succession (old_code, old_level, new_code, new_level, partial) values (?, ?, ?, ?, ?)
						on conflict do nothing""")) {
			read("provinces_pre2025.csv", r -> {
				addUnit(unit, r.get("code"), r, "PROVINCE", r.get("code"), null, null, LAST_OLD_DAY);
				addSuccession(succession, r.get("code"), "PROVINCE", r.get("code_2025"), "PROVINCE", false);
			});
			read("provinces_2025.csv", r -> addUnit(unit, r.get("code"), r, "PROVINCE", r.get("code"), null,
					AdministrativeUnit.REORGANISED_ON, null));
			Map<String, LocalDate> thanhHoaLastDays = new HashMap<>();
			read("thanh_hoa_districts_pre2025.csv", r -> thanhHoaLastDays.put(r.get("code"), LocalDate.parse(r.get("last_day"))));
			read("districts_pre2025_all.csv", r -> {
				addUnit(unit, r.get("code"), r, "DISTRICT", r.get("province_code"), r.get("province_code"), null,
						thanhHoaLastDays.getOrDefault(r.get("code"), LAST_OLD_DAY));
			});
			// Thanh Hóa districts abolished before the national list's date (Đông Sơn, 1 Jan 2025)
			read("thanh_hoa_districts_pre2025.csv", r -> {
				if (LocalDate.parse(r.get("last_day")).isBefore(LAST_OLD_DAY)) {
					addUnit(unit, r.get("code"), r, "DISTRICT", Geography.THANH_HOA, Geography.THANH_HOA, null,
							LocalDate.parse(r.get("last_day")));
				}
			});
			read("thanh_hoa_communes_pre2025.csv", r -> addUnit(unit, r.get("code"), r, "COMMUNE", Geography.THANH_HOA,
					r.get("district_code"), null, LAST_OLD_DAY));
			read("communes_2025_all.csv", r -> addUnit(unit, r.get("code"), r, "COMMUNE", r.get("province_code"),
					r.get("province_code"), AdministrativeUnit.REORGANISED_ON, null));
			read("thanh_hoa_communes_2025.csv", r -> {
				String[] codes = r.get("formed_from_codes").split(";");
				String[] names = r.get("formed_from_names").split(";");
				for (int i = 0; i < codes.length; i++) {
					boolean partial = i < names.length && names[i].contains("một phần");
					addSuccession(succession, codes[i].strip(), "COMMUNE", r.get("code"), "COMMUNE", partial);
				}
			});
			unit.executeBatch();
			succession.executeBatch();
		}
		loadZones(connection);
	}

	private void loadZones(Connection connection) throws Exception {
		Map<String, String> districtCodes = new HashMap<>();
		read("thanh_hoa_districts_pre2025.csv", r -> districtCodes.put(Text.fold(r.get("full_name")), r.get("code")));
		try (PreparedStatement zone = connection.prepareStatement("""
				insert into zone (code, name, kind, status, province_code, district_code, area_ha, other_names, source_url, name_folded)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			read("thanh_hoa_industrial_zones.csv", r -> {
				try {
					String district = r.get("district_pre2025");
					String districtCode = districtCodes.entrySet().stream()
						.filter(e -> Text.fold(district).startsWith(e.getKey()))
						.map(Map.Entry::getValue).findFirst().orElse(null);
					zone.setString(1, r.get("id"));
					zone.setString(2, r.get("name"));
					zone.setString(3, r.get("kind"));
					zone.setString(4, r.get("status"));
					zone.setString(5, Geography.THANH_HOA);
					zone.setString(6, districtCode);
					String area = r.get("area_ha").replace(",", "");
					if (area.isBlank()) {
						zone.setNull(7, Types.NUMERIC);
					}
					else {
						zone.setBigDecimal(7, new java.math.BigDecimal(area));
					}
					zone.setString(8, r.get("other_names"));
					zone.setString(9, r.get("source_url"));
					zone.setString(10, Text.fold(r.get("name") + " " + r.get("other_names")));
					zone.addBatch();
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			zone.executeBatch();
		}
	}

	private static void addUnit(PreparedStatement unit, String code, CSVRecord r, String level, String province,
			String parent, LocalDate from, LocalDate to) {
		try {
			unit.setString(1, code);
			unit.setString(2, r.get("name"));
			unit.setString(3, r.get("full_name"));
			unit.setString(4, r.get("type"));
			unit.setString(5, level);
			unit.setString(6, province);
			unit.setString(7, parent);
			unit.setDate(8, from == null ? null : Date.valueOf(from));
			unit.setDate(9, to == null ? null : Date.valueOf(to));
			unit.setString(10, Text.fold(r.get("name")));
			unit.addBatch();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void addSuccession(PreparedStatement succession, String oldCode, String oldLevel, String newCode,
			String newLevel, boolean partial) {
		try {
			succession.setString(1, oldCode);
			succession.setString(2, oldLevel);
			succession.setString(3, newCode);
			succession.setString(4, newLevel);
			succession.setBoolean(5, partial);
			succession.addBatch();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void read(String file, Consumer<CSVRecord> each) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource("reference/" + file).getInputStream(),
				StandardCharsets.UTF_8)) {
			List<CSVRecord> records = format.parse(reader).getRecords();
			records.forEach(each);
		}
	}
}
