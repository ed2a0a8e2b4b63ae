package vn.binhyen.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class IncidentLifecycleTests {

	static Incident reported() {
		Instant t = Instant.parse("2026-11-20T01:00:00Z");
		return new Incident(1, IncidentType.COLLECTIVE_STOPPAGE, 7L, "2850000001", "Cty MP", "U1", null, "FDI", 1000, t, null,
				400, List.of(Cause.BONUS), null, 0, Severity.MEDIUM, Severity.MEDIUM, null, IncidentStatus.REPORTED,
				Incident.Outcome.NONE, t, "police", "CA-PA04", null, 0);
	}

	@Test
	void walksTheLifecycleToClosure() {
		Incident i = reported().transitionTo(IncidentStatus.VERIFIED).transitionTo(IncidentStatus.RESPONDING)
			.transitionTo(IncidentStatus.RESOLVED).transitionTo(IncidentStatus.CLOSED);
		assertThat(i.status()).isEqualTo(IncidentStatus.CLOSED);
		assertThat(i.status().next()).isEmpty();
	}

	@Test
	void rejectsSkippingVerificationNamingTheCurrentStatus() {
		assertThatThrownBy(() -> reported().transitionTo(IncidentStatus.CLOSED)).isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("REPORTED");
	}

	@Test
	void dismissedIsFinal() {
		Incident dismissed = reported().transitionTo(IncidentStatus.DISMISSED);
		assertThatThrownBy(() -> dismissed.transitionTo(IncidentStatus.VERIFIED)).isInstanceOf(IllegalTransition.class);
	}

	@Test
	void severityGrowsWithSizeShareDurationAndSpread() {
		assertThat(Severity.compute(20, 500, Duration.ofHours(3), 0)).isEqualTo(Severity.LOW);
		assertThat(Severity.compute(120, 300, Duration.ofHours(3), 0)).isEqualTo(Severity.MEDIUM);
		assertThat(Severity.compute(800, 1000, Duration.ofDays(2), 0)).isEqualTo(Severity.HIGH);
		assertThat(Severity.compute(3000, 3500, Duration.ofDays(6), 3)).isEqualTo(Severity.CRITICAL);
		assertThat(Severity.compute(120, null, Duration.ofHours(3), 1)).isEqualTo(Severity.MEDIUM);
	}

	@Test
	void notesAreSharedByTheirLabel() {
		Instant t = Instant.now();
		Set<String> onCase = Set.of("CA-PA04", "LDLD");
		Note red = new Note(1, t, "police", "CA-PA04", Note.Tlp.RED, "x");
		Note amber = new Note(2, t, "police", "CA-PA04", Note.Tlp.AMBER, "x");
		Note green = new Note(3, t, "police", "CA-PA04", Note.Tlp.GREEN, "x");
		assertThat(red.visibleTo("CA-PA04", onCase)).isTrue();
		assertThat(red.visibleTo("LDLD", onCase)).isFalse();
		assertThat(amber.visibleTo("LDLD", onCase)).isTrue();
		assertThat(amber.visibleTo("SYT", onCase)).isFalse();
		assertThat(green.visibleTo("SYT", onCase)).isTrue();
	}
}
