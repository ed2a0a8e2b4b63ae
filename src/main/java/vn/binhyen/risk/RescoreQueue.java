package vn.binhyen.risk;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Enterprises waiting to be rescored. Signal events queue their enterprises in the event's
 * transaction; after it commits, one worker rescores the queue in passes of up to {@link #PASS}
 * enterprises (one read of their histories, one save), so an import of many chunks rescores each
 * enterprise once and never runs several passes against each other on the same cores. Instances
 * sharing the database claim disjoint rows ({@code skip locked}); a sweep picks up what a crash left
 * (a claim older than {@link #STALE_CLAIM} is taken again).
 */
@Component
class RescoreQueue {

	static final int PASS = 20_000;
	/** A claim this old belongs to a worker that stopped: its pass is taken again. */
	static final Duration STALE_CLAIM = Duration.ofMinutes(30);

	private final JdbcClient jdbc;
	private final RiskScoring scoring;
	private final TransactionTemplate tx;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("risk-rescore-"));
	private final AtomicBoolean requested = new AtomicBoolean();

	RescoreQueue(JdbcClient jdbc, RiskScoring scoring, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.scoring = scoring;
		this.tx = tx;
	}

	/** Queues these enterprises in the current transaction; the worker rescores them once it commits. */
	void add(Collection<Long> enterpriseIds) {
		if (enterpriseIds.isEmpty()) {
			return;
		}
		// an enterprise in a pass being scored goes back to the queue: the pass may have read its history before this signal
		jdbc.sql("""
				insert into risk_rescore (enterprise_id) select unnest(?::bigint[])
				on conflict (enterprise_id) do update set taken_at = null where risk_rescore.taken_at is not null""")
			.param((Object) enterpriseIds.stream().distinct().sorted().toArray(Long[]::new))
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	/** How many enterprises wait. */
	long pending() {
		return jdbc.sql("select count(*) from risk_rescore").query(Long.class).single();
	}

	/**
	 * Rescores the queue until it is empty, a pass at a time: the pass is claimed in a short
	 * transaction (so queuing never waits for a pass), scored in another, and its rows removed unless
	 * queued again meanwhile. Returns how many were scored.
	 */
	int drain() {
		int taken = 0;
		while (true) {
			Instant claim = Instant.now().truncatedTo(ChronoUnit.MICROS);
			List<Long> ids = tx.execute(s -> jdbc.sql("""
					update risk_rescore set taken_at = ? where enterprise_id in
					  (select enterprise_id from risk_rescore where taken_at is null or taken_at < ?
					   order by enterprise_id limit ? for update skip locked)
					returning enterprise_id""").params(Timestamp.from(claim), Timestamp.from(claim.minus(STALE_CLAIM)), PASS)
				.query(Long.class).list());
			if (ids == null || ids.isEmpty()) {
				return taken;
			}
			tx.executeWithoutResult(s -> {
				scoring.scoreMany(ids, scoring.currentMonth());
				jdbc.sql("delete from risk_rescore where enterprise_id = any(?) and taken_at = ?")
					.params(ids.toArray(Long[]::new), Timestamp.from(claim)).update();
			});
			taken += ids.size();
		}
	}

	/** What a crash or a stopped instance left queued. */
	@Scheduled(fixedDelayString = "${binhyen.risk.rescore-sweep:PT1M}", initialDelayString = "${binhyen.risk.rescore-sweep:PT1M}")
	void sweep() {
		wake();
	}

	// one drain at a time per instance; a wake-up during a drain runs one more after it
	private void wake() {
		if (requested.compareAndSet(false, true) && !worker.isShutdown()) {
			worker.execute(() -> {
				requested.set(false);
				drain();
			});
		}
	}

	@PreDestroy
	void stop() throws InterruptedException {
		worker.shutdown();
		worker.awaitTermination(30, TimeUnit.SECONDS);
	}
}
