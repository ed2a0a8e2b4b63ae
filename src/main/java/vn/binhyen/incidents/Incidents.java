package vn.binhyen.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.binhyen.geo.Geography;
import vn.binhyen.identity.AreaScope;
import vn.binhyen.shared.EditConflict;

/** Stores incidents. */
@Repository
class Incidents {

	/** A case's local start date, the date its unit code is read on. */
	private static final String DAY = "(started_at at time zone 'Asia/Ho_Chi_Minh')::date";

	private final JdbcClient jdbc;
	private final Geography geography;
	private final Clock clock;

	Incidents(JdbcClient jdbc, Geography geography, Clock clock) {
		this.jdbc = jdbc;
		this.geography = geography;
		this.clock = clock;
	}

	long insert(Incident i, IncidentSources sources) {
		return jdbc.sql("""
				insert into incident (type, enterprise_id, tax_code, enterprise_name, unit_code, zone_code, ownership, workforce,
				  started_at, ended_at, workers_involved, causes, description, spread, severity, severity_computed, status,
				  opened_at, opened_by, opened_agency, sim_ref, source_signal_id, source_alert_id)
				values (:type, :eid, :tax, :name, :unit, :zone, :own, :wf, :started, :ended, :workers, :causes, :descr, :spread,
				  :sev, :sev, :status, :opened, :by, :agency, :sim, :signal, :alert) returning id""")
			.param("signal", sources.sourceSignalId()).param("alert", sources.sourceAlertId())
			.param("type", i.type().name()).param("eid", i.enterpriseId()).param("tax", i.taxCode())
			.param("name", i.enterpriseName()).param("unit", i.unitCode()).param("zone", i.zoneCode())
			.param("own", i.ownership()).param("wf", i.workforce()).param("started", ts(i.startedAt()))
			.param("ended", ts(i.endedAt())).param("workers", i.workersInvolved())
			.param("causes", String.join(",", i.causes().stream().map(Enum::name).toList()))
			.param("descr", i.description()).param("spread", i.spread()).param("sev", i.severity().name())
			.param("status", i.status().name()).param("opened", ts(i.openedAt())).param("by", i.openedBy())
			.param("agency", i.openedAgency()).param("sim", i.simRef())
			.query(Long.class).single();
	}

	List<Incident> ofEnterprise(long enterpriseId) {
		return jdbc.sql("select * from incident where enterprise_id = :e order by started_at desc limit 200").param("e", enterpriseId)
			.query(Incidents::map).list();
	}

	IncidentSources sources(long id) {
		return jdbc.sql("select source_signal_id, source_alert_id from incident where id = :id").param("id", id)
			.query((rs, n) -> new IncidentSources((Long) rs.getObject(1), (Long) rs.getObject(2))).optional()
			.orElse(IncidentSources.NONE);
	}

	void labelDescription(long id, Note.Tlp tlp) {
		jdbc.sql("update incident set description_tlp = :t where id = :id").param("t", tlp.name()).param("id", id).update();
	}

	Note.Tlp descriptionLabel(long id) {
		return Note.Tlp.valueOf(jdbc.sql("select description_tlp from incident where id = :id").param("id", id).query(String.class)
			.single());
	}

	Optional<Incident> findById(long id) {
		return jdbc.sql("select * from incident where id = :id").param("id", id).query(Incidents::map).optional();
	}

	Optional<Incident> lockById(long id) {
		return jdbc.sql("select * from incident where id = :id for update").param("id", id).query(Incidents::map).optional();
	}

	void updateStatus(long id, IncidentStatus status, @Nullable Instant endedAt) {
		jdbc.sql("update incident set status = :s, ended_at = coalesce(ended_at, :ended), version = version + 1 where id = :id")
			.param("s", status.name()).param("ended", ts(endedAt)).param("id", id).update();
	}

	void updateTimes(long id, Instant startedAt, @Nullable Instant endedAt) {
		jdbc.sql("update incident set started_at = :s, ended_at = :e, version = version + 1 where id = :id")
			.param("s", ts(startedAt)).param("e", ts(endedAt)).param("id", id).update();
	}

	void updateSeverity(long id, Severity severity, @Nullable String reason) {
		jdbc.sql("update incident set severity = :s, severity_reason = :r, version = version + 1 where id = :id")
			.param("s", severity.name()).param("r", reason).param("id", id).update();
	}

	/** Stores the outcome as given: its agreement with its label (null: AMBER) and the agency that wrote it. */
	void updateOutcome(long id, Incident.Outcome o) {
		jdbc.sql("""
				update incident set outcome_demands = :d, outcome_resumed_on = :r, outcome_agreement = :a,
				  outcome_tlp = :tlp, outcome_agency = :agency, version = version + 1
				where id = :id""")
			.param("d", o.demands()).param("r", o.workResumedOn()).param("a", o.agreement())
			.param("tlp", o.tlp() == null ? Note.Tlp.AMBER.name() : o.tlp().name()).param("agency", o.agency()).param("id", id)
			.update();
	}

