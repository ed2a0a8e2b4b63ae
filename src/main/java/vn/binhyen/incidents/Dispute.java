package vn.binhyen.incidents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What makes a collective labour dispute's clocks run (Labor Code 2019 Arts. 179, 191–197).
 * @param kind RIGHTS (Arts. 191–194) or INTEREST (Arts. 195–197); null while not yet classified
 * @param requestReceivedOn the day the labour body or mediator received the written request
 * @param arbitrationRequestedOn the day the parties requested the labour arbitration council, null if they did not
 */
public record Dispute(@Nullable Kind kind, LocalDate requestReceivedOn, @Nullable LocalDate arbitrationRequestedOn) {

	public enum Kind {
		/** Tranh chấp lao động tập thể về quyền. */
		RIGHTS,
		/** Tranh chấp lao động tập thể về lợi ích. */
		INTEREST
	}

	/** Only an interest dispute can lead to a lawful strike (Art. 199). */
	public boolean canLeadToLawfulStrike() {
		return kind == Kind.INTEREST;
	}
}
