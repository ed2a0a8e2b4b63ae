package vn.binhyen.incidents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A step the Labor Code 2019 prescribes for a case, with when its clock starts and when it is due.
 * A day-counted step is due at 17:00 of its last day, Vietnam time; 'Quá hạn' means past that moment.
 * @param key message key suffix ('incident.step.' + key)
 * @param article the article and clause, e.g. 'Điều 188 khoản 2'
 * @param title what must be done, as the task's title says it
 * @param agency the agency code that carries it
 */
public record StatutoryStep(String key, String article, String title, String agency, Instant startsAt, Instant dueAt) {

	/** Since 1 July 2025 (two-level local government) the commune chairman holds the district chairman's Art. 211 duty. */
	public static final LocalDate COMMUNE_LEVEL_FROM = LocalDate.of(2025, 7, 1);
	static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
	static final Duration CONVENE_WITHIN = Duration.ofHours(12);

	/** The task title the coordination module gives this step. */
	public String taskTitle() {
		return article + ": " + title;
	}

	/**
	 * Art. 211: within 12 hours of being informed of a strike or stoppage that did not follow Arts.
	 * 200–202, the chairman of the People's Committee (district level before 1 July 2025, commune
	 * level since) convenes the employer and the employees' representative organisation.
	 */
	public static StatutoryStep unlawfulStoppage(Instant notifiedAt) {
		boolean commune = !LocalDate.ofInstant(notifiedAt, StatutoryClocks.VIETNAM).isBefore(COMMUNE_LEVEL_FROM);
		String chair = commune ? "Chủ tịch UBND cấp xã" : "Chủ tịch UBND cấp huyện";
		return new StatutoryStep("stoppage.convene", "Điều 211", chair
				+ " chủ trì, phối hợp cơ quan lao động, công đoàn gặp người sử dụng lao động và tổ chức đại diện người lao động",
				commune ? "UBND-XA" : "UBND-HUYEN", notifiedAt, notifiedAt.plus(CONVENE_WITHIN));
	}

	/**
	 * The steps of a collective dispute, counted from the day the written request was received:
	 * routed to a mediator within 5 working days (Art. 181(3)); mediation ended within 5 working days
	 * of the mediator receiving it (Art. 188(2), applied to collective disputes by Arts. 192 and 196(1)),
	 * counted from the routing deadline. Only when the parties requested arbitration: the arbitration
	 * board formed within 7 working days of the request and its decision within 30 days of being
	 * formed (rights: Art. 193(2)–(3); interest: Art. 197(2)–(3)).
	 */
	public static List<StatutoryStep> collectiveDispute(Dispute d, WorkingDays calendar) {
		List<StatutoryStep> steps = new ArrayList<>();
		LocalDate received = d.requestReceivedOn();
		LocalDate routed = calendar.plusWorkingDays(received, 5);
		steps.add(new StatutoryStep("dispute.route", "Điều 181 khoản 3",
				"Chuyển yêu cầu giải quyết tranh chấp cho hòa giải viên lao động", "SNV", start(received), end(routed)));
		LocalDate mediated = calendar.plusWorkingDays(routed, 5);
		steps.add(new StatutoryStep("dispute.mediate", "Điều 188 khoản 2", "Hòa giải viên lao động kết thúc hòa giải", "SNV",
				end(routed), end(mediated)));
		if (d.arbitrationRequestedOn() != null) {
			String article = d.kind() == Dispute.Kind.RIGHTS ? "Điều 193" : "Điều 197";
			LocalDate requested = d.arbitrationRequestedOn();
			LocalDate board = calendar.plusWorkingDays(requested, 7);
			steps.add(new StatutoryStep("dispute.arbitrationBoard", article + " khoản 2", "Thành lập Ban trọng tài lao động",
					"SNV", start(requested), end(board)));
			steps.add(new StatutoryStep("dispute.award", article + " khoản 3",
					"Ban trọng tài lao động ra quyết định giải quyết tranh chấp", "SNV", end(board), end(board.plusDays(30))));
		}
		return steps;
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(StatutoryClocks.VIETNAM).toInstant();
	}

	private static Instant end(LocalDate day) {
		return day.atTime(END_OF_DAY).atZone(StatutoryClocks.VIETNAM).toInstant();
	}
}
