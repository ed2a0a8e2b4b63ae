package vn.binhyen.simulation;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

import vn.binhyen.simulation.SimEnterprise.Ownership;
import vn.binhyen.simulation.SimEnterprise.Status;

/**
 * The enterprises' fixed attributes in compact arrays (a million fit in a few tens of MB);
 * {@link SimEnterprise} records with names and addresses are built on demand.
 */
final class Population {

	static final long PURPOSE_ATTRIBUTES = 1;
	static final long PURPOSE_NAME = 2;

	private static final String[] COUNTRIES = { "KR", "TW", "CN", "JP", "HK", "SG", "US", "TH" };
	private static final double[] COUNTRY_SHARES = Rng.cumulative(38, 18, 16, 12, 7, 5, 2, 2);
	private static final int TAX_RANGE = 5_000_000;
	private static final int TAX_FIRST = 285_000_000;

	final int size;
	final long seed;
	final LocalDate headcountDate;
	final byte[] sector;
	final byte[] ownership;
	final byte[] country;
	final short[] zone;
	final short[] unit;
	final int[] headcount;
	final boolean[] union;
	final boolean[] suspendedAtStart;
	final String[] taxCodes;

	private final ReferenceData reference = ReferenceData.get();
	private final double[] unitWeights;
	private final double[] zoneWeights;

	Population(int size, long seed, LocalDate headcountDate) {
		this.size = size;
		this.seed = seed;
		this.headcountDate = headcountDate;
		sector = new byte[size];
		ownership = new byte[size];
		country = new byte[size];
		zone = new short[size];
		unit = new short[size];
		headcount = new int[size];
		union = new boolean[size];
		suspendedAtStart = new boolean[size];
		taxCodes = new String[size];
		unitWeights = Rng.cumulative(reference.communes.stream()
			.mapToDouble(c -> (c.ward() ? 4 : 1) * (c.district().startsWith("Thành phố Thanh Hóa") ? 2 : 1))
			.toArray());
		zoneWeights = Rng.cumulative(reference.zones.stream().mapToDouble(ReferenceData.Zone::weight).toArray());
		assignTaxCodes();
		Rng rng = new Rng();
		for (int i = 0; i < size; i++) {
			draw(i, rng.reset(seed, PURPOSE_ATTRIBUTES, i, 0));
		}
	}

	// Distinct codes: a seeded affine permutation of 285000000..289999999, skipping impossible check digits.
	private void assignTaxCodes() {
		long offset = Math.floorMod(Rng.mix(seed), (long) TAX_RANGE);
		long step = 4_435_761; // coprime to 5,000,000, so the walk visits every number once
		int k = 0;
		for (int i = 0; i < size; k++) {
			int base = TAX_FIRST + (int) ((offset + k * step) % TAX_RANGE);
			String code = TaxCodes.complete(base);
			if (code != null) {
				taxCodes[i++] = code;
			}
		}
	}

	private void draw(int i, Rng rng) {
		Sector s = Sector.ALL[rng.pick(Sector.CUMULATIVE_SHARE)];
		sector[i] = (byte) s.ordinal();
		double stateShare = s == Sector.ELECTRICITY ? 0.3 : s == Sector.BUILDING_MATERIALS ? 0.05 : 0.008;
		double u = rng.uniform();
		Ownership own = u < s.fdiShare ? Ownership.FDI : u < s.fdiShare + stateShare ? Ownership.STATE : Ownership.DOMESTIC_PRIVATE;
		ownership[i] = (byte) own.ordinal();
		country[i] = (byte) (own == Ownership.FDI ? rng.pick(COUNTRY_SHARES) : -1);
		int size = drawHeadcount(s, own, rng);
		headcount[i] = size;
		double zoneShare = own == Ownership.FDI && s.manufacturing() ? 0.8 : s.zoneShare;
		if (rng.chance(zoneShare)) {
			int z = rng.pick(zoneWeights);
			int[] communes = reference.zones.get(z).communes();
			zone[i] = (short) z;
			unit[i] = (short) communes[rng.below(communes.length)];
		}
		else {
			zone[i] = -1;
			unit[i] = (short) rng.pick(unitWeights);
		}
		double unionOdds = -4.5 + Math.log(size) + (own == Ownership.FDI ? 0.8 : 0) + (own == Ownership.STATE ? 1.5 : 0);
		union[i] = rng.chance(Rng.logistic(unionOdds));
		suspendedAtStart[i] = rng.chance(0.02);
	}

	// Log-normal around the division's median (σ = 1.0, heavy right tail), larger for FDI and state firms; FDI garment/footwear plants often are Pareto-sized (α = 1.3 from 400, capped at 20,000): the few firms with thousands of workers.
	private static int drawHeadcount(Sector s, Ownership own, Rng rng) {
		if (own == Ownership.FDI && (s == Sector.GARMENT || s == Sector.FOOTWEAR) && rng.chance(0.6)) {
			double pareto = 400 / Math.pow(1 - rng.uniform(), 1 / 1.3);
			return (int) Math.min(20_000, Math.round(pareto));
		}
		double median = 0.75 * s.medianHeadcount * (own == Ownership.FDI ? 3 : own == Ownership.STATE ? 3 : 1);
		return (int) Math.max(1, Math.min(20_000, Math.round(median * Math.exp(1.0 * rng.gaussian()))));
	}

	Sector sector(int i) {
		return Sector.ALL[sector[i]];
	}

	Ownership ownership(int i) {
		return Ownership.values()[ownership[i]];
	}

	String unitCode(int i) {
		return reference.communes.get(unit[i]).code();
	}

	@Nullable String zoneCode(int i) {
		return zone[i] < 0 ? null : reference.zones.get(zone[i]).id();
	}

	SimEnterprise enterprise(int i) {
		Rng rng = new Rng().reset(seed, PURPOSE_NAME, i, 0);
		Names.Name name = Names.draw(i, sector(i), ownership(i), country[i] < 0 ? null : COUNTRIES[country[i]], rng);
		ReferenceData.Commune commune = reference.communes.get(unit[i]);
		String zoneCode = zoneCode(i);
		String street = zoneCode == null ? "Số " + (1 + rng.below(300)) + ", thôn " + (1 + rng.below(12))
				: "Lô " + (char) ('A' + rng.below(8)) + (1 + rng.below(40)) + ", " + reference.zones.get(zone[i]).name();
		String address = street + ", " + commune.fullName() + ", tỉnh Thanh Hóa";
		LocalDate registered = LocalDate.of(2000, 1, 1).plusDays(rng.below(21 * 365));
		return new SimEnterprise(i, taxCodes[i], name.full(), name.brand(), address, commune.code(), commune.district(),
				zoneCode, sector(i).division, sector(i).section, ownership(i),
				country[i] < 0 ? null : COUNTRIES[country[i]], headcount[i], headcountDate, union[i],
				suspendedAtStart[i] ? Status.SUSPENDED : Status.ACTIVE, registered);
	}
}
