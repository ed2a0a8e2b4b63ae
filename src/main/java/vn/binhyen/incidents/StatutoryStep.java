package vn.binhyen.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A step of the statutory procedure for a collective labor dispute (Labor Code 2019) with the
 * day it is due on the working-day calendar.
 * @param article e.g. "Điều 181"
 * @param agency the agency code that carries it (SNV = provincial labor agency)
 */
public record StatutoryStep(String key, String article, String agency, LocalDate due) {

	/**
	 * The steps of a collective dispute received on {@code received}: the request routed to a
	 * mediator within 5 working days (Art. 181(2)), mediation finished within 5 working days of
	 * that (Art. 188(2)), an arbitration board formed within 7 working days (Art. 197(2)) and its
	 * award within 30 days of being formed (Art. 197(3)). Each deadline counts from the previous
	 * one's latest day, the path when every party uses its full time.
	 */
	public static List<StatutoryStep> collectiveDispute(LocalDate received) {
		List<StatutoryStep> steps = new ArrayList<>();
		LocalDate routed = WorkingDays.plusWorkingDays(received, 5);
		steps.add(new StatutoryStep("dispute.route", "Điều 181", "SNV", routed));
		LocalDate mediated = WorkingDays.plusWorkingDays(routed, 5);
		steps.add(new StatutoryStep("dispute.mediate", "Điều 188", "SNV", mediated));
		LocalDate board = WorkingDays.plusWorkingDays(mediated, 7);
		steps.add(new StatutoryStep("dispute.arbitrationBoard", "Điều 197", "SNV", board));
		steps.add(new StatutoryStep("dispute.award", "Điều 197", "SNV", board.plusDays(30)));
		return steps;
	}
}
