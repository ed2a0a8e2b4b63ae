package vn.binhyen.simulation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.binhyen.shared.TetCalendar;

/**
 * Prints calibration figures and generation time for a size and seed:
 * {@code java -cp ... vn.binhyen.simulation.SimulationReport 20000 20230824 [intensity]}.
 */
public final class SimulationReport implements SimulationListener {

	final SimulationParameters parameters;
	final int n;
	long workers;
	int fdi;
	int unions;
	int inZone;
	int big;
	final Map<String, Integer> incidentsByYearType = new TreeMap<>();
	final Map<Integer, Map<SimSignal.Type, Integer>> signalsByYear = new TreeMap<>();
	double expectedJanAug2023;
	int laborJanAug2023;
	int stoppagesJanAug2023;
	final List<float[]> p = new ArrayList<>();
	final List<float[]> observable = new ArrayList<>();
	final List<boolean[]> label = new ArrayList<>();
	final List<float[]> recentSignals = new ArrayList<>();
	final float[] signalScore;
	final int[] headcount;
	double preTet;
	double midYear;
	int preTetMonths;
	int midYearMonths;

	SimulationReport(SimulationParameters parameters) {
		this.parameters = parameters;
		this.n = parameters.enterprises();
		this.signalScore = new float[n];
		this.headcount = new int[n];
	}

	@Override
	public void enterprise(SimEnterprise e) {
		workers += e.headcount();
		headcount[e.index()] = e.headcount();
		fdi += e.ownership() == SimEnterprise.Ownership.FDI ? 1 : 0;
		unions += e.unionPresent() ? 1 : 0;
		inZone += e.zoneCode() != null ? 1 : 0;
		big += e.headcount() >= 1000 ? 1 : 0;
	}

	@Override
	public void month(MonthTruth truth) {
		float[] copy = new float[n];
		for (int i = 0; i < n; i++) {
			copy[i] = (float) truth.p(i);
			signalScore[i] *= 0.5f;
		}
		if (!p.isEmpty()) {
			recentSignals.add(signalScore.clone());
		}
		p.add(copy);
		observable.add(truth.observable);
		label.add(new boolean[n]);
		YearMonth m = truth.month();
		if (m.getYear() == 2023 && m.getMonthValue() <= 8) {
			expectedJanAug2023 += truth.expectedIncidents();
		}
		if (TetCalendar.preTetShare(m) > 0.5) {
			preTet += truth.expectedIncidents();
			preTetMonths++;
		}
		if (m.getMonthValue() >= 6 && m.getMonthValue() <= 8) {
			midYear += truth.expectedIncidents();
			midYearMonths++;
		}
	}

	@Override
	public void signal(SimSignal s) {
		signalsByYear.computeIfAbsent(s.observedOn().getYear(), y -> new EnumMap<>(SimSignal.Type.class))
			.merge(s.type(), 1, Integer::sum);
		signalScore[s.enterprise()] += s.type() == SimSignal.Type.INSURANCE_ARREARS ? 0.3f : 1f;
	}

	@Override
	public void incident(SimIncident i) {
		incidentsByYearType.merge(i.startedOn().getYear() + " " + i.type(), 1, Integer::sum);
		if (i.type().isLaborIncident()) {
			label.get(label.size() - 1)[i.enterprise()] = true;
			YearMonth m = YearMonth.from(i.startedOn());
			if (m.getYear() == 2023 && m.getMonthValue() <= 8) {
				laborJanAug2023++;
				stoppagesJanAug2023 += i.type() == SimIncident.Type.STRIKE_SIGNS ? 0 : 1;
			}
		}
	}

