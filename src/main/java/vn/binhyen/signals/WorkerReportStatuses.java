package vn.binhyen.signals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.registry.Registry;

/**
 * Looks up a worker report by its receipt code, for the public receipt page: no account, no
 * session, nothing stored about who asks. A wrong code and an unknown one give the same empty answer.
 */
@Service
public class WorkerReportStatuses {

	private final WorkerReceipts receipts;
	private final SignalStore store;
	private final Registry registry;
	private final List<WorkerReportFollowUp> followUps;

	WorkerReportStatuses(WorkerReceipts receipts, SignalStore store, Registry registry, List<WorkerReportFollowUp> followUps) {
		this.receipts = receipts;
		this.store = store;
		this.registry = registry;
		this.followUps = followUps;
	}

	@Transactional(readOnly = true)
	public Optional<WorkerReportStatus> byReceipt(@Nullable String code) {
		return receipts.reportRef(code).flatMap(ref -> {
			List<String> refs = Arrays.stream(SignalType.values()).map(t -> ref + ":" + t.name()).toList();
			List<Signal> signals = store.bySourceRefs(Signal.WORKER_REPORT, refs);
			if (signals.isEmpty()) {
				return Optional.empty();
			}
			Signal first = signals.get(0);
			String review = signals.stream().anyMatch(s -> "VERIFIED".equals(s.review())) ? "VERIFIED"
					: signals.stream().allMatch(s -> "DISMISSED".equals(s.review())) ? "DISMISSED" : "RECEIVED";
			WorkerReportFollowUp.Step step = "DISMISSED".equals(review) ? null
					: followUps.stream().map(f -> f.since(first.enterpriseId(), first.observedOn())).flatMap(Optional::stream)
						.max(Enum::compareTo).orElse(null);
			String name = registry.findById(first.enterpriseId()).map(e -> e.name()).orElse("");
			return Optional.of(new WorkerReportStatus(first.observedOn(), name, signals.stream().map(Signal::type).toList(), review, step));
		});
	}
}
