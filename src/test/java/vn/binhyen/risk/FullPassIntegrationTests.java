package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.binhyen.simulation.SimulationParameters;

/**
 * The streamed full pass ({@link FullPass}) gives exactly the scores of the pass it replaced
 * ({@link MaterialisedPass}: every history in memory) on a simulated province in PostgreSQL,
 * writes only the scores that changed, and raises an alert for each enterprise crossing into the
 * top band. The tests share one province and run in order: the first starts with no score stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullPassIntegrationTests {

	static final YearMonth NOW = YearMonth.of(2025, 12);

	static EmbeddedPostgres postgres;
	static DataSource dataSource;
	static JdbcClient jdbc;
	static RiskStore store;
	static Scores scores;
	static final List<Scores.Score> raised = new ArrayList<>();
	static RiskScoring scoring;
	static TransactionTemplate tx;

	@BeforeAll
	static void load() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		dataSource = postgres.getPostgresDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/risk").load().migrate();
		jdbc = JdbcClient.create(dataSource);
		store = new RiskStore(jdbc, new JdbcTemplate(dataSource));
		scores = new Scores(jdbc, dataSource);
		Backtest world = new Backtest(SimulationParameters.of(1_500, 7).withIntensity(4));
		StringBuilder enterprises = new StringBuilder();
		StringBuilder signals = new StringBuilder();
		StringBuilder incidents = new StringBuilder();
		for (int e = 0; e < world.histories.size(); e++) {
			EnterpriseHistory h = world.histories.get(e);
			var p = h.profile;
			// every 50th enterprise is dissolved (not scored), one has quotes and a comma in its name
			String name = e == 3 ? "Công ty \"Hòa Bình\", chi nhánh 2" : "Doanh nghiệp " + e;
			enterprises.append(e + 1).append(',').append(p.taxCode()).append(",\"").append(name.replace("\"", "\"\"")).append("\",")
				.append(p.unitCode()).append(',').append(p.zoneCode() == null ? "" : p.zoneCode()).append(',').append(p.vsic() == null ? "" : p.vsic())
				.append(',').append(p.ownership()).append(',').append(p.headcount()).append(',').append(p.unionPresent()).append(',')
				.append(e % 50 != 49).append('\n');
			for (var o : h.signals) {
				signals.append(e + 1).append(',').append(o.type()).append(',').append(EnterpriseHistory.month(o.month()).atDay(1)).append(',')
					.append(o.months() == null ? "" : o.months()).append(',').append(o.workers() == null ? "" : o.workers()).append('\n');
			}
			for (int m : h.incidents) {
				incidents.append(e + 1).append(',').append(p.unitCode()).append(',').append(p.zoneCode() == null ? "" : p.zoneCode()).append(',')
					.append(EnterpriseHistory.month(m).atDay(1)).append('\n');
			}
		}
		// two wage arrears reports of one enterprise in the last month: the later one (by id) is the one the features read
		signals.append("6,WAGE_ARREARS,2025-12-01,2,40\n6,WAGE_ARREARS,2025-12-01,4,90\n");
		try (Connection c = dataSource.getConnection()) {
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("copy risk_enterprise (enterprise_id, tax_code, name, unit_code, zone_code, vsic, ownership, headcount, union_present, active) from stdin with csv",
					new StringReader(enterprises.toString()));
			copy.copyIn("copy risk_signal (enterprise_id, type, month, months, workers) from stdin with csv", new StringReader(signals.toString()));
			copy.copyIn("copy risk_incident (enterprise_id, unit_code, zone_code, month) from stdin with csv", new StringReader(incidents.toString()));
		}
		int last = EnterpriseHistory.index(NOW);
		RiskModel m30 = ModelFitting.fit(world.histories, world.neighbourhood, last - 23, last, 1, (e, t) -> true, 1);
		RiskModel m90 = ModelFitting.fit(world.histories, world.neighbourhood, last - 25, last - 2, 3, (e, t) -> true, 1);
		store.activate(store.saveVersion("test", NOW.minusMonths(23), NOW, m30, m90, "{}"), "test");
		AlertRaiser alerts = (score, trigger) -> {
			raised.add(score);
			return null;
		};
		scoring = new RiskScoring(store, scores, alerts, new Alerts(jdbc),
				java.time.Clock.fixed(java.time.Instant.parse("2025-12-15T00:00:00Z"), java.time.ZoneOffset.UTC),
				new FullPass(jdbc, dataSource, store, alerts));
		tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	@Test
	@Order(1)
	void givesTheOldPassesScoresWritesOnlyWhatChangedAndRaisesAlertsOnCrossing() {
		var version = store.activeVersion().orElseThrow();
		List<Scores.Score> expected = MaterialisedPass.scores(store, version, scores.bands(), NOW);
		assertThat(expected).hasSizeGreaterThan(1_400).anyMatch(s -> !s.reasons().isEmpty()).anyMatch(s -> s.band().equals("HIGH"));

		int scored = tx.execute(s -> scoring.scoreAll(NOW));

		assertThat(scored).isEqualTo(expected.size());
		assertSameScores(stored(), expected);
		assertThat(lastPass()).containsEntry("scored", expected.size()).containsEntry("changed", expected.size());
		assertThat(stored()).doesNotContainKey(50L); // dissolved: not scored

		// again, nothing new: no score is written, each counts as scored at the second pass
		var before = scoredAt();
		tx.execute(s -> scoring.scoreAll(NOW));
		assertThat(lastPass()).containsEntry("changed", 0);
		assertThat(scoredAt()).isEqualTo(before);
		assertThat(scores.scoredAt(1)).isEqualTo(jdbc.sql("select max(scored_at) from risk_pass").query(java.sql.Timestamp.class).single()
			.toInstant());

		// a month later the features' months move on: every score that differs is written, and only those
		List<Scores.Score> nextMonth = MaterialisedPass.scores(store, version, scores.bands(), NOW.plusMonths(1));
		long differing = 0;
		for (int i = 0; i < expected.size(); i++) {
			differing += expected.get(i).equals(nextMonth.get(i)) ? 0 : 1;
		}
		tx.execute(s -> scoring.scoreAll(NOW.plusMonths(1)));
		assertSameScores(stored(), nextMonth);
		assertThat(differing).isPositive();
		assertThat(lastPass()).containsEntry("changed", (int) differing);
		assertThat(raised).extracting(Scores.Score::enterpriseId).containsExactlyElementsOf(crossing(expected, nextMonth));
		raised.clear();

		// a lower top threshold: the enterprises crossing into it get an alert, with their new score
		double threshold = nextMonth.stream().mapToDouble(Scores.Score::score30).sorted().skip(nextMonth.size() * 9L / 10).findFirst().orElseThrow();
		scores.setThreshold("HIGH", threshold, "test");
		List<Scores.Score> lowered = MaterialisedPass.scores(store, version, scores.bands(), NOW.plusMonths(1));
		Set<Long> crossing = crossing(nextMonth, lowered);
		tx.execute(s -> scoring.scoreAll(NOW.plusMonths(1)));
		assertThat(crossing).isNotEmpty();
		assertThat(raised).extracting(Scores.Score::enterpriseId).containsExactlyElementsOf(crossing);
		assertThat(raised).allMatch(s -> s.band().equals("HIGH") && s.score30() >= threshold);
		assertSameScores(stored(), lowered);

		// the later of two wage arrears reports of one month counts, as in the old pass; names are stored as they are
		assertThat(expected.get(5).enterpriseId()).isEqualTo(6);
		assertThat(expected.get(5).reasons()).extracting(RiskModel.Reason::feature).contains(Feature.WAGE_ARREARS);
		assertThat(scores.current(4).name()).isEqualTo("Công ty \"Hòa Bình\", chi nhánh 2");
	}

	@Test
	@Order(2)
	void leavesUnchangedScoresOutAndWritesEachStaleOneExactlyAsTheOldPass() {
		var version = store.activeVersion().orElseThrow();
		YearMonth month = NOW.plusMonths(2);
		tx.execute(s -> scoring.scoreAll(month));
		raised.clear();

		// the same month again: no row is written (every tuple is the one before), no alert is raised
		Map<Long, String> tuples = tuples();
		tx.execute(s -> scoring.scoreAll(month));
		assertThat(lastPass()).containsEntry("changed", 0);
		assertThat(tuples()).isEqualTo(tuples);
		assertThat(raised).isEmpty();

		// stored scores made stale in each compared column, one enterprise renamed: those rows are written, and only those
		List<Scores.Score> expectedBefore = MaterialisedPass.scores(store, version, scores.bands(), month);
		long high = expectedBefore.stream().filter(s -> s.band().equals("HIGH") && s.enterpriseId() > 9).findFirst().orElseThrow().enterpriseId();
		long withReasons = expectedBefore.stream().filter(s -> !s.reasons().isEmpty() && s.enterpriseId() > 9 && s.enterpriseId() != high).findFirst().orElseThrow()
			.enterpriseId();
		jdbc.sql("update risk_score set score30 = score30 + 1e-12 where enterprise_id = 7").update();
		jdbc.sql("update risk_score set score90 = score90 - 1e-12 where enterprise_id = 8").update();
		jdbc.sql("update risk_score set reasons = '[]' where enterprise_id = ?").param(withReasons).update();
		jdbc.sql("update risk_score set band = 'LOW' where enterprise_id = ?").param(high).update();
		jdbc.sql("update risk_enterprise set name = 'Công ty\tmới \\ \"Bình Yên\"' where enterprise_id = 9").update();
		Map<Long, String> stale = tuples();
		List<Scores.Score> expected = MaterialisedPass.scores(store, version, scores.bands(), month);

		tx.execute(s -> scoring.scoreAll(month));

		assertThat(lastPass()).containsEntry("changed", 5);
		assertSameScores(stored(), expected);
		assertThat(scores.current(9).name()).isEqualTo("Công ty\tmới \\ \"Bình Yên\"");
		Map<Long, String> after = tuples();
		Set<Long> written = new TreeSet<>();
		after.forEach((id, tuple) -> {
			if (!tuple.equals(stale.get(id))) {
				written.add(id);
			}
		});
		assertThat(written).containsExactlyInAnyOrder(7L, 8L, 9L, withReasons, high);
		// the one put back below the top band crosses into it again
		assertThat(raised).extracting(Scores.Score::enterpriseId).containsExactly(high);
		raised.clear();
	}

	/** The physical row of each score: a row the pass writes gets a new one. */
	private static Map<Long, String> tuples() {
		Map<Long, String> all = new HashMap<>();
		jdbc.sql("select enterprise_id, ctid::text || '/' || xmin::text from risk_score").query(rs -> {
			all.put(rs.getLong(1), rs.getString(2));
		});
		return all;
	}

	/** Enterprises (by id) whose band moves into the top one from a lower one, between two lists of the same enterprises. */
	private static Set<Long> crossing(List<Scores.Score> before, List<Scores.Score> after) {
		Set<Long> crossing = new TreeSet<>();
		for (int i = 0; i < after.size(); i++) {
			if (after.get(i).band().equals("HIGH") && !before.get(i).band().equals("HIGH")) {
				crossing.add(after.get(i).enterpriseId());
			}
		}
		return crossing;
	}

	private static void assertSameScores(Map<Long, Scores.Score> stored, List<Scores.Score> expected) {
		assertThat(stored).hasSize(expected.size());
		for (Scores.Score e : expected) {
			Scores.Score s = stored.get(e.enterpriseId());
			assertThat(s).as("score of enterprise %d", e.enterpriseId()).isNotNull();
			// exactly: the same doubles, band and reasons as stored by the old pass
			assertThat(s.score30()).as("score30 of %d", e.enterpriseId()).isEqualTo(e.score30());
			assertThat(s.score90()).as("score90 of %d", e.enterpriseId()).isEqualTo(e.score90());
			assertThat(s.band()).isEqualTo(e.band());
			assertThat(Scores.json(s.reasons())).isEqualTo(Scores.json(e.reasons()));
			assertThat(List.of(s.taxCode(), s.name(), s.unitCode(), Objects.toString(s.zoneCode()), s.modelVersion()))
				.isEqualTo(List.of(e.taxCode(), e.name(), e.unitCode(), Objects.toString(e.zoneCode()), e.modelVersion()));
		}
	}

	private static Map<Long, Scores.Score> stored() {
		Map<Long, Scores.Score> all = new HashMap<>();
		jdbc.sql("select * from risk_score").query(Scores::score).list().forEach(s -> all.put(s.enterpriseId(), s));
		return all;
	}

	private static Map<Long, java.sql.Timestamp> scoredAt() {
		Map<Long, java.sql.Timestamp> all = new HashMap<>();
		jdbc.sql("select enterprise_id, scored_at from risk_score").query(rs -> {
			all.put(rs.getLong(1), rs.getTimestamp(2));
		});
		return all;
	}

	private static Map<String, Object> lastPass() {
		return jdbc.sql("select scored, changed from risk_pass order by id desc limit 1").query().singleRow();
	}
}
