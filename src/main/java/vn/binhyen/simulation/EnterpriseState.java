package vn.binhyen.simulation;

import java.util.Arrays;

import vn.binhyen.simulation.SimSignal.Type;

/** What each enterprise carries from one month to the next, in compact arrays. */
final class EnterpriseState {

	static final byte ACTIVE = 0;
	static final byte SUSPENDED = 1;
	static final byte DISSOLVING = 2;
	static final byte DISSOLVED = 3;
	static final byte ABSCONDED = 4;
	static final byte NEVER = 120;

	final float[] distress;
	final byte[] status;
	final byte[] statusMonths;
	final byte[] wageMonths;
	final byte[] insuranceMonths;
	final int[] wageWorkers;
	final int[] insuranceWorkers;
	final int[] workforce;
	final float[] layoffShare;
	final float[] pastIncidents;
	// Months since the last signal of each type at the end of the previous month; 0 = last month.
	final byte[][] since;

	EnterpriseState(Population population, Rng rng) {
		int n = population.size;
		distress = new float[n];
		status = new byte[n];
		statusMonths = new byte[n];
		wageMonths = new byte[n];
		insuranceMonths = new byte[n];
		wageWorkers = new int[n];
		insuranceWorkers = new int[n];
		workforce = population.headcount.clone();
		layoffShare = new float[n];
		pastIncidents = new float[n];
		since = new byte[Type.values().length][n];
		for (byte[] s : since) {
			Arrays.fill(s, NEVER);
		}
		for (int i = 0; i < n; i++) {
			distress[i] = (float) rng.reset(population.seed, 3, i, 0).gaussian();
			if (population.suspendedAtStart[i]) {
				status[i] = SUSPENDED;
			}
		}
	}

	// Dissolved, or the owner absconded three or more months ago: no workers left to act.
	boolean gone(int i) {
		return status[i] == DISSOLVED || status[i] == ABSCONDED && statusMonths[i] >= 3;
	}

	boolean recent(int i, Type type, int months) {
		return since[type.ordinal()][i] < months;
	}

	void changeStatus(int i, byte newStatus) {
		status[i] = newStatus;
		statusMonths[i] = -1; // becomes 0 at the end of the month
	}

	// Ages everything by a month; {@code emitted[t]} says which signal types were observed this month.
	void endMonth(int i, boolean[] emitted, boolean incident) {
		for (int t = 0; t < emitted.length; t++) {
			byte s = since[t][i];
			since[t][i] = emitted[t] ? 0 : s >= NEVER ? NEVER : (byte) (s + 1);
		}
		if (statusMonths[i] < 100) {
			statusMonths[i]++;
		}
		if (status[i] == DISSOLVING && statusMonths[i] >= 3) {
			changeStatus(i, DISSOLVED);
		}
		layoffShare[i] *= 0.6f;
		pastIncidents[i] = pastIncidents[i] * 0.85f + (incident ? 1 : 0);
	}
}
