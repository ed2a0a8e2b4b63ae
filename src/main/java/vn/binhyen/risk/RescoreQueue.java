package vn.binhyen.risk;

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
 * sharing the database take disjoint rows ({@code skip locked}); a sweep picks up what a crash left.
 */
@Component
class RescoreQueue {

	static final int PASS = 20_000;

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
		jdbc.sql("insert into risk_rescore (enterprise_id) select unnest(?::bigint[]) on conflict do nothing")
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

	/** Rescores the queue until it is empty, a pass per transaction; returns how many were taken. */
	int drain() {
		int taken = 0;
		while (true) {
			Integer n = tx.execute(s -> {
				List<Long> ids = jdbc.sql("""
						delete from risk_rescore where enterprise_id in
						  (select enterprise_id from risk_rescore order by enterprise_id limit ? for update skip locked)
						returning enterprise_id""").param(PASS).query(Long.class).list();
				if (!ids.isEmpty()) {
					scoring.scoreMany(ids, scoring.currentMonth());
				}
				return ids.size();
			});
			if (n == null || n == 0) {
				return taken;
			}
			taken += n;
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
