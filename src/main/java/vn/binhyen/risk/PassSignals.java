package vn.binhyen.risk;

import java.util.Arrays;

/**
 * The signals a full pass ({@link FullPass}) reads, as columns: id, enterprise, type ordinal, month
 * index, months and workers ({@link #NONE} for null).
 */
final class PassSignals {

	/** Stands for null in {@link #months} and {@link #workers}. */
	static final int NONE = Integer.MIN_VALUE;

	long[] id = new long[1 << 16];
	long[] enterprise = new long[1 << 16];
	byte[] type = new byte[1 << 16];
	int[] month = new int[1 << 16];
	int[] months = new int[1 << 16];
	int[] workers = new int[1 << 16];
	int size;

	void add(long signalId, long enterpriseId, int typeOrdinal, int monthIndex, int monthsValue, int workersValue) {
		if (size == id.length) {
			int n = size * 2;
			id = Arrays.copyOf(id, n);
			enterprise = Arrays.copyOf(enterprise, n);
			type = Arrays.copyOf(type, n);
			month = Arrays.copyOf(month, n);
			months = Arrays.copyOf(months, n);
			workers = Arrays.copyOf(workers, n);
		}
		id[size] = signalId;
		enterprise[size] = enterpriseId;
		type[size] = (byte) typeOrdinal;
		month[size] = monthIndex;
		months[size] = monthsValue;
		workers[size++] = workersValue;
	}

	/** The rows of each enterprise (by its position in {@code ids}, sorted), in signal id order; other enterprises' rows are left out. */
	int[][] group(long[] ids) {
		int[] at = new int[size];
		int[] count = new int[ids.length];
		for (int r = 0; r < size; r++) {
			int e = Arrays.binarySearch(ids, enterprise[r]);
			at[r] = e;
			if (e >= 0) {
				count[e]++;
			}
		}
		int[][] groups = new int[ids.length][];
		for (int e = 0; e < ids.length; e++) {
			groups[e] = new int[count[e]];
			count[e] = 0;
		}
		for (int r = 0; r < size; r++) {
			int e = at[r];
			if (e >= 0) {
				groups[e][count[e]++] = r;
			}
		}
		for (int[] g : groups) {
			// a handful of rows each: insertion sort by signal id
			for (int i = 1; i < g.length; i++) {
				int r = g[i];
				int j = i - 1;
				while (j >= 0 && id[g[j]] > id[r]) {
					g[j + 1] = g[j];
					j--;
				}
				g[j + 1] = r;
			}
		}
		return groups;
	}
}
