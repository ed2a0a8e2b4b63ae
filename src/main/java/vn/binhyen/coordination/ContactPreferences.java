package vn.binhyen.coordination;

import static vn.binhyen.coordination.CoordTasks.ts;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.shared.InvalidInput;

/**
 * How each user wants to be told besides the in-app inbox (always on): e-mail, SMS to a phone,
 * a Zalo message. A user without a choice stored gets e-mail only.
 */
@Service
public class ContactPreferences {

	/** The channels a user can choose; the in-app inbox is not among them because it is always on. */
	public enum Channel {
		EMAIL, SMS, ZALO
	}

	/**
	 * @param phone a Vietnamese mobile number as 0xxxxxxxxx, null when none
	 * @param zaloUserId the user's id as the province's Zalo Official Account sees it, null when none
	 */
	public record Contact(@Nullable String phone, @Nullable String zaloUserId, Set<Channel> channels) {

		static final Contact DEFAULT = new Contact(null, null, Set.of(Channel.EMAIL));

		public boolean chose(Channel channel) {
			return channels.contains(channel);
		}
	}

	private final JdbcClient jdbc;
	private final CurrentUser currentUser;
	private final CoordinationSettings settings;
	private final AuditLog audit;
	private final Clock clock;

	ContactPreferences(JdbcClient jdbc, CurrentUser currentUser, CoordinationSettings settings, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The current user's choice. */
	@Transactional(readOnly = true)
	public Contact mine() {
		return of(currentUser.require().id());
	}

	/** Whether this server can send on each channel (SMS needs a gateway, Zalo an OA token; e-mail waits for SMTP). */
	public Map<Channel, Boolean> configured() {
		Map<Channel, Boolean> configured = new LinkedHashMap<>();
		configured.put(Channel.EMAIL, true);
		configured.put(Channel.SMS, settings.sms().configured());
		configured.put(Channel.ZALO, settings.zalo().configured());
		return configured;
	}

	/**
	 * Stores the current user's choice.
	 *
	 * @throws InvalidInput naming the field: a malformed phone number or Zalo id, or SMS/Zalo chosen without one
	 */
	@Transactional
	public Contact saveMine(@Nullable String phone, @Nullable String zaloUserId, Set<Channel> channels) {
		String number = phone(phone);
		String zalo = zaloUserId == null || zaloUserId.isBlank() ? null : zaloUserId.strip();
		if (zalo != null && !zalo.matches("[0-9]{5,32}")) {
			throw new InvalidInput("zaloUserId", "contact.error.zalo");
		}
		if (channels.contains(Channel.SMS) && number == null) {
			throw new InvalidInput("phone", "contact.error.smsWithoutPhone");
		}
		if (channels.contains(Channel.ZALO) && zalo == null) {
			throw new InvalidInput("zaloUserId", "contact.error.zaloWithoutId");
		}
		long userId = currentUser.require().id();
		jdbc.sql("""
				insert into coord_contact (user_id, phone, zalo_user_id, channels, updated_at) values (:u, :p, :z, :c, :at)
				on conflict (user_id) do update set phone = :p, zalo_user_id = :z, channels = :c, updated_at = :at""")
			.param("u", userId).param("p", number).param("z", zalo).param("c", join(channels)).param("at", ts(clock.instant()))
			.update();
		// the number and the Zalo id are personal data: the audit says only that they are there
		audit.record("UPDATE", "contact", currentUser.require().username(), "channels=" + join(channels) + "; phone="
				+ (number != null) + "; zalo=" + (zalo != null));
		return of(userId);
	}

	/** Every stored choice by user id; users missing from the map get {@link Contact#DEFAULT}. */
	Map<Long, Contact> all() {
		Map<Long, Contact> all = new HashMap<>();
		jdbc.sql("select * from coord_contact").query(rs -> {
			all.put(rs.getLong("user_id"), new Contact(rs.getString("phone"), rs.getString("zalo_user_id"), split(rs.getString("channels"))));
		});
		return all;
	}

	Contact of(long userId) {
		return jdbc.sql("select * from coord_contact where user_id = :u").param("u", userId)
			.query((rs, i) -> new Contact(rs.getString("phone"), rs.getString("zalo_user_id"), split(rs.getString("channels"))))
			.optional().orElse(Contact.DEFAULT);
	}

	/** A Vietnamese mobile number as 0xxxxxxxxx (spaces, dots, dashes and +84 accepted); null when blank. */
	static @Nullable String phone(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String digits = typed.strip().replaceAll("[\\s.()-]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		if (!digits.matches("0[35789][0-9]{8}")) {
			throw new InvalidInput("phone", "contact.error.phone");
		}
		return digits;
	}

	private static String join(Set<Channel> channels) {
		return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static Set<Channel> split(String joined) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> channels.add(Channel.valueOf(s)));
		return Set.copyOf(channels);
	}
}
