package vn.binhyen.support;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

import vn.binhyen.BinhYenApplication;

/**
 * A second instance of the app in the same JVM, on its own random port, against the database of
 * the shared test context (embedded or external): what a second server behind a proxy is.
 */
public final class SecondInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts an instance on the database behind {@code dataSource}; no demo seeding, no start-up republishing. */
	public static SecondInstance on(DataSource dataSource) {
		HikariDataSource hikari;
		try {
			hikari = dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The test context's data source is not a HikariDataSource", ex);
		}
		return new SecondInstance(new SpringApplicationBuilder(BinhYenApplication.class).properties(
				"server.port=0",
				"spring.datasource.url=" + hikari.getJdbcUrl(),
				"spring.datasource.username=" + (hikari.getUsername() == null ? "" : hikari.getUsername()),
				"spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
				"binhyen.demo.enabled=false",
				"binhyen.data-dir=target/test-data-b",
				"spring.modulith.events.republish-outstanding-events-on-restart=false")
			.run());
	}

	public int port() {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	public ConfigurableApplicationContext context() {
		return context;
	}

	@Override
	public void close() {
		context.close();
	}
}
