package vn.binhyen.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.binhyen.support.IntegrationTest;

/**
 * The rescoring queue: a pass is claimed, scored and removed; an enterprise queued again while its
 * pass is scored is scored again; a claim left by a stopped worker is taken again, another
 * worker's fresh claim is not. A score set to -1 beforehand shows that the enterprise was rescored.
 */
@IntegrationTest
class RescoreQueueIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RescoreQueue queue;

	@Autowired
	TransactionTemplate transactions;

	private List<Long> used = List.of();

	@AfterEach
	void forget() {
		jdbc.sql("delete from risk_rescore where enterprise_id = any(?)").param((Object) used.toArray(Long[]::new)).update();
	}

	@Test
	void anEnterpriseQueuedWhileItsPassIsScoredIsScoredAgain() {
		long e = scored(0);
		used = List.of(e);
		claim(e, Instant.now());   // a pass that read its history before the new signal
		transactions.executeWithoutResult(s -> queue.add(List.of(e)));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> queued(e) == 0 && score(e) >= 0);
	}

	@Test
	void aStoppedWorkersClaimIsTakenAgainAndAFreshOneIsLeftToItsWorker() {
		long stale = scored(1);
		long fresh = scored(2);
		long waiting = scored(3);
		used = List.of(stale, fresh, waiting);
		claim(stale, Instant.now().minus(RescoreQueue.STALE_CLAIM).minusSeconds(60));
		claim(fresh, Instant.now());
		transactions.executeWithoutResult(s -> queue.add(List.of(waiting)));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> queued(waiting) == 0 && score(waiting) >= 0);
		queue.drain();
		assertThat(queued(stale)).isZero();
		assertThat(score(stale)).isGreaterThanOrEqualTo(0);
		assertThat(queued(fresh)).isEqualTo(1);
		assertThat(score(fresh)).isEqualTo(-1);
	}

	// the n-th scored enterprise, its score set to -1
	private long scored(int n) {
		long id = jdbc.sql("select enterprise_id from risk_score order by enterprise_id offset ? limit 1").param(100 + n)
			.query(Long.class).single();
		jdbc.sql("update risk_score set score30 = -1 where enterprise_id = ?").param(id).update();
		return id;
	}

	private void claim(long id, Instant at) {
		jdbc.sql("insert into risk_rescore (enterprise_id, taken_at) values (?, ?)").params(id, Timestamp.from(at)).update();
	}

	private long queued(long id) {
		return jdbc.sql("select count(*) from risk_rescore where enterprise_id = ?").param(id).query(Long.class).single();
	}

	private double score(long id) {
		return jdbc.sql("select score30 from risk_score where enterprise_id = ?").param(id).query(Double.class).single();
	}
}
