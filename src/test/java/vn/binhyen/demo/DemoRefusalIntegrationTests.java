package vn.binhyen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.binhyen.support.IntegrationTest;

/** {@code --demo} on a database with real accounts and no demo province refuses to start and changes no password. */
@IntegrationTest
class DemoRefusalIntegrationTests {

	@Autowired
	DemoMode demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoRefusesADatabaseWithRealAccounts() {
		String built = jdbc.sql("select value from app_setting where name = 'demo.built'").query(String.class).single();
		String hashes = jdbc.sql("select string_agg(password_hash, ',' order by id) from app_user").query(String.class).single();
		jdbc.sql("delete from app_setting where name = 'demo.built'").update();
		try {
			assertThatThrownBy(demo::buildOnFirstStart).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("--demo refuses this database");
		}
		finally {
			jdbc.sql("insert into app_setting (name, value) values ('demo.built', :v)").param("v", built).update();
		}
		assertThat(jdbc.sql("select string_agg(password_hash, ',' order by id) from app_user").query(String.class).single()).isEqualTo(hashes);
	}
}
