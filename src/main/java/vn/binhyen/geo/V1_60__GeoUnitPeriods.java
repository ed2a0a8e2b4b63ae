package vn.binhyen.geo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import vn.binhyen.geo.AdministrativeUnit.Level;

/**
 * Replaces Thanh Hóa's pre-July-2025 districts and communes with their versions over time (until
 * 31 Dec 2024, 1 Jan – 30 Jun 2025) and records, per version, which later unit its records
 * count in ({@code unit_link}); see {@link ThanhHoaUnits}.
 */
@Component
class V1_60__GeoUnitPeriods extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("""
					create table unit_link (
					    old_code       text not null,
					    old_valid_to   date not null,
					    new_code       text not null,
					    new_valid_from date not null,
					    partial        boolean not null,
					    counts         boolean not null,
					    ord            int not null,
					    primary key (old_code, old_valid_to, new_code, new_valid_from)
					)""");
			ddl.execute("comment on table unit_link is 'Which later commune version (code, first day) the records of an older "
					+ "commune version (code, last day) count in (counts) or went partly into'");
			ddl.execute("delete from admin_unit where province_code = '38' and level in ('DISTRICT', 'COMMUNE') and valid_to is not null");
		}
		Map<String, AdministrativeUnit> newCommunes = new HashMap<>();
		try (Statement query = connection.createStatement();
				ResultSet rs = query.executeQuery("""
						select code, name, full_name, type from admin_unit
						where province_code = '38' and level = 'COMMUNE' and valid_from is not null""")) {
			while (rs.next()) {
				newCommunes.put(rs.getString(1), new AdministrativeUnit(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), Level.COMMUNE, Geography.THANH_HOA, Geography.THANH_HOA, AdministrativeUnit.REORGANISED_ON, null));
			}
		}
		ThanhHoaUnits units = ThanhHoaUnits.read(newCommunes);
		try (PreparedStatement unit = connection.prepareStatement("""
				insert into admin_unit (code, name, full_name, type, level, province_code, parent_code, valid_from, valid_to, name_folded)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
				PreparedStatement link = connection.prepareStatement("""
						insert into unit_link (old_code, old_valid_to, new_code, new_valid_from, partial, counts, ord)
						values (?, ?, ?, ?, ?, ?, ?)""")) {
			for (AdministrativeUnit u : units.versions) {
				unit.setString(1, u.code());
				unit.setString(2, u.name());
				unit.setString(3, u.fullName());
				unit.setString(4, u.type());
				unit.setString(5, u.level().name());
				unit.setString(6, u.provinceCode());
				unit.setString(7, u.parentCode());
				unit.setDate(8, date(u.validFrom()));
				unit.setDate(9, date(u.validTo()));
				unit.setString(10, vn.binhyen.shared.Text.fold(u.name()));
				unit.addBatch();
			}
			for (ThanhHoaUnits.Link l : units.links) {
				link.setString(1, l.from().code());
				link.setDate(2, date(l.from().validTo()));
				link.setString(3, l.to().code());
				link.setDate(4, date(l.to().validFrom() == null ? ThanhHoaUnits.FIRST_2025_CHANGE : l.to().validFrom()));
				link.setBoolean(5, l.partial());
				link.setBoolean(6, l.counts());
				link.setInt(7, l.order());
				link.addBatch();
			}
			unit.executeBatch();
			link.executeBatch();
		}
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}
}
