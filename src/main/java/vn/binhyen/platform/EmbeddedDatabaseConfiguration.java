package vn.binhyen.platform;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts the embedded PostgreSQL unless {@code spring.datasource.url} points at an external one
 * (e.g. through {@code SPRING_DATASOURCE_URL}). The app (and Flyway) connect as the application
 * role, never as the superuser.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer embeddedPostgresServer(PlatformSettings settings) {
		return EmbeddedPostgresServer.acquire(settings.dataDir().resolve("postgres"), settings.embedded());
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(server.jdbcUrl())
			.username(server.appUser())
			.password(server.appPassword())
			.build();
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}
}
