package vn.binhyen.shared;

/**
 * Builds a module's part of the simulated demo province when the app starts with {@code --demo}
 * on a database without demo data. Seeders run once, in {@link #order()}, in one pass.
 */
public interface DemoSeeder {

	/** Lower runs first: identity 100, registry 200, signals 300, incidents 400, ... */
	int order();

	void seed(DemoRequest request);

	/**
	 * @param size number of simulated enterprises
	 * @param seed random seed, so the world is reproducible
	 * @param password the demo users' password
	 */
	record DemoRequest(int size, long seed, String password) {
	}
}