	/** The fields whose values differ between {@code version} and now, with both values. */
	List<EditConflict.Change> changedSince(long id, long version) {
		return jdbc.sql("""
				select f.key, r.data ->> f.key, to_jsonb(i) ->> f.key
				from incident i join incident_revision r on r.incident_id = i.id and r.version = :version
				  cross join lateral jsonb_object_keys(r.data) as f(key)
				where i.id = :id and f.key <> 'id' and (r.data -> f.key) is distinct from (to_jsonb(i) -> f.key)
				order by f.key""")
			.param("version", version).param("id", id)
			.query((rs, n) -> EditConflict.Change.ofColumn(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Other cases in the same zone (or unit, outside zones) that started within 7 days of {@code at}. */
	int spread(@Nullable String unitCode, @Nullable String zoneCode, Instant at) {
		String where = zoneCode != null ? "zone_code = :zone" : "unit_code = :unit";
		return jdbc.sql("select count(*) from incident where " + where
				+ " and started_at between :from and :to and status <> 'DISMISSED'")
			.param("zone", zoneCode).param("unit", unitCode)
			.param("from", ts(at.minusSeconds(7 * 86400))).param("to", ts(at.plusSeconds(7 * 86400)))
			.query(Integer.class).single();
	}

	boolean existsSimRef(String ref) {
		return jdbc.sql("select count(*) from incident where sim_ref = :r").param("r", ref).query(Long.class).single() > 0;
	}

	IncidentPage find(IncidentQuery q, AreaScope scope, java.util.@Nullable Set<Long> ids) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (ids != null) {
			where.append(" and id = any(:ids)");
			params.put("ids", ids.toArray(Long[]::new));
		}
		if (q.from() != null) {
			where.append(" and " + DAY + " >= :from");
			params.put("from", q.from());
		}
		if (q.to() != null) {
			where.append(" and " + DAY + " <= :to");
			params.put("to", q.to());
		}
		if (q.type() != null) {
			where.append(" and type = :type");
			params.put("type", q.type().name());
		}
		if (q.status() != null) {
			where.append(" and status = :status");
			params.put("status", q.status().name());
		}
		if (q.severity() != null) {
			where.append(" and severity = :severity");
			params.put("severity", q.severity().name());
		}
		if (q.unit() != null) {
			// the unit as it was on the last day asked for (else today): the same area as the reports
			LocalDate on = q.to() != null ? q.to() : LocalDate.now(clock);
			where.append(" and (" + geography.area(q.unit(), on).sql("unit_code", DAY) + " or zone_code = :unit)");
			params.put("unit", q.unit());
		}
		if (!scope.wholeProvince()) {
			where.append(" and " + scope.sql("unit_code", "zone_code", DAY));
			params.put("scopeZones", scope.zoneCodes().toArray(String[]::new));
		}
		long total = jdbc.sql("select count(*) from incident" + where).params(params).query(Long.class).single();
		List<Incident> items = jdbc.sql("select * from incident" + where + " order by started_at desc, id desc limit :size offset :off")
			.params(params).param("size", q.size()).param("off", (long) q.page() * q.size())
			.query(Incidents::map).list();
		return new IncidentPage(items, total);
	}

	static @Nullable Timestamp ts(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	static Incident map(ResultSet rs, int row) throws SQLException {
		List<Cause> causes = new ArrayList<>();
		Arrays.stream(rs.getString("causes").split(",")).filter(s -> !s.isBlank()).forEach(s -> causes.add(Cause.valueOf(s)));
		long eid = rs.getLong("enterprise_id");
		Long enterpriseId = rs.wasNull() ? null : eid;
		int wf = rs.getInt("workforce");
		Integer workforce = rs.wasNull() ? null : wf;
		Timestamp ended = rs.getTimestamp("ended_at");
		java.sql.Date resumed = rs.getDate("outcome_resumed_on");
		return new Incident(rs.getLong("id"), IncidentType.valueOf(rs.getString("type")), enterpriseId, rs.getString("tax_code"),
				rs.getString("enterprise_name"), rs.getString("unit_code"), rs.getString("zone_code"), rs.getString("ownership"),
				workforce, rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant(),
				rs.getInt("workers_involved"), causes, rs.getString("description"), rs.getInt("spread"),
				Severity.valueOf(rs.getString("severity")), Severity.valueOf(rs.getString("severity_computed")),
				rs.getString("severity_reason"), IncidentStatus.valueOf(rs.getString("status")),
				outcome(rs, resumed),
				rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"), rs.getString("opened_agency"),
				rs.getString("sim_ref"), rs.getLong("version"));
	}

	private static Incident.Outcome outcome(ResultSet rs, java.sql.@Nullable Date resumed) throws SQLException {
		String agreement = rs.getString("outcome_agreement");
		return new Incident.Outcome(rs.getString("outcome_demands"), resumed == null ? null : resumed.toLocalDate(), agreement,
				agreement == null ? null : Note.Tlp.valueOf(rs.getString("outcome_tlp")),
				agreement == null ? null : rs.getString("outcome_agency"));
	}
}
