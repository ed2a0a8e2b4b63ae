package vn.binhyen.signals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.binhyen.intake.EventType;
import vn.binhyen.intake.IntakeEvent;
import vn.binhyen.intake.IntakeEventAccepted;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.registry.Registry;
import vn.binhyen.shared.ImportReport;

/**
 * Turns an accepted news event of a signal type (arrears, layoffs, closures...) about one named
 * enterprise into a signal from the source "NEWS_INTAKE". Statistics and events whose enterprise
 * the registry cannot name exactly are left to the analyst.
 */
@Component
class IntakeSignals {

	static final String SOURCE = "NEWS_INTAKE";
	private static final Logger LOG = LoggerFactory.getLogger(IntakeSignals.class);

	private final Registry registry;
	private final SignalIntake intake;

	IntakeSignals(Registry registry, SignalIntake intake) {
		this.registry = registry;
		this.intake = intake;
	}

	@ApplicationModuleListener
	void on(IntakeEventAccepted accepted) {
		IntakeEvent event = accepted.event();
		if (event.type().isIncident() || !IntakeEvent.SINGLE.equals(event.kind()) || event.enterprise() == null) {
			return;
		}
		List<Enterprise> matches = registry.search(event.enterprise(), 2);
		if (matches.size() != 1) {
			LOG.info("News event {} names an enterprise the registry does not match exactly; no signal", accepted.candidateId());
			return;
		}
		ImportReport report = intake.recordFrom(SOURCE, List.of(new SignalInput(accepted.candidateId().toString(),
				matches.get(0).taxCode(), type(event.type()), observedOn(event.from()),
				event.workers() == null ? null : event.workers().toString(), null, null,
				"Tin báo chí, duyệt bởi " + accepted.acceptedBy(), null)));
		if (!report.rejected().isEmpty()) {
			LOG.warn("News event {} not recorded as a signal: {}", accepted.candidateId(), report.rejected().get(0));
		}
	}

	private static String type(EventType type) {
		return type.name();
	}

	private static String observedOn(@Nullable String from) {
		if (from != null && from.length() == 10) {
			try {
				LocalDate day = LocalDate.parse(from);
				return (day.isAfter(LocalDate.now()) ? LocalDate.now() : day).toString();
			}
			catch (DateTimeParseException ex) {
				// fall through: the day the analyst accepted it
			}
		}
		if (from != null && from.length() == 7) {
			return from + "-01";
		}
		return LocalDate.now().toString();
	}
}
