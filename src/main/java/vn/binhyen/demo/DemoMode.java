package vn.binhyen.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.binhyen.shared.DemoSeeder;
import vn.binhyen.shared.DemoSeeder.DemoRequest;

/**
 * Whether this installation holds the simulated demo province, and the one-time build of it.
 * Once built, the data stays marked as synthetic on every page, with or without {@code --demo}.
 */
@Service
public class DemoMode {

	private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);

	private final JdbcClient jdbc;
	private final DemoSettings settings;
	private final List<DemoSeeder> seeders;
	private final TransactionTemplate transactions;
	private volatile Boolean demo;

	DemoMode(JdbcClient jdbc, DemoSettings settings, List<DemoSeeder> seeders, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.seeders = seeders;
		this.transactions = transactions;
	}

	/** True when the data is (or includes) the simulated demo province. */
	public boolean isDemo() {
		Boolean current = demo;
		if (current == null) {
			current = settings.enabled() || jdbc.sql("select count(*) from app_setting where name = 'demo' and value = 'true'")
				.query(Long.class).single() > 0;
			demo = current;
		}
		return current;
	}

	/** True when the app was started with --demo (first-start logic of other modules reads it). */
	public boolean isRequested() {
		return settings.enabled();
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void buildOnFirstStart() {
		if (!settings.enabled()) {
			return;
		}
		boolean built = jdbc.sql("select count(*) from app_setting where name = 'demo.built'").query(Long.class).single() > 0;
		if (built) {
			return;
		}
		long users = jdbc.sql("select count(*) from app_user").query(Long.class).single();
		if (users > 0) {
			// never turn real data into a demo: the demo seeders would reset real accounts' passwords to the demo one
			throw new IllegalStateException("--demo refuses this database: it holds " + users + " user account(s) and no demo province. "
					+ "Start without --demo, or with --demo on a new data folder (BINHYEN_DATA_DIR).");
		}
		long started = System.nanoTime();
		DemoRequest request = new DemoRequest(settings.size(), settings.seed(), settings.password());
		LOG.info("Building the simulated demo province: {} enterprises, seed {}", request.size(), request.seed());
		seeders.stream().sorted(java.util.Comparator.comparingInt(DemoSeeder::order)).forEach(seeder -> {
			LOG.info("Demo: {}", seeder.getClass().getSimpleName());
			seeder.seed(request);
		});
		transactions.executeWithoutResult(tx -> {
			jdbc.sql("insert into app_setting (name, value) values ('demo', 'true') on conflict (name) do update set value = 'true'").update();
			jdbc.sql("insert into app_setting (name, value) values ('demo.built', now()::text) on conflict do nothing").update();
		});
		demo = true;
		LOG.info("Demo province built in {} ms", (System.nanoTime() - started) / 1_000_000);
	}
}
