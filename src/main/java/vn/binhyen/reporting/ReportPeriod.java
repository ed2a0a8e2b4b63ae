package vn.binhyen.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import vn.binhyen.shared.InvalidInput;

/**
 * A reporting period, both ends inclusive, with its Vietnamese label ('8 tháng năm 2023').
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	public ReportPeriod {
		if (to.isBefore(from)) {
			throw new InvalidInput("to", "reporting.period.toBeforeFrom");
		}
	}

	/** One calendar month: 'tháng 8 năm 2023'. */
	public static ReportPeriod month(int year, int month) {
		YearMonth ym = YearMonth.of(year, month);
		return new ReportPeriod(ym.atDay(1), ym.atEndOfMonth(), "tháng " + month + " năm " + year);
	}

	/** A calendar quarter 1–4: 'quý III năm 2023'. */
	public static ReportPeriod quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new InvalidInput("quarter", "reporting.period.quarter");
		}
		YearMonth first = YearMonth.of(year, quarter * 3 - 2);
		return new ReportPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth(),
				"quý " + ROMAN[quarter - 1] + " năm " + year);
	}

	/** The first n months of the year (6, 8, 9 …): '8 tháng năm 2023'; 12 is the year. */
	public static ReportPeriod firstMonths(int year, int months) {
		if (months < 1 || months > 12) {
			throw new InvalidInput("months", "reporting.period.months");
		}
		if (months == 12) {
			return year(year);
		}
		return new ReportPeriod(LocalDate.of(year, 1, 1), YearMonth.of(year, months).atEndOfMonth(),
				months + " tháng năm " + year);
	}

	/** A calendar year: 'năm 2023'. */
	public static ReportPeriod year(int year) {
		return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "năm " + year);
	}

	/**
	 * Any range, labelled by the named period it happens to be (a month, quarter, first months,
	 * year), else 'từ 01/03/2023 đến 15/04/2023'.
	 */
	public static ReportPeriod of(LocalDate from, LocalDate to) {
		if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
			int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
			if (months == 1) {
				return month(from.getYear(), from.getMonthValue());
			}
			if (months == 3 && from.getMonthValue() % 3 == 1) {
				return quarter(from.getYear(), (from.getMonthValue() + 2) / 3);
			}
			if (from.getMonthValue() == 1 && months <= 12) {
				return firstMonths(from.getYear(), months);
			}
		}
		return new ReportPeriod(from, to, "từ " + DAY.format(from) + " đến " + DAY.format(to));
	}

	/** The same period one year earlier (29 February becomes 28). */
	public ReportPeriod previousYear() {
		return of(from.minusYears(1), to.equals(YearMonth.from(to).atEndOfMonth())
				? YearMonth.from(to).minusYears(1).atEndOfMonth() : to.minusYears(1));
	}

	/** Whether the last day falls before the 1 July 2025 reorganisation (old districts apply). */
	public boolean beforeReorganisation() {
		return to.isBefore(REORGANISATION);
	}

	/** Whether the period crosses 1 July 2025. */
	public boolean crossesReorganisation() {
		return from.isBefore(REORGANISATION) && !to.isBefore(REORGANISATION);
	}

	/** The day the district level was abolished and communes merged. */
	public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);
}
