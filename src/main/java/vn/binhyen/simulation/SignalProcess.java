package vn.binhyen.simulation;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import vn.binhyen.simulation.SimEnterprise.Ownership;
import vn.binhyen.simulation.SimSignal.Type;

/**
 * Draws an enterprise's signals for a month from its distress and state, updates the state
 * (arrears persist and grow, layoffs shrink the workforce, statuses change) and emits them.
 */
final class SignalProcess {

	// Average monthly wage in Thanh Hóa enterprises (VND), for wage-arrears amounts.
	static final long MONTHLY_WAGE = 6_500_000;
	// Social-insurance contributions per insured worker and month (32% of the insured wage, VND).
	static final long MONTHLY_CONTRIBUTION = 1_650_000;

	private static final String NOTE_SUFFIX = " (dữ liệu mô phỏng)";

	private final Population population;
	private final EnterpriseState state;
	private final boolean[] emitted = new boolean[Type.values().length];

	SignalProcess(Population population, EnterpriseState state) {
		this.population = population;
		this.state = state;
	}

	// Returns which types were emitted (a reused array, valid until the next call).
	boolean[] emit(int i, double d, double season, YearMonth month, String monthText, Rng rng, SimulationListener out) {
		java.util.Arrays.fill(emitted, false);
		int workforce = Math.max(1, state.workforce[i]);
		double logSize = Math.log(workforce);
		byte status = state.status[i];
		boolean operating = status == EnterpriseState.ACTIVE || status == EnterpriseState.SUSPENDED;
		Emitter e = new Emitter(i, month, monthText, rng, out);

		int ins = state.insuranceMonths[i];
		if (ins > 0 ? rng.chance(Rng.logistic(2.0 + 0.5 * d)) : rng.chance(Rng.logistic(-3.6 + 0.8 * d + (state.wageMonths[i] > 0 ? 1 : 0)))) {
			if (ins == 0) {
				state.insuranceWorkers[i] = (int) Math.max(1, Math.round(workforce * rng.uniform(0.6, 1.0)));
			}
			ins = Math.min(60, ins + 1);
			int workers = Math.min(workforce, state.insuranceWorkers[i]);
			e.signal(Type.INSURANCE_ARREARS, "SOCIAL_INSURANCE", ins, ins * workers * MONTHLY_CONTRIBUTION, workers,
					"Chậm đóng BHXH " + ins + " tháng");
		}
		else {
			ins = 0;
		}
		state.insuranceMonths[i] = (byte) ins;

		int wage = state.wageMonths[i];
		if (wage > 0 ? rng.chance(Rng.logistic(0.8 + 0.6 * d))
				: rng.chance(Rng.logistic(-6.0 + 1.1 * d + (ins >= 3 ? 0.8 : 0) + (status == EnterpriseState.SUSPENDED ? 1 : 0)))) {
			state.wageWorkers[i] = (int) Math.min(workforce,
					Math.max(1, Math.round(wage == 0 ? workforce * rng.uniform(0.3, 1.0) : state.wageWorkers[i] * rng.uniform(1.0, 1.2))));
			wage = Math.min(60, wage + 1);
			int workers = state.wageWorkers[i];
			long amount = Math.round(wage * workers * MONTHLY_WAGE * rng.uniform(0.85, 1.15));
			e.signal(Type.WAGE_ARREARS, "LABOR_INSPECTION", wage, amount, workers, "Nợ lương " + wage + " tháng");
		}
		else {
			wage = 0;
		}
		state.wageMonths[i] = (byte) wage;

		if (workforce >= 5 && rng.chance(Rng.logistic(-5.5 + d + (population.sector(i).manufacturing() ? 0.5 : 0)))) {
			int cut = (int) Math.max(1, Math.round(workforce * rng.uniform(0.05, 0.4)));
			state.workforce[i] = workforce - cut;
			state.layoffShare[i] += cut / (float) workforce;
			e.signal(Type.LAYOFF, "HOME_AFFAIRS", null, null, cut, "Cắt giảm " + cut + " lao động");
		}
		if (status == EnterpriseState.ACTIVE && rng.chance(Rng.logistic(-7.8 + 1.2 * d + (wage > 0 ? 0.8 : 0)))) {
			state.changeStatus(i, EnterpriseState.SUSPENDED);
			e.signal(Type.SUSPENSION, "TAX", null, null, workforce, "Thông báo tạm ngừng kinh doanh");
		}
		else if (status == EnterpriseState.SUSPENDED && rng.chance(0.12)) {
			state.changeStatus(i, EnterpriseState.ACTIVE);
		}
		if (operating && rng.chance(Rng.logistic(-8.8 + 1.2 * d + (status == EnterpriseState.SUSPENDED ? 1.5 : 0)))) {
			state.changeStatus(i, EnterpriseState.DISSOLVING);
			e.signal(Type.DISSOLUTION, "TAX", null, null, workforce, "Thông báo giải thể");
		}
		else if (operating && population.ownership[i] != Ownership.STATE.ordinal() && rng.chance(Rng.logistic(
				-10.0 + 1.3 * d + (wage >= 2 ? 2.0 : 0) + (population.ownership[i] == Ownership.FDI.ordinal() ? 1.0 : 0)))) {
			state.changeStatus(i, EnterpriseState.ABSCONDED);
			e.signal(Type.OWNER_ABSCONDED, "POLICE", null, null, workforce, "Chủ doanh nghiệp bỏ trốn");
		}
		if (season > 0 && workforce >= 20
				&& rng.chance(season * Rng.logistic(-3.5 + 0.8 * d + (wage > 0 ? 0.8 : 0) + 0.2 * logSize))) {
			int workers = (int) Math.max(1, Math.round(workforce * rng.uniform(0.1, 0.8)));
			e.signal(Type.BONUS_DISPUTE, "LABOR_FEDERATION", null, null, workers, "Khiếu nại thưởng Tết");
		}
		if (rng.chance(Rng.logistic(-6.5 + 0.4 * d + 0.3 * logSize))) {
			e.signal(Type.WORKING_CONDITIONS, "LABOR_INSPECTION", null, null, null, "Phản ánh điều kiện làm việc");
		}
		if (rng.chance(Rng.logistic(-7.5 + 0.9 * d + (wage > 0 ? 1.0 : 0) + 0.3 * logSize))) {
			int workers = (int) Math.max(1, Math.round(workforce * rng.uniform(0.01, 0.3)));
			e.signal(Type.PETITION, population.zone[i] >= 0 ? "ZONE_BOARD" : "LABOR_FEDERATION", null, null, workers,
					"Đơn kiến nghị tập thể");
		}
		if (workforce >= 50 && rng.chance(Rng.logistic(-8.0 + 0.3 * logSize))) {
			e.signal(Type.FOOD_SAFETY, "HEALTH", null, null, null, "Phản ánh an toàn thực phẩm bếp ăn tập thể");
		}
		if (rng.chance(Rng.logistic(-8.5 + 1.2 * d + 0.4 * logSize + (wage > 0 ? 1.0 : 0) + season))) {
			e.signal(Type.STRIKE_SIGN, "POLICE", null, null, null, "Nắm tình hình: có biểu hiện tụ tập, đòi quyền lợi");
		}
		return emitted;
	}

	private final class Emitter {

		private final int i;
		private final YearMonth month;
		private final String monthText;
		private final Rng rng;
		private final SimulationListener out;

		Emitter(int i, YearMonth month, String monthText, Rng rng, SimulationListener out) {
			this.i = i;
			this.month = month;
			this.monthText = monthText;
			this.rng = rng;
			this.out = out;
		}

		void signal(Type type, String source, @Nullable Integer months, @Nullable Long amount, @Nullable Integer workers,
				String note) {
			emitted[type.ordinal()] = true;
			String taxCode = population.taxCodes[i];
			out.signal(new SimSignal("SIM:" + taxCode + ":" + monthText + ":" + type, source, i, taxCode, type,
					month.atDay(1 + rng.below(month.lengthOfMonth())), months, amount, workers, note + NOTE_SUFFIX));
		}
	}
}
