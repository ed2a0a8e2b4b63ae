package vn.binhyen.coordination;

import static vn.binhyen.incidents.IncidentType.COLLECTIVE_DISPUTE;
import static vn.binhyen.incidents.IncidentType.COLLECTIVE_STOPPAGE;
import static vn.binhyen.incidents.IncidentType.FOOD_POISONING;
import static vn.binhyen.incidents.IncidentType.OTHER_ORDER;
import static vn.binhyen.incidents.IncidentType.STRIKE;
import static vn.binhyen.incidents.IncidentType.STRIKE_SIGNS;

import java.util.ArrayList;
import java.util.List;

import vn.binhyen.coordination.Rule.Escalation;
import vn.binhyen.coordination.Rule.Moment;
import vn.binhyen.coordination.Rule.TaskTemplate;
import vn.binhyen.incidents.Severity;
import vn.binhyen.risk.AlertTrigger;

/**
 * The demo coordination regulation for Thanh Hóa's agencies (a plausible reading of how the
 * province's agencies share the work, not the text of a real regulation). Version 2, from the
 * 1 July 2025 reorganisation, brings the zone board into every stoppage, shortens
 * acknowledgement for stoppages to one hour and gives the commune People's Committee and the
 * commune police their part (the commune chairman also holds the Art. 211 step).
 */
final class DemoRegulation {

	static final Escalation TO_OFFICE = new Escalation("VP-BCD", 2, "Lãnh đạo Văn phòng thường trực Ban Chỉ đạo");
	static final Escalation TO_CHAIR = new Escalation("VP-BCD", 1, "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo");

	private DemoRegulation() {
	}

	static List<Rule> version1() {
		List<Rule> rules = new ArrayList<>();
		rules.add(new Rule("Ngừng việc tập thể, đình công", List.of(COLLECTIVE_STOPPAGE, STRIKE), Severity.LOW, List.of(), List.of(),
				"SNV", List.of("LDLD", "CA-PA04"),
				List.of(new TaskTemplate("Cử tổ công tác đến doanh nghiệp, nắm yêu cầu của người lao động", "SNV", 4, Moment.STARTED),
						new TaskTemplate("Tổ chức đối thoại giữa người lao động và người sử dụng lao động", "LDLD", 24, Moment.OPENED),
						new TaskTemplate("Nắm tình hình an ninh trật tự, phòng ngừa kích động, quá khích", "CA-PA04", 4, Moment.STARTED),
						new TaskTemplate("Báo cáo kết quả giải quyết về Văn phòng thường trực", "SNV", 72, Moment.OPENED)),
				2, TO_OFFICE));
		rules.add(new Rule("Vụ việc trong khu kinh tế, khu công nghiệp", List.of(COLLECTIVE_STOPPAGE, STRIKE, STRIKE_SIGNS),
				Severity.LOW, List.of("ZONE"), List.of(), "BQL-KKT", List.of(),
				List.of(new TaskTemplate("Làm việc với doanh nghiệp trong KKT/KCN, phối hợp tổ công tác", "BQL-KKT", 8, Moment.OPENED)),
				2, TO_OFFICE));
		rules.add(new Rule("Dấu hiệu đình công", List.of(STRIKE_SIGNS), Severity.LOW, List.of(), List.of(), "CA-PA04",
				List.of("LDLD", "SNV"),
				List.of(new TaskTemplate("Xác minh dấu hiệu, nắm tình hình tại doanh nghiệp", "CA-PA04", 24, Moment.OPENED),
						new TaskTemplate("Làm việc với công đoàn cơ sở, tuyên truyền pháp luật", "LDLD", 48, Moment.OPENED)),
				8, TO_OFFICE));
		rules.add(new Rule("Doanh nghiệp có vốn đầu tư nước ngoài", List.of(COLLECTIVE_STOPPAGE, STRIKE, STRIKE_SIGNS), Severity.MEDIUM,
				List.of(), List.of("FDI"), "SNV", List.of(),
				List.of(new TaskTemplate("Làm việc với chủ đầu tư nước ngoài (có phiên dịch)", "SNV", 24, Moment.OPENED)), 4, TO_OFFICE));
		rules.add(new Rule("Vụ việc nghiêm trọng", List.of(COLLECTIVE_STOPPAGE, STRIKE, STRIKE_SIGNS, FOOD_POISONING), Severity.HIGH,
				List.of(), List.of(), "VP-BCD", List.of("TTT", "CA-PA04"),
				List.of(new TaskTemplate("Báo cáo nhanh lãnh đạo UBND tỉnh", "VP-BCD", 12, Moment.OPENED),
						new TaskTemplate("Thanh tra việc chấp hành pháp luật lao động tại doanh nghiệp", "TTT", 120, Moment.OPENED)),
				1, TO_CHAIR));
		rules.add(new Rule("Ngộ độc thực phẩm tập thể", List.of(FOOD_POISONING), Severity.LOW, List.of(), List.of(), "SYT",
				List.of("CA-PA04", "LDLD"),
				List.of(new TaskTemplate("Cấp cứu người bệnh, điều tra nguyên nhân, lấy mẫu thực phẩm", "SYT", 2, Moment.STARTED),
						new TaskTemplate("Điều tra dấu hiệu vi phạm an toàn thực phẩm", "CA-PA04", 48, Moment.OPENED)),
				1, TO_OFFICE));
		rules.add(new Rule("Tranh chấp lao động tập thể", List.of(COLLECTIVE_DISPUTE), Severity.LOW, List.of(), List.of(), "SNV",
				List.of("LDLD"),
				List.of(new TaskTemplate("Tiếp nhận yêu cầu, cử hòa giải viên lao động", "SNV", 24, Moment.OPENED)), 8, TO_OFFICE));
		rules.add(new Rule("Vụ việc an ninh trật tự khác", List.of(OTHER_ORDER), Severity.LOW, List.of(), List.of(), "CA-PA04",
				List.of(), List.of(), 4, TO_OFFICE));
		rules.addAll(alertRules());
		return rules;
	}

