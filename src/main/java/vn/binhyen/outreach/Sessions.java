package vn.binhyen.outreach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored sessions. */
@Repository
class Sessions {

	private static final String COLUMNS = "id, enterprise_id, tax_code, enterprise_name, zone_code, unit_code, held_on, "
			+ "topic, agencies, workers, managers, notes, source";

	private final JdbcClient jdbc;

	Sessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts unless a session with that natural key exists; the new id, empty for a duplicate. */
	Optional<Long> insertIfAbsent(String naturalKey, OutreachSession s, String actor) {
		return jdbc.sql("""
				insert into outreach_session (natural_key, enterprise_id, tax_code, enterprise_name, zone_code, unit_code,
				    held_on, topic, agencies, workers, managers, notes, source, created_by)
				values (:key, :enterpriseId, :taxCode, :name, :zone, :unit, :heldOn, :topic, :agencies, :workers,
				    :managers, :notes, :source, :actor)
				on conflict (natural_key) do nothing returning id""")
			.param("key", naturalKey).param("enterpriseId", s.enterpriseId()).param("taxCode", s.taxCode())
			.param("name", s.enterpriseName()).param("zone", s.zoneCode()).param("unit", s.unitCode())
			.param("heldOn", s.heldOn()).param("topic", s.topic().name()).param("agencies", String.join(",", s.agencies()))
			.param("workers", s.workers()).param("managers", s.managers()).param("notes", s.notes())
			.param("source", s.source()).param("actor", actor)
			.query(Long.class).optional();
	}

	Optional<OutreachSession> findByNaturalKey(String naturalKey) {
		return jdbc.sql("select " + COLUMNS + " from outreach_session where natural_key = :key").param("key", naturalKey)
			.query(Sessions::map).optional();
	}

	Optional<OutreachSession> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from outreach_session where id = :id").param("id", id)
			.query(Sessions::map).optional();
	}

	/**
	 * Sessions held between the days, newest first; when units or zones are given, only those in
	 * them.
	 */
	List<OutreachSession> between(LocalDate from, LocalDate to, @Nullable Collection<String> units,
			@Nullable Collection<String> zones, int limit) {
		String area = units == null ? "" : " and (unit_code in (:units) or zone_code in (:zones))";
		var spec = jdbc.sql("select " + COLUMNS + " from outreach_session where held_on between :from and :to" + area
				+ " order by held_on desc, id desc limit :limit")
			.param("from", from).param("to", to).param("limit", limit);
		if (units != null) {
			spec = spec.param("units", units.isEmpty() ? List.of("-") : units)
				.param("zones", zones == null || zones.isEmpty() ? List.of("-") : zones);
		}
		return spec.query(Sessions::map).list();
	}

	OutreachSummary summary(LocalDate from, LocalDate to, @Nullable Collection<String> units,
			@Nullable Collection<String> zones) {
		String area = units == null ? "" : " and (unit_code in (:units) or zone_code in (:zones))";
		var totals = jdbc.sql("select count(*), count(distinct coalesce(tax_code, 'Z:' || zone_code)), "
				+ "coalesce(sum(workers), 0), coalesce(sum(managers), 0) from outreach_session "
				+ "where held_on between :from and :to" + area);
		var byTopic = jdbc.sql("select topic, count(*) from outreach_session where held_on between :from and :to" + area
				+ " group by topic order by topic");
		for (var spec : List.of(totals, byTopic)) {
			spec.param("from", from).param("to", to);
			if (units != null) {
				spec.param("units", units.isEmpty() ? List.of("-") : units)
					.param("zones", zones == null || zones.isEmpty() ? List.of("-") : zones);
			}
		}
		Map<String, Long> topics = new LinkedHashMap<>();
		byTopic.query((rs, n) -> topics.put(rs.getString(1), rs.getLong(2))).list();
		return totals.query((rs, n) -> new OutreachSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
				topics)).single();
	}

	private static OutreachSession map(ResultSet rs, int row) throws SQLException {
		Long enterpriseId = rs.getObject("enterprise_id", Long.class);
		String agencies = rs.getString("agencies");
		return new OutreachSession(rs.getLong("id"), enterpriseId, rs.getString("tax_code"),
				rs.getString("enterprise_name"), rs.getString("zone_code"), rs.getString("unit_code"),
				rs.getObject("held_on", LocalDate.class), OutreachTopic.valueOf(rs.getString("topic")),
				agencies.isEmpty() ? List.of() : Arrays.asList(agencies.split(",")), rs.getInt("workers"),
				rs.getInt("managers"), rs.getString("notes"), rs.getString("source"));
	}
}
