package vn.binhyen.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled build the demo province if the database has none ({@code --demo})
 * @param size simulated enterprises ({@code --demo-size})
 * @param seed random seed of the simulation
 * @param password the demo users' password ({@code BINHYEN_DEMO_PASSWORD}, default "demo")
 */
@ConfigurationProperties("binhyen.demo")
record DemoSettings(boolean enabled, int size, long seed, String password) {

	DemoSettings {
		size = size <= 0 ? 3000 : size;
		seed = seed == 0 ? 20230824L : seed;
		password = password == null || password.isBlank() ? "demo" : password;
	}
}