	/**
	 * Risk alerts are cases too: a high score sends labor inspection, the union and the police to
	 * verify before anything happens; an agency's strike sign is checked within hours.
	 */
	static List<Rule> alertRules() {
		return List.of(
				Rule.forAlerts("Cảnh báo rủi ro cao", List.of("HIGH"), List.of(AlertTrigger.SCORE), List.of(), List.of(), List.of(), "SNV",
						List.of("LDLD", "CA-PA04"),
						List.of(new TaskTemplate("Kiểm tra việc trả lương, đóng bảo hiểm xã hội tại doanh nghiệp", "SNV", 120, Moment.OPENED),
								new TaskTemplate("Làm việc với công đoàn cơ sở, nắm tâm tư người lao động", "LDLD", 72, Moment.OPENED),
								new TaskTemplate("Nắm tình hình an ninh trật tự tại doanh nghiệp", "CA-PA04", 72, Moment.OPENED)),
						24, TO_OFFICE),
				Rule.forAlerts("Tín hiệu dấu hiệu đình công", List.of(), List.of(AlertTrigger.STRIKE_SIGN), List.of(), List.of(), List.of(),
						"CA-PA04", List.of("LDLD", "SNV"),
						List.of(new TaskTemplate("Xác minh dấu hiệu đình công tại doanh nghiệp", "CA-PA04", 12, Moment.OPENED),
								new TaskTemplate("Gặp công đoàn cơ sở và đại diện người lao động", "LDLD", 24, Moment.OPENED)),
						4, TO_OFFICE),
				Rule.forAlerts("Cảnh báo tại khu kinh tế, khu công nghiệp", List.of(), List.of(), List.of("ZONE"), List.of(), List.of(),
						"BQL-KKT", List.of(),
						List.of(new TaskTemplate("Làm việc với doanh nghiệp trong KKT/KCN về cảnh báo", "BQL-KKT", 48, Moment.OPENED)), 24,
						TO_OFFICE),
				Rule.forAlerts("Cảnh báo tại doanh nghiệp dệt may, da giày có vốn nước ngoài", List.of("HIGH"), List.of(), List.of(),
						List.of("FDI"), List.of("13", "14", "15"), "SNV", List.of(),
						List.of(new TaskTemplate("Làm việc với chủ đầu tư nước ngoài về tiền lương, thưởng (có phiên dịch)", "SNV", 72,
								Moment.OPENED)),
						24, TO_OFFICE));
	}

	static List<Rule> version2() {
		List<Rule> rules = new ArrayList<>(version1());
		Rule stoppage = rules.get(0);
		rules.set(0, new Rule(stoppage.name(), stoppage.types(), stoppage.minSeverity(), stoppage.areas(), stoppage.ownerships(),
				stoppage.lead(), List.of("LDLD", "CA-PA04", "BQL-KKT"), stoppage.tasks(), 1, stoppage.escalation()));
		rules.add(1, new Rule("Ngừng việc tập thể, đình công tại xã, phường", List.of(COLLECTIVE_STOPPAGE, STRIKE), Severity.LOW,
				List.of(), List.of(), "UBND-XA", List.of("CA-XA"),
				List.of(new TaskTemplate("Nắm tình hình, báo cáo Chủ tịch UBND xã, phường", "UBND-XA", 4, Moment.STARTED),
						new TaskTemplate("Bảo đảm an ninh, trật tự tại doanh nghiệp và khu vực lân cận", "CA-XA", 2, Moment.STARTED)),
				1, TO_OFFICE));
		return rules;
	}
}
