package vn.binhyen.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.binhyen.geo.AdministrativeUnit;
import vn.binhyen.geo.Geography;
import vn.binhyen.registry.Registry;

/**
 * How a case is named where people read it (tasks, notifications): the enterprise by name and
 * tax code and the commune by name, times as dd/MM/yyyy HH:mm in Vietnam's time.
 */
@Component
class CaseLabels {

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Routing.VIETNAM);

	private final Registry registry;
	private final Geography geography;

	CaseLabels(Registry registry, Geography geography) {
		this.registry = registry;
		this.geography = geography;
	}

	/** The enterprise by name and tax code, then the commune by its name on {@code on}. */
	String of(String taxCode, @Nullable String unitCode, LocalDate on) {
		String enterprise = registry.findByTaxCode(taxCode).map(e -> e.name() + " (MST " + e.taxCode() + ")").orElse("MST " + taxCode);
		return unitCode == null ? enterprise : enterprise + ", " + unitName(unitCode, on);
	}

	String unitName(String unitCode, LocalDate on) {
		return geography.unit(unitCode, on).or(() -> geography.unit(unitCode, AdministrativeUnit.REORGANISED_ON))
			.or(() -> geography.unit(unitCode, AdministrativeUnit.REORGANISED_ON.minusDays(1))).map(AdministrativeUnit::fullName)
			.orElse(unitCode);
	}

	static String time(Instant at) {
		return DATE_TIME.format(at);
	}
}
