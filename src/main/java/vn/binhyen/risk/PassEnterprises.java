package vn.binhyen.risk;

import java.util.Arrays;

/**
 * The enterprises the full pass ({@link FullPass}) scores, by id, with their scores as stored ({@code stored} false
 * when there is none, or its names or codes are no longer the enterprise's).
 */
final class PassEnterprises {
	long[] ids = new long[1024];
	EnterpriseHistory.Profile[] profiles = new EnterpriseHistory.Profile[1024];
	boolean[] stored = new boolean[1024];
	double[] score30 = new double[1024];
	double[] score90 = new double[1024];
	String[] band = new String[1024];
	String[] reasons = new String[1024];
	long[] modelVersion = new long[1024];
	int size;

	void add(long id, EnterpriseHistory.Profile profile) {
		if (size == ids.length) {
			int n = size * 2;
			ids = Arrays.copyOf(ids, n);
			profiles = Arrays.copyOf(profiles, n);
			stored = Arrays.copyOf(stored, n);
			score30 = Arrays.copyOf(score30, n);
			score90 = Arrays.copyOf(score90, n);
			band = Arrays.copyOf(band, n);
			reasons = Arrays.copyOf(reasons, n);
			modelVersion = Arrays.copyOf(modelVersion, n);
		}
		ids[size] = id;
		profiles[size++] = profile;
	}

	void stored(double s30, double s90, String b, String r, long version) {
		int e = size - 1;
		stored[e] = true;
		score30[e] = s30;
		score90[e] = s90;
		band[e] = b;
		reasons[e] = r;
		modelVersion[e] = version;
	}

	/**
	 * Whether the score computed is the one stored, so that the final update would leave the row
	 * as it is (doubles compared as PostgreSQL does, but NaN, which is then written and left to it).
	 */
	boolean unchanged(int e, double p30, double p90, String b, String r, long version) {
		return stored[e] && score30[e] == p30 && score90[e] == p90 && modelVersion[e] == version && band[e].equals(b) && reasons[e].equals(r);
	}
}
