package vn.binhyen.signals;

import java.util.List;

/**
 * An anonymous worker report as stored: its signals (one per problem) and the receipt code shown
 * once to the worker (16 digits; only its hash is kept).
 */
public record WorkerReport(String receipt, List<Signal> signals) {

	public WorkerReport {
		signals = List.copyOf(signals);
	}

	/** The receipt in groups of four digits, as the worker copies it. */
	public String groupedReceipt() {
		return WorkerReceipts.grouped(receipt);
	}
}
