package vn.binhyen.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and agencies in the database. */
@Repository
class Accounts {

	private static final String USER_SELECT = """
			select u.*, a.code as agency_code, a.name as agency_name from app_user u join agency a on a.id = u.agency_id""";

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Stored(UserAccount account, String passwordHash, int failedLogins, java.time.Instant lockedUntil) {
	}

	Optional<Stored> byUsername(String username) {
		return jdbc.sql(USER_SELECT + " where lower(u.username) = lower(:u)").param("u", username).query(Accounts::mapStored).optional();
	}

	Optional<UserAccount> byId(long id) {
		return jdbc.sql(USER_SELECT + " where u.id = :id").param("id", id).query(Accounts::mapStored).optional().map(Stored::account);
	}

	List<UserAccount> all() {
		return jdbc.sql(USER_SELECT + " order by a.name, u.username").query(Accounts::mapStored).list().stream().map(Stored::account).toList();
	}

	long countUsers() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	List<Agency> agencies() {
		return jdbc.sql("select * from agency order by active desc, name").query(Accounts::mapAgency).list();
	}

	Optional<Agency> agency(String code) {
		return jdbc.sql("select * from agency where code = :c").param("c", code).query(Accounts::mapAgency).optional();
	}

	Optional<Agency> agency(long id) {
		return jdbc.sql("select * from agency where id = :id").param("id", id).query(Accounts::mapAgency).optional();
	}

	static String join(Set<Role> roles) {
		return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static String join(List<String> codes) {
		return codes.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(","));
	}

	static List<String> split(String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::strip).toList();
	}

	private static Stored mapStored(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		split(rs.getString("roles")).forEach(r -> roles.add(Role.valueOf(r)));
		UserAccount account = new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getLong("agency_id"), rs.getString("agency_code"), rs.getString("agency_name"), Set.copyOf(roles),
				split(rs.getString("scope_units")), split(rs.getString("scope_zones")), rs.getString("email"),
				rs.getBoolean("enabled"), rs.getBoolean("province_wide"));
		java.sql.Timestamp locked = rs.getTimestamp("locked_until");
		return new Stored(account, rs.getString("password_hash"), rs.getInt("failed_logins"),
				locked == null ? null : locked.toInstant());
	}

	private static Agency mapAgency(ResultSet rs, int row) throws SQLException {
		return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				rs.getString("kind"), rs.getBoolean("active"), rs.getObject("retired_on", java.time.LocalDate.class));
	}
}
