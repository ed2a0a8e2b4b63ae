package vn.binhyen.identity;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.shared.InvalidInput;

/**
 * Creates and changes agencies, users and API tokens. Every change is audited.
 */
@Service
@Transactional
public class IdentityManagement {

	/** Passwords people choose must be at least this long (see {@link PasswordPolicy} for the other rules). */
	public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final PasswordEncoder encoder;
	private final AuditLog audit;
	private final ApiTokens tokens;

	IdentityManagement(JdbcClient jdbc, Accounts accounts, PasswordEncoder encoder, AuditLog audit, ApiTokens tokens) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.tokens = tokens;
	}

	/**
	 * A request to create or change a user; a null password keeps the current one.
	 * @param provinceWide the whole province; without it and without units or zones the account has no area
	 */
	public record UserForm(String username, String displayName, String agencyCode, Set<Role> roles, List<String> scopeUnits,
			List<String> scopeZones, @Nullable String email, @Nullable String password, boolean provinceWide) {

		/** A user limited to its units and zones (none: no area). */
		public UserForm(String username, String displayName, String agencyCode, Set<Role> roles, List<String> scopeUnits,
				List<String> scopeZones, @Nullable String email, @Nullable String password) {
			this(username, displayName, agencyCode, roles, scopeUnits, scopeZones, email, password, false);
		}
	}

	@Transactional(readOnly = true)
	public List<Agency> agencies() {
		return accounts.agencies();
	}

	@Transactional(readOnly = true)
	public Optional<Agency> agency(String code) {
		return accounts.agency(code);
	}

	@Transactional(readOnly = true)
	public Optional<Agency> agency(long id) {
		return accounts.agency(id);
	}

	@Transactional(readOnly = true)
	public List<UserAccount> users() {
		return accounts.all();
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> user(long id) {
		return accounts.byId(id);
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> user(String username) {
		return accounts.byUsername(username).map(Accounts.Stored::account);
	}

	public Agency createAgency(String code, String name, @Nullable String nameEn, String kind) {
		if (code == null || !code.matches("[A-Z0-9_-]{2,32}")) {
			throw new InvalidInput("code", "validation.agency.code");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "validation.required");
		}
		if (accounts.agency(code).isPresent()) {
			throw new InvalidInput("code", "validation.agency.exists");
		}
		long id = jdbc.sql("insert into agency (code, name, name_en, kind) values (:c, :n, :e, :k) returning id")
			.param("c", code).param("n", name.strip()).param("e", nameEn).param("k", kind)
			.query(Long.class).single();
		audit.record("CREATE", "agency", code, "name=" + name + "; kind=" + kind);
		return accounts.agency(id).orElseThrow();
	}

	public Agency renameAgency(String code, String name, @Nullable String nameEn) {
		Agency agency = accounts.agency(code).orElseThrow(() -> new InvalidInput("code", "validation.agency.unknown"));
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "validation.required");
		}
		jdbc.sql("update agency set name = :n, name_en = :e, version = version + 1 where id = :id")
			.param("n", name.strip()).param("e", nameEn).param("id", agency.id()).update();
		audit.record("UPDATE", "agency", code, "name: " + agency.name() + " -> " + name);
		return accounts.agency(code).orElseThrow();
	}

	public Agency retireAgency(String code, LocalDate on) {
		Agency agency = accounts.agency(code).orElseThrow(() -> new InvalidInput("code", "validation.agency.unknown"));
		jdbc.sql("update agency set active = false, retired_on = :d, version = version + 1 where id = :id")
			.param("d", java.sql.Date.valueOf(on)).param("id", agency.id()).update();
		audit.record("RETIRE", "agency", code, "retired on " + on);
		return accounts.agency(code).orElseThrow();
	}

	public UserAccount createUser(UserForm form) {
		return createUser(form, true);
	}

	UserAccount createUser(UserForm form, boolean checkPolicy) {
		validate(form, checkPolicy);
		if (accounts.byUsername(form.username()).isPresent()) {
			throw new InvalidInput("username", "validation.user.exists");
		}
		Agency agency = activeAgency(form.agencyCode());
		long id = jdbc.sql("""
				insert into app_user (username, display_name, password_hash, agency_id, roles, scope_units, scope_zones, email,
				  province_wide)
				values (:u, :d, :p, :a, :r, :su, :sz, :e, :pw) returning id""")
			.param("u", form.username().strip())
			.param("d", form.displayName().strip())
			.param("p", encoder.encode(form.password()))
			.param("a", agency.id())
			.param("r", Accounts.join(form.roles()))
			.param("su", Accounts.join(form.scopeUnits()))
			.param("sz", Accounts.join(form.scopeZones()))
			.param("e", form.email())
			.param("pw", form.provinceWide())
			.query(Long.class).single();
		audit.record("CREATE", "user", form.username(), "agency=" + agency.code() + "; roles=" + Accounts.join(form.roles())
				+ "; scope=" + Accounts.join(form.scopeUnits()) + "|" + Accounts.join(form.scopeZones())
				+ (form.provinceWide() ? "; province-wide" : ""));
		return accounts.byId(id).orElseThrow();
	}

	public UserAccount updateUser(long id, UserForm form, boolean enabled) {
		UserAccount before = accounts.byId(id).orElseThrow(() -> new InvalidInput("id", "validation.user.unknown"));
		validate(form, false);
		Agency agency = activeAgency(form.agencyCode());
		jdbc.sql("""
				update app_user set display_name = :d, agency_id = :a, roles = :r, scope_units = :su, scope_zones = :sz,
				email = :e, enabled = :en, province_wide = :pw, version = version + 1 where id = :id""")
			.param("d", form.displayName().strip()).param("a", agency.id()).param("r", Accounts.join(form.roles()))
			.param("su", Accounts.join(form.scopeUnits())).param("sz", Accounts.join(form.scopeZones()))
			.param("e", form.email()).param("en", enabled).param("pw", form.provinceWide()).param("id", id).update();
		if (form.password() != null && !form.password().isBlank()) {
			setPassword(before.username(), form.password(), true);
		}
		audit.record("UPDATE", "user", before.username(), "agency=" + agency.code() + "; roles=" + Accounts.join(form.roles())
				+ "; scope=" + Accounts.join(form.scopeUnits()) + "|" + Accounts.join(form.scopeZones())
				+ (form.provinceWide() ? "; province-wide" : "") + "; enabled=" + enabled);
		return accounts.byId(id).orElseThrow();
	}

	/** Sets a password and unlocks the account; {@code checkPolicy} false only for demo and generated passwords. */
	public void setPassword(String username, String password, boolean checkPolicy) {
		if (checkPolicy) {
			PasswordPolicy.check(username, password);
		}
		int changed = jdbc.sql("""
				update app_user set password_hash = :p, failed_logins = 0, locked_until = null, version = version + 1
				where lower(username) = lower(:u)""")
			.param("p", encoder.encode(password)).param("u", username).update();
		if (changed == 0) {
			throw new InvalidInput("username", "validation.user.unknown");
		}
		audit.record("RESET_PASSWORD", "user", username, null);
	}

	/** A new random password of 20 characters. */
	public static String randomPassword() {
		byte[] bytes = new byte[15];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A new personal API token with all the user's rights (scope ADMIN), valid 90 days. */
	public IssuedToken issueToken(long userId, String name) {
		return issueToken(userId, name, "ADMIN", 90);
	}

	/**
	 * A new personal API token; the plain value is returned once and only its hash is kept.
	 *
	 * @param scope READ (GET only), WRITE (the user's roles except ADMIN) or ADMIN (all the user's roles)
	 * @param days validity, 1 to 365
	 */
	public IssuedToken issueToken(long userId, String name, String scope, int days) {
		if (!java.util.Set.of("READ", "WRITE", "ADMIN").contains(scope)) {
			throw new InvalidInput("scope", "token.error.scope");
		}
		if (days < 1 || days > 365) {
			throw new InvalidInput("days", "token.error.days");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "validation.required");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = ApiTokens.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = jdbc.sql("""
				insert into api_token (user_id, name, token_hash, prefix, scope, expires_at)
				values (:u, :n, :h, :p, :s, now() + make_interval(days => :d)) returning id""")
			.param("u", userId).param("n", name.strip()).param("h", ApiTokens.hash(token)).param("p", token.substring(0, 10))
			.param("s", scope).param("d", days)
			.query(Long.class).single();
		audit.record("CREATE", "api_token", id, "user=" + userId + "; name=" + name + "; scope=" + scope + "; days=" + days);
		return new IssuedToken(id, name, token);
	}

	public void revokeToken(long userId, long tokenId) {
		int changed = jdbc.sql("update api_token set revoked_at = now() where id = :id and user_id = :u and revoked_at is null")
			.param("id", tokenId).param("u", userId).update();
		if (changed > 0) {
			audit.record("REVOKE", "api_token", tokenId, null);
		}
	}

	@Transactional(readOnly = true)
	public List<TokenInfo> tokens(long userId) {
		return jdbc.sql("select id, name, prefix, created_at, last_used_at, revoked_at from api_token where user_id = :u order by id desc")
			.param("u", userId)
			.query((rs, i) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
	}

	public record IssuedToken(long id, String name, String token) {
	}

	public record TokenInfo(long id, String name, String prefix, java.time.Instant createdAt,
			java.time.@Nullable Instant lastUsedAt, java.time.@Nullable Instant revokedAt) {
	}

	private Agency activeAgency(String code) {
		Agency agency = accounts.agency(code == null ? "" : code).orElseThrow(() -> new InvalidInput("agencyCode", "validation.agency.unknown"));
		if (!agency.active()) {
			throw new InvalidInput("agencyCode", "validation.agency.retired");
		}
		return agency;
	}

	private void validate(UserForm form, boolean checkPassword) {
		if (form.username() == null || !form.username().strip().matches("[A-Za-z0-9._-]{2,64}")) {
			throw new InvalidInput("username", "validation.user.name");
		}
		if (form.displayName() == null || form.displayName().isBlank()) {
			throw new InvalidInput("displayName", "validation.required");
		}
		if (form.roles() == null || form.roles().isEmpty()) {
			throw new InvalidInput("roles", "validation.user.roles");
		}
		if (checkPassword) {
			PasswordPolicy.check(form.username(), form.password());
		}
	}
}
