package vn.binhyen.signals;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.binhyen.registry.Enterprise;

/**
 * Signals that now count were stored: one event per stored chunk (an API request, an import
 * chunk of at most {@link SignalIntake#BATCH} rows, a verified worker report is
 * {@link SignalVerified} instead). Never for a duplicate, never for an unverified worker report.
 * Published in the storing transaction.
 *
 * @param signals at least one
 * @param enterprises the registry's record of the enterprises the signals are about, as the
 *        storing transaction read them, so that a listener need not read them again; it may
 *        leave some out (then a listener that needs them reads the registry)
 */
public record SignalsRecorded(List<Item> signals, List<Enterprise> enterprises) {

	public SignalsRecorded {
		signals = List.copyOf(signals);
		enterprises = List.copyOf(enterprises);
	}

	/** Signals without the enterprises' records. */
	public SignalsRecorded(List<Item> signals) {
		this(signals, List.of());
	}

	/**
	 * One stored signal, with what risk (and any other reader) needs.
	 *
	 * @param enterpriseId the registry's id of the enterprise
	 * @param sourceAgency the code of the agency that reported it ({@link Signal#WORKER_REPORT} for the public form)
	 * @param months months of arrears, when given
	 * @param workersAffected workers concerned, when given
	 * @param amountVnd the amount owed, when given
	 * @param verified true: an agency's, an import's or an officer's signal, or a worker report an officer verified
	 */
	public record Item(long signalId, long enterpriseId, String taxCode, SignalType type, LocalDate observedOn, String sourceAgency,
			@Nullable Integer months, @Nullable Integer workersAffected, @Nullable Long amountVnd, boolean verified) {

		static Item of(Signal s) {
			return new Item(s.id(), s.enterpriseId(), s.taxCode(), s.type(), s.observedOn(), s.sourceAgency(), s.months(),
					s.workersAffected(), s.amountVnd(), s.verified());
		}
	}
}
