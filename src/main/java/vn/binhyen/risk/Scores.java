package vn.binhyen.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Current scores, coordinator-set bands and alerts. */
@Repository
class Scores {

	record Score(long enterpriseId, String taxCode, String name, String unitCode, @Nullable String zoneCode, double score30,
			double score90, String band, List<RiskModel.Reason> reasons, long modelVersion) {
	}

	record Band(String band, double threshold, String setBy) {
	}

	private static final Pattern REASON = Pattern.compile("\\{\"factor\":\"([A-Z_0-9]+)\",\"contribution\":([-0-9.eE]+)}");

	private final JdbcClient jdbc;
	private final javax.sql.DataSource dataSource;

	Scores(JdbcClient jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Bands from the top (HIGH) down. */
	List<Band> bands() {
		return jdbc.sql("select band, threshold, set_by from risk_band order by case band when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end")
				.query((rs, n) -> new Band(rs.getString(1), rs.getDouble(2), rs.getString(3))).list();
	}

	void setThreshold(String band, double threshold, String by) {
		jdbc.sql("update risk_band set threshold = ?, set_by = ?, set_at = now() where band = ?").params(threshold, by, band).update();
	}

	/** Saves scores in one batch; returns each enterprise's band before the save (absent when new). */
	java.util.Map<Long, String> saveAll(List<Score> all) {
		java.util.Map<Long, String> before = new java.util.HashMap<>();
		// A chunk reads the bands of its enterprises only; a full pass reads the table once.
		var read = all.size() <= 20_000
				? jdbc.sql("select enterprise_id, band from risk_score where enterprise_id = any(?)")
					.param((Object) all.stream().map(Score::enterpriseId).toArray(Long[]::new))
				: jdbc.sql("select enterprise_id, band from risk_score");
		read.query(rs -> {
			before.put(rs.getLong(1), rs.getString(2));
		});
		if (all.size() < 100) {
			List<Object[]> rows = new ArrayList<>(all.size());
			for (Score s : all) {
				rows.add(new Object[] { s.enterpriseId(), s.taxCode(), s.name(), s.unitCode(), s.zoneCode(), s.score30(), s.score90(), s.band(),
						json(s.reasons()), s.modelVersion() });
			}
			new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate(UPSERT, rows);
		}
		else {
			copyAll(all);
		}
		return before;
	}

	/** A full pass: COPY into a temporary table, then one upsert (a statement per row is 10× slower). */
	private void copyAll(List<Score> all) {
		jdbc.sql("create temporary table if not exists risk_score_load (like risk_score including defaults) on commit drop").update();
		StringBuilder csv = new StringBuilder(all.size() * 200);
		for (Score s : all) {
			csv.append(s.enterpriseId()).append(',').append(s.taxCode()).append(',').append(quote(s.name())).append(',').append(s.unitCode())
					.append(',').append(s.zoneCode() == null ? "" : s.zoneCode()).append(',').append(s.score30()).append(',').append(s.score90())
					.append(',').append(s.band()).append(',').append(quote(json(s.reasons()))).append(',').append(s.modelVersion()).append('\n');
		}
		java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(
					"copy risk_score_load (enterprise_id, tax_code, name, unit_code, zone_code, score30, score90, band, reasons, model_version) from stdin with csv",
					new java.io.StringReader(csv.toString()));
		}
		catch (java.sql.SQLException | java.io.IOException e) {
			throw new IllegalStateException("could not load scores", e);
		}
		finally {
			org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
		}
		jdbc.sql(UPSERT_FROM_LOAD).update();
		jdbc.sql("truncate risk_score_load").update();
	}