	/** AUC over months from index {@code from} (ties averaged). */
	static double auc(List<float[]> scores, List<boolean[]> labels, int from, int offset) {
		int months = labels.size() - from;
		int n = labels.get(0).length;
		long total = (long) months * n;
		float[] s = new float[(int) total];
		boolean[] y = new boolean[(int) total];
		int k = 0;
		for (int m = from; m < labels.size(); m++) {
			float[] sc = scores.get(m - offset);
			boolean[] lb = labels.get(m);
			for (int i = 0; i < n; i++, k++) {
				s[k] = sc[i];
				y[k] = lb[i];
			}
		}
		Integer[] order = null;
		long[] keys = new long[k];
		for (int i = 0; i < k; i++) {
			keys[i] = ((long) Float.floatToIntBits(s[i] + 0f) << 32) | i; // scores are >= 0
		}
		Arrays.sort(keys);
		double rankSumPos = 0;
		long pos = 0;
		int i = 0;
		while (i < k) {
			int j = i;
			float v = s[(int) keys[i]];
			while (j < k && s[(int) keys[j]] == v) {
				j++;
			}
			double avgRank = (i + 1 + j) / 2.0;
			for (int t = i; t < j; t++) {
				if (y[(int) keys[t]]) {
					rankSumPos += avgRank;
					pos++;
				}
			}
			i = j;
		}
		long neg = k - pos;
		return pos == 0 || neg == 0 ? Double.NaN : (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
	}

	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : SimulationParameters.PROVINCE_SIZE;
		long seed = args.length > 1 ? Long.parseLong(args[1]) : SimulationParameters.DEFAULT_SEED;
		double intensity = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
		boolean timingOnly = args.length > 3 && args[3].equals("time");
		SimulationParameters parameters = SimulationParameters.of(size, seed).withIntensity(intensity);
		long started = System.nanoTime();
		if (timingOnly) {
			long[] counts = new long[3];
			new ProvinceSimulator(parameters).run(new SimulationListener() {
				@Override public void enterprise(SimEnterprise e) { counts[0]++; }
				@Override public void signal(SimSignal s) { counts[1]++; }
				@Override public void incident(SimIncident i) { counts[2]++; }
			});
			System.out.printf("size %d seed %d: %d enterprises, %d signals, %d incidents, %d months in %.1f s%n", size, seed,
					counts[0], counts[1], counts[2], parameters.months(), (System.nanoTime() - started) / 1e9);
			return;
		}
		MonthlyProcess.diagnostics = true;
		SimulationReport r = new SimulationReport(parameters);
		new ProvinceSimulator(parameters).run(r);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("size %d seed %d intensity %.1f generated in %.1f s%n", size, seed, intensity, seconds);
		System.out.printf("workers %d (mean %.1f), FDI %d, unions %d, in zones %d, >=1000 workers %d%n", r.workers,
				r.workers / (double) size, r.fdi, r.unions, r.inZone, r.big);
		System.out.printf("Jan-Aug 2023: expected %.1f labor incidents, drawn %d (%d stoppages/strikes)%n",
				r.expectedJanAug2023, r.laborJanAug2023, r.stoppagesJanAug2023);
		System.out.printf("mean expected per month: pre-Tet %.2f, Jun-Aug %.2f%n", r.preTet / r.preTetMonths,
				r.midYear / r.midYearMonths);
		r.incidentsByYearType.forEach((k, v) -> System.out.println("  incidents " + k + ": " + v));
		r.signalsByYear.forEach((y, m) -> System.out.println("  signals " + y + ": " + m.values().stream().mapToInt(x -> x).sum() + " " + m));
		int from = 24;
		List<float[]> size1 = new ArrayList<>();
		for (int m = 0; m < r.p.size(); m++) {
			float[] h = new float[r.n];
			for (int i = 0; i < r.n; i++) {
				h[i] = r.headcount[i];
			}
			size1.add(h);
		}
		System.out.printf("AUC 2024-2025: oracle %.3f, observables-only formula %.3f, recent signals %.3f, headcount %.3f%n", auc(r.p, r.label, from, 0), auc(r.observable, r.label, from, 0),
				auc(r.recentSignals, r.label, from, 1), auc(size1, r.label, from, 0));
	}
}
