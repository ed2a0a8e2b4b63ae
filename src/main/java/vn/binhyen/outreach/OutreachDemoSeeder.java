package vn.binhyen.outreach;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.binhyen.shared.DemoSeeder;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.simulation.SimEnterprise;
import vn.binhyen.simulation.SimulatedProvince;
import vn.binhyen.simulation.SimulationManagement;

/**
 * Synthetic sessions for the demo province: each year about one enterprise in six gets a session
 * (larger ones more often), and each zone's board holds a few zone-wide ones, more before Tết
 * (topics: wages and bonuses) than in summer. Marked source DEMO.
 */
@Component
class OutreachDemoSeeder implements DemoSeeder {

	private static final Logger LOG = LoggerFactory.getLogger(OutreachDemoSeeder.class);
	private static final List<List<String>> ORGANISERS = List.of(List.of("LDLD"), List.of("LDLD", "SNV"),
			List.of("CA-PA04", "LDLD"), List.of("SNV", "TTT"), List.of("BQL-KKT", "LDLD"));

	private final SimulationManagement simulation;
	private final OutreachManagement outreach;

	OutreachDemoSeeder(SimulationManagement simulation, OutreachManagement outreach) {
		this.simulation = simulation;
		this.outreach = outreach;
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public void seed(DemoRequest request) {
		SimulatedProvince world = simulation.demoWorld(request.size(), request.seed());
		Random random = new Random(request.seed() ^ 0x6006L);
		LocalDate start = world.parameters().start().atDay(1);
		LocalDate end = world.parameters().end().atEndOfMonth();
		if (end.isAfter(LocalDate.now())) {
			end = LocalDate.now();
		}
		long days = ChronoUnit.DAYS.between(start, end);
		double years = days / 365.0;
		int stored = 0;
		for (SimEnterprise e : world.enterprises()) {
			double rate = (e.headcount() >= 500 ? 0.5 : e.headcount() >= 100 ? 0.2 : 0.08) * (e.unionPresent() ? 1.3 : 1);
			int sessions = poisson(random, rate * years);
			for (int i = 0; i < sessions; i++) {
				LocalDate day = start.plusDays(random.nextLong(days + 1));
				int workers = Math.max(5, (int) Math.round(e.headcount() * (0.2 + 0.5 * random.nextDouble())));
				stored += save(e.taxCode(), null, day, random, workers, 1 + random.nextInt(6));
			}
		}
		List<String> zones = world.enterprises().stream().map(SimEnterprise::zoneCode).filter(z -> z != null).distinct()
			.sorted().toList();
		for (String zone : zones) {
			for (int i = 0, n = poisson(random, 3 * years); i < n; i++) {
				LocalDate day = start.plusDays(random.nextLong(days + 1));
				stored += save(null, zone, day, random, 50 + random.nextInt(400), 5 + random.nextInt(20));
			}
		}
		LOG.info("Outreach demo: {} synthetic sessions", stored);
	}

	private int save(String taxCode, String zone, LocalDate day, Random random, int workers, int managers) {
		OutreachTopic topic = day.getMonthValue() >= 11 || day.getMonthValue() <= 1 ? OutreachTopic.WAGES_BONUSES
				: OutreachTopic.values()[random.nextInt(OutreachTopic.values().length)];
		try {
			boolean created = outreach.record(new NewSession(taxCode, zone, day, topic,
					ORGANISERS.get(random.nextInt(ORGANISERS.size())), workers, managers, "Dữ liệu mô phỏng"), "demo", "DEMO")
				.created();
			return created ? 1 : 0;
		}
		catch (InvalidInput ex) {
			return 0;
		}
	}

	private static int poisson(Random random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int n = 0;
		while (product > limit) {
			product *= random.nextDouble();
			n++;
		}
		return n;
	}
}