	private static String quote(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	private static final String UPSERT_FROM_LOAD = """
			insert into risk_score (enterprise_id, tax_code, name, unit_code, zone_code, score30, score90, band, reasons, model_version, scored_at)
			select enterprise_id, tax_code, name, unit_code, zone_code, score30, score90, band, reasons, model_version, now() from risk_score_load
			on conflict (enterprise_id) do update set tax_code = excluded.tax_code, name = excluded.name, unit_code = excluded.unit_code,
			zone_code = excluded.zone_code, score30 = excluded.score30, score90 = excluded.score90, band = excluded.band,
			reasons = excluded.reasons, model_version = excluded.model_version, scored_at = now()""";

	private static final String UPSERT = """
				insert into risk_score (enterprise_id, tax_code, name, unit_code, zone_code, score30, score90, band, reasons, model_version, scored_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) on conflict (enterprise_id) do update set tax_code = excluded.tax_code,
				name = excluded.name, unit_code = excluded.unit_code, zone_code = excluded.zone_code, score30 = excluded.score30,
				score90 = excluded.score90, band = excluded.band, reasons = excluded.reasons, model_version = excluded.model_version,
				scored_at = now()""";

	/** Highest 30-day scores first; {@code units} filters by commune codes (or a zone code) when given. */
	List<Score> top(int limit, java.util.@Nullable Collection<String> units) {
		String where = units == null ? "" : "where (unit_code = any(:units) or zone_code = any(:units)) ";
		var spec = jdbc.sql("select * from risk_score " + where + "order by score30 desc, enterprise_id limit :limit").param("limit", limit);
		if (units != null) {
			spec = spec.param("units", units.toArray(String[]::new));
		}
		return spec.query(Scores::score).list();
	}

	static Score score(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Score(rs.getLong("enterprise_id"), rs.getString("tax_code"), rs.getString("name"), rs.getString("unit_code"),
				rs.getString("zone_code"), rs.getDouble("score30"), rs.getDouble("score90"), rs.getString("band"), parse(rs.getString("reasons")),
				rs.getLong("model_version"));
	}

	/** The current score of one enterprise, null when it was never scored. */
	@Nullable
	Score current(long enterpriseId) {
		return jdbc.sql("select * from risk_score where enterprise_id = ?").param(enterpriseId).query(Scores::score).optional().orElse(null);
	}

	/**
	 * When the enterprise was last scored, null when never: a full pass writes only the scores that
	 * changed, so an unchanged score of an active enterprise was confirmed by the last full pass with its model version.
	 */
	java.time.@Nullable Instant scoredAt(long enterpriseId) {
		return jdbc.sql("""
				select greatest(s.scored_at, (select max(p.scored_at) from risk_pass p where p.model_version = s.model_version
				  and exists (select 1 from risk_enterprise e where e.enterprise_id = s.enterprise_id and e.active)))
				from risk_score s where s.enterprise_id = ?""").param(enterpriseId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).optional().orElse(null);
	}

	/** An enterprise the risk module knows but has not scored (no active model yet): probability 0, the lowest band. */
	@Nullable
	Score unscored(long enterpriseId) {
		List<Band> bands = bands();
		String lowest = bands.get(bands.size() - 1).band();
		return jdbc.sql("select tax_code, name, unit_code, zone_code from risk_enterprise where enterprise_id = ?").param(enterpriseId)
			.query((rs, n) -> new Score(enterpriseId, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), 0, 0, lowest,
					List.of(), 0))
			.optional().orElse(null);
	}

	/** Ownership and sector of an enterprise as the risk module knows it (rules match on them), null when unknown. */
	@Nullable
	Profile profile(long enterpriseId) {
		return jdbc.sql("select ownership, vsic from risk_enterprise where enterprise_id = ?").param(enterpriseId)
			.query((rs, n) -> new Profile(rs.getString(1), rs.getString(2))).optional().orElse(null);
	}

	record Profile(@Nullable String ownership, @Nullable String vsic) {
	}

	static String json(List<RiskModel.Reason> reasons) {
		// without String.format: a full pass writes five reasons for each of a million enterprises
		StringBuilder b = new StringBuilder("[");
		for (RiskModel.Reason r : reasons) {
			b.append(b.length() > 1 ? "," : "").append("{\"factor\":\"").append(r.feature().name()).append("\",\"contribution\":")
				.append(fourDecimals(r.contribution())).append('}');
		}
		return b.append(']').toString();
	}

	/**
	 * {@code new BigDecimal(v).setScale(4, HALF_UP).toPlainString()}, without BigDecimal (a full pass
	 * formats five for each of a million enterprises): v × 10⁴ as a double is within 10⁻⁷ of the
	 * exact product below 10⁹, so it rounds the same unless it lies within 10⁻⁶ of a half, where
	 * BigDecimal decides.
	 */
	static String fourDecimals(double v) {
		double r = v * 10_000;
		if (!(v > 0) || r >= 1e9) {
			return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
		}
		double whole = Math.floor(r);
		double fraction = r - whole;
		if (Math.abs(fraction - 0.5) < 1e-6) {
			return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
		}
		long q = (long) whole + (fraction > 0.5 ? 1 : 0);
		long decimals = q % 10_000;
		StringBuilder s = new StringBuilder(12).append(q / 10_000).append('.');
		for (long d = 1_000; d > 1 && decimals < d; d /= 10) {
			s.append('0');
		}
		return s.append(decimals).toString();
	}

	static List<RiskModel.Reason> parse(String json) {
		List<RiskModel.Reason> reasons = new ArrayList<>();
		Matcher m = REASON.matcher(json);
		while (m.find()) {
			reasons.add(new RiskModel.Reason(Feature.valueOf(m.group(1)), Double.parseDouble(m.group(2))));
		}
		return reasons;
	}
}
