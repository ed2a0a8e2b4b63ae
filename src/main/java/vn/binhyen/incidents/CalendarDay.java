package vn.binhyen.incidents;

import java.time.LocalDate;

/**
 * A day of the official holiday calendar that differs from an ordinary week.
 * @param name e.g. 'Tết Âm lịch', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'Làm bù cho thứ Sáu 02/5'
 */
public record CalendarDay(LocalDate day, Kind kind, String name) {

	public enum Kind {
		/** A public holiday of Labor Code 2019 Art. 112(1). */
		HOLIDAY,
		/** A compensatory day off when a holiday falls on the weekly rest day (Art. 111(3)). */
		COMPENSATORY,
		/** A working day given off by the Government's swap. */
		SWAPPED_OFF,
		/** A weekend day worked in exchange for a swapped day off. */
		SWAPPED_WORK
	}
}
