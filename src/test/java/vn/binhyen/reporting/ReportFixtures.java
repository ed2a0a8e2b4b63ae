package vn.binhyen.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures shaped like the seed's headline: 6 collective work stoppages, 14 cases with strike signs. */
final class ReportFixtures {

	private ReportFixtures() {
	}

	static ReportFigures eightMonths2023() {
		Map<String, Long> now = new LinkedHashMap<>();
		now.put("COLLECTIVE_STOPPAGE", 6L);
		now.put("STRIKE_SIGNS", 14L);
		Map<String, Long> before = Map.of("COLLECTIVE_STOPPAGE", 4L, "STRIKE_SIGNS", 9L, "FOOD_POISONING", 1L);
		return new ReportFigures(ReportPeriod.firstMonths(2023, 8), null, "tỉnh Thanh Hóa", now, before, 3_450, 18, 2, 1,
				3.5, Map.of("WAGE_ARREARS", 11L, "BONUS_DISPUTE", 5L),
				List.of(new ReportFigures.UnitCount("380", "Thành phố Thanh Hóa", 7, 1_200),
						new ReportFigures.UnitCount("407", "Thị xã Nghi Sơn", 5, 900)),
				List.of(new ReportFigures.AgencyResponse("POLICE", "Công an tỉnh", 20, 20, 1, 2.5)),
				new ReportFigures.OutreachFigures(12, 10, 1_500, 40, Map.of("LABOR_CODE_CONTRACTS", 7L)),
				List.of(new ReportFigures.IncidentLine(1, LocalDate.of(2023, 2, 3), LocalDate.of(2023, 2, 5),
						"COLLECTIVE_STOPPAGE", "Công ty TNHH Giày Mẫu (dữ liệu mô phỏng)", "2800000001", "380",
						"Thành phố Thanh Hóa", 350, "CLOSED", "WAGE_ARREARS")),
				Map.of("forecast", "Dự báo quý IV có nguy cơ ngừng việc trước Tết."), List.of(),
				Map.of("ownership", Map.of("FDI", 12L, "DOMESTIC_PRIVATE", 8L), "signals", Map.of("WAGE_ARREARS", 31L)));
	}
}
