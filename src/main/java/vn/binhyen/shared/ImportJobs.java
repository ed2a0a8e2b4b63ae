package vn.binhyen.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Bulk imports in progress and just finished (kept an hour, in this instance's memory): large
 * files run in the background and are polled by id; every import keeps its report so the
 * rejected rows can be downloaded as CSV.
 */
@Component
public class ImportJobs {

	private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
	private static final Duration KEEP = Duration.ofHours(1);

	private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
	private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "import");
		t.setDaemon(true);
		return t;
	});

	public enum State {
		RUNNING, DONE, FAILED
	}

	/** An import: its progress while running, its report when done. */
	public static final class Job {

		private final UUID id = UUID.randomUUID();
		private final String kind;
		private final String owner;
		private final int total;
		private final AtomicInteger processed = new AtomicInteger();
		private final Instant startedAt = Instant.now();
		private volatile State state = State.RUNNING;
		private volatile @Nullable ImportReport report;

		Job(String kind, String owner, int total) {
			this.kind = kind;
			this.owner = owner;
			this.total = total;
		}

		public UUID id() {
			return id;
		}

		public String kind() {
			return kind;
		}

		public String owner() {
			return owner;
		}

		public int total() {
			return total;
		}

		public int processed() {
			return processed.get();
		}

		/** Called by the import as rows are done. */
		public void advance(int rows) {
			processed.addAndGet(rows);
		}

		public State state() {
			return state;
		}

		public @Nullable ImportReport report() {
			return report;
		}

		public int percent() {
			return total == 0 ? 100 : (int) Math.min(100, processed() * 100L / total);
		}

		public Instant startedAt() {
			return startedAt;
		}
	}

	/** Runs an import in the background; the job is returned at once. */
	public Job start(String kind, String owner, int total, Function<Job, ImportReport> work) {
		Job job = register(new Job(kind, owner, total));
		executor.submit(() -> {
			try {
				job.report = work.apply(job);
				job.state = State.DONE;
			}
			catch (RuntimeException ex) {
				LOG.error("Import {} ({}) failed", job.id, kind, ex);
				job.state = State.FAILED;
			}
		});
		return job;
	}

	/** Records an import that ran in the request, so its rejected rows can be downloaded. */
	public Job finished(String kind, String owner, ImportReport report) {
		Job job = new Job(kind, owner, report.accepted() + report.rejected().size());
		job.processed.set(job.total);
		job.report = report;
		job.state = State.DONE;
		return register(job);
	}

	public Optional<Job> find(UUID id) {
		return Optional.ofNullable(jobs.get(id));
	}

	/** The rejected rows as CSV: row, field, message; one line per error. */
	public static String rejectedCsv(ImportReport report) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("row", "field", "message").setRecordSeparator('\n').get()
			.print(out)) {
			for (ImportReport.RejectedRow row : report.rejected()) {
				for (FieldError error : row.errors()) {
					csv.printRecord(row.row(), CsvCells.neutral(error.field()), CsvCells.neutral(error.message()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "\uFEFF" + out;
	}

	private Job register(Job job) {
		Instant cutoff = Instant.now().minus(KEEP);
		jobs.values().removeIf(j -> j.state != State.RUNNING && j.startedAt.isBefore(cutoff));
		jobs.put(job.id, job);
		return job;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
