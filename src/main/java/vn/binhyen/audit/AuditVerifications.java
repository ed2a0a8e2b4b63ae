package vn.binhyen.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Verifies the audit chain on a schedule (and on demand), keeps each result in
 * {@code audit_verification}, writes a new signed checkpoint when the chain is intact and alerts
 * the administrator when it is not: a log ERROR and a failed row that the audit screen shows at the top.
 */
@Service
public class AuditVerifications {

	private static final Logger LOG = LoggerFactory.getLogger(AuditVerifications.class);

	/**
	 * The latest verification kept.
	 *
	 * @param trigger SCHEDULE, SCREEN, API or COMMAND
	 */
	public record Result(Instant at, String trigger, boolean valid, long checked, @Nullable Long firstBrokenId, @Nullable Long headId,
			@Nullable String problem) {
	}

	private final AuditLog audit;
	private final AuditCheckpoint checkpoint;
	private final JdbcClient jdbc;
	private final Clock clock;

	AuditVerifications(AuditLog audit, AuditCheckpoint checkpoint, JdbcClient jdbc, org.springframework.beans.factory.ObjectProvider<Clock> clock) {
		this.audit = audit;
		this.checkpoint = checkpoint;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Scheduled(cron = "${binhyen.audit.verify-cron:0 7 * * * *}")
	@SchedulerLock(name = "audit-verification", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	void scheduled() {
		run("SCHEDULE");
	}

	/** Verifies now, keeps the result and, when the chain is intact, anchors its head in the checkpoint file. */
	public ChainVerification run(String trigger) {
		AuditHead head = audit.head();
		ChainVerification result = audit.verify();
		Instant at = clock.instant();
		if (result.valid()) {
			checkpoint.write(head, at);
		}
		else {
			LOG.error("AUDIT CHAIN BROKEN ({}): {} after {} entries; the administrator is alerted on the audit screen", trigger,
					result.problem(), result.checked());
		}
		jdbc.sql("""
				insert into audit_verification (at, trigger, valid, checked, first_broken_id, head_id, head_hash, problem)
				values (:at, :trigger, :valid, :checked, :broken, :headId, :headHash, :problem)""")
			.param("at", java.sql.Timestamp.from(at))
			.param("trigger", trigger)
			.param("valid", result.valid())
			.param("checked", result.checked())
			.param("broken", result.firstBrokenId())
			.param("headId", head.id())
			.param("headHash", head.hash())
			.param("problem", result.problem())
			.update();
		return result;
	}

	public Optional<Result> latest() {
		return jdbc.sql("select * from audit_verification order by id desc limit 1")
			.query((rs, n) -> new Result(rs.getTimestamp("at").toInstant(), rs.getString("trigger"), rs.getBoolean("valid"),
					rs.getLong("checked"), (Long) rs.getObject("first_broken_id"), (Long) rs.getObject("head_id"), rs.getString("problem")))
			.optional();
	}

	/** The latest failed verification, unless a later one passed. */
	public Optional<Result> openAlert() {
		return latest().filter(r -> !r.valid());
	}
}
