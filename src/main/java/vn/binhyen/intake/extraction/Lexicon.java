package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.binhyen.intake.EventType;
import vn.binhyen.shared.Text;

/**
 * The words of Vietnamese labour reporting the rules read, as patterns over lower-cased NFC text with
 * one tone-mark placement ({@link Text#normalizeName}). Patterns written here must stay lower case
 * (no upper-case regex escapes), since they go through the same normalisation.
 */
final class Lexicon {

	/**
	 * A word or phrase that reports an event of a type.
	 * @param bare a stoppage word that needs a protest cue (“nghỉ việc” alone also means quitting or a day off)
	 * @param strikeWord whether the report calls it a strike (“đình công”, “bãi công”)
	 * @param contextual “nợ” alone, an arrears only in an insurance or wage context
	 */
	record Trigger(EventType type, Pattern pattern, boolean bare, boolean strikeWord, boolean contextual) {
	}

	static final List<Trigger> TRIGGERS = new ArrayList<>();

	static {
		add(EventType.STRIKE_SIGNS, "(?:có )?dấu hiệu (?:đình công|bãi công|ngừng việc(?: tập thể)?|ngưng việc|lãn công)");
		add(EventType.COLLECTIVE_DISPUTE, "tranh chấp lao động tập thể");
		add(EventType.COLLECTIVE_STOPPAGE, "(?:ngừng|ngưng) (?:làm )?việc tập thể|nghỉ (?:việc|làm) tập thể|lãn công"
				+ "|đồng loạt (?:nghỉ việc|nghỉ làm|ngừng việc|ngưng việc|ngừng làm việc|bỏ việc|bỏ về)"
				+ "|không (?:ai |chịu |)vào (?:xưởng|làm việc|làm|nhà máy|công ty)|tự ý (?:nghỉ|ngừng|dừng|bỏ) (?:việc|làm)");
		TRIGGERS.add(new Trigger(EventType.STRIKE, rx("đình công|bãi công"), false, true, false));
		TRIGGERS.add(new Trigger(EventType.COLLECTIVE_STOPPAGE,
				rx("(?:ngừng|ngưng) (?:làm )?việc|nghỉ việc|nghỉ làm|bỏ việc|bỏ xưởng|kéo (?:nhau )?ra (?:[^ ]+ ){0,3}?cổng"), true, false, false));
		add(EventType.FOOD_POISONING, "ngộ độc|sau (?:khi ăn|bữa (?:ăn|trưa|tối|sáng|cơm|phụ|ăn ca))(?: [^ .]+){0,12}? (?:buồn nôn|nôn|đau bụng|khó thở|chóng mặt|ngứa)");
		add(EventType.OWNER_ABSCONDED, "bỏ trốn|trốn khỏi việt nam|biến mất|rời (?:khỏi )?việt nam|(?:bỏ|trốn) về nước|ôm tiền|bặt vô âm tín|biệt tăm|mất tích"
				+ "|không (?:thể )?liên lạc được với (?:[^ ]+ ){0,2}?(?:lãnh đạo|chủ|giám đốc|ban giám đốc)"
				+ "|(?:chủ|ông chủ|bà chủ|giám đốc|chủ doanh nghiệp|chủ đầu tư|người đại diện|ban lãnh đạo|lãnh đạo)(?: [^ ]+){0,6}? (?:về nước|bỏ đi|mất liên lạc|không liên lạc được|không thể liên lạc)");
		add(EventType.WAGE_ARREARS, "nợ (?:đọng )?(?:tiền )?lương|nợ (?:[^ ]+ ){1,5}?(?:tháng )?(?:tiền )?lương|chậm (?:trả |thanh toán |chi trả )?(?:tiền )?lương|chây ì trả lương"
				+ "|(?:chưa|không) (?:được )?(?:trả|thanh toán|chi trả|nhận được|nhận|trả đủ|chi trả đủ|thanh toán đủ)(?: [^ ]+){0,4}? (?:tiền )?lương"
				+ "|lương (?:tháng [^ ]+ )?(?:chưa|không|chậm) được (?:trả|thanh toán|chi trả)|trả lương chậm|lương bị (?:chậm|nợ)|(?:chưa|không) được (?:[^ ]+ ){1,25}?trả (?:tiền )?lương");
		add(EventType.INSURANCE_ARREARS, "(?:nợ|chậm|trốn) (?:đóng |nộp )?(?:tiền )?(?:bhxh|bảo hiểm xã hội|bảo hiểm)|(?:chậm|nợ|trốn) (?:đóng|nộp)"
				+ "|nợ (?:(?!lương)[^ ]+ ){1,3}?(?:tiền )?(?:bhxh|bảo hiểm)|(?<=nợ lương và |nợ lương, |nợ tiền lương và |nợ tiền lương, )(?:tiền )?(?:bhxh|bảo hiểm xã hội)");
		TRIGGERS.add(new Trigger(EventType.INSURANCE_ARREARS, rx("nợ"), false, false, true));
		add(EventType.LAYOFF, "cắt giảm (?:[^ ]+ ){0,5}?(?:lao động|công nhân|nhân sự|nhân viên)|sa thải|cho (?:[^ ]+ ){0,3}?thôi việc"
				+ "|chấm dứt hợp đồng(?: lao động)?|tạm hoãn hợp đồng|cắt giảm giờ làm");
		add(EventType.SUSPENSION, "tạm (?:dừng|ngừng|ngưng) (?:hoạt động|sản xuất|kinh doanh)|(?:ngừng|ngưng|dừng) (?:hoạt động|sản xuất)|đóng cửa");
		add(EventType.DISSOLUTION, "giải thể|phá sản");
		add(EventType.OTHER_ORDER, "(?:tụ tập|kéo đến|kéo tới|căng băng rôn|giăng băng rôn) (?:[^ ]+ ){0,40}?đòi (?:tiền|lương|nợ)");
	}

	private static void add(EventType type, String body) {
		TRIGGERS.add(new Trigger(type, rx(body), false, type == EventType.STRIKE, false));
	}

	static final Pattern CLASSIFIER = Pattern.compile("^\\s+(" + Text.normalizeName("vụ|cuộc|doanh nghiệp|dn|đơn vị|công ty|cơ sở|nhà máy") + ")(?![\\p{L}\\p{N}])");
	static final Pattern WORKER_NOUN = Pattern.compile("^\\s+(?:nữ |nam )?(" + Text.normalizeName(
			"công nhân lao động|công nhân viên|công nhân|cn|người lao động|nlđ|lao động|lđ|người|nhân viên|công nhân may") + ")(?![\\p{L}\\p{N}])");
	static final Pattern THRESHOLD = rx("từ\\s*$");
	static final Pattern MODAL = rx("dự báo|dự kiến|sẽ|có thể|nguy cơ|tiềm ẩn|nếu(?! so)|phòng ngừa|ngăn chặn|phòng, chống|không để|tránh|đề phòng|kịch bản");
	static final Pattern MODAL_AFTER = rx("^(?:[^ ]+ ){0,3}?(?:có thể|sẽ)");
	static final Pattern GENERIC_BEFORE = rx("(?:nhiều|không ít|một số|các|những|hàng loạt|mọi) (?:doanh nghiệp|công ty|đơn vị|vụ|cuộc|cơ sở|nhà máy|chủ doanh nghiệp)(?: [^ ]+){0,8} $"
			+ "|(?:tình hình|tình trạng|số vụ|hiện tượng|vấn đề|nguy cơ|các cuộc|các vụ|những vụ|những cuộc|nhiều vụ|nhiều cuộc|vụ việc|xảy ra) $");
	static final Pattern NEGATION_BEFORE = rx("(?:không|chưa|chẳng|chưa từng|không hề|không có|không xảy ra|chưa xảy ra|không để xảy ra)(?: [^ ]+){0,3} $");
	static final Pattern AT_BEFORE = rx("(?:đình công|bãi công|ngừng việc|ngưng việc|lãn công|ngộ độc|nợ lương|nợ bhxh|chậm đóng|bỏ trốn)(?: [^ ]+){0,3} (?:tại|ở) $");
	static final Pattern CHANGE_BEFORE = rx("(?:giảm|tăng|thêm|bớt|nhiều hơn|ít hơn|chênh lệch|giảm đi|tăng lên|giảm được|giảm xuống|tăng thêm)\\s*$");
	static final Pattern BREAKDOWN_BEFORE = rx("(?:trong đó|trong số đó|bao gồm|gồm)(?: có)?[:, ]*$");
	static final Pattern PROTEST = rx("đòi|phản đối|yêu cầu|kiến nghị|bức xúc|quyền lợi|yêu sách|không đồng ý|đồng loạt|tập thể|tụ tập|tập trung|đình công|lãn công|ngồi kín sân|kéo ra|băng rôn|chờ (?:[^ ]+ ){0,2}?(?:giải quyết|công bố)");
	static final Pattern EMPLOYER_SIDE = rx("cho (?:[^ ]+ ){0,4}?(?:ngừng|ngưng|nghỉ)|buộc phải|mưa lũ|lũ lụt|ngập|bão|mất điện|thiếu đơn hàng|hết đơn hàng|không có đơn hàng|dịch bệnh|covid|tạm nghỉ|không lương|nghỉ tết|nghỉ lễ|giãn việc");
	static final Pattern LABEL_BEFORE = rx("(?:do|vì|bởi) (?:[^ ]+ ){0,3}$");
	static final Pattern RETURN_TO_WORK = rx("(?:quay|trở) lại làm|đi làm (?:trở )?lại|làm việc trở lại|trở lại (?:nhà máy|xưởng|công ty)");
	static final Pattern NATIONAL = rx("cả nước|toàn quốc|trên cả nước|toàn ngành|tổng lđlđ việt nam|tổng liên đoàn lao động việt nam"
			+ "|bộ lđ-tb&xh|bộ lao động - thương binh và xã hội|bộ lao động");
	static final Pattern INSURANCE = rx("bhxh|bảo hiểm xã hội|bhyt|bhtn");
	/** “năm” after these words is a year (“hơn nửa năm”), not the number five. */
	static final Pattern YEAR_NOT_FIVE = rx("(?:nửa|cả|mỗi|hằng|hàng|trong|những|các|nhiều|mấy|một) năm$");
	/** The head of a ranking (“10 doanh nghiệp nợ nhiều nhất”). */
	static final Pattern RANKING = rx("lớn nhất|nhiều nhất|cao nhất|dẫn đầu");
	static final Pattern GENERIC_PLURAL = rx("(?:nhiều|không ít|một số|các|những|hàng loạt) (?:doanh nghiệp|công ty|đơn vị|cơ sở|nhà máy)");
	static final Pattern WAGE = rx("(?<!đô |văn |thị |hữu |đức |ngọc |trọng )lương");
	/** Workers losing their jobs, which makes an announced closure also a layoff. */
	static final Pattern JOB_LOSS = rx("mất việc|thôi việc|chấm dứt hợp đồng|nghỉ việc hàng loạt");
	static final Pattern SYMPTOMS = rx("buồn nôn|đau bụng|nôn|ói|chóng mặt|nhập viện|vào viện|cấp cứu|xuất viện|ra viện|điều trị|ngộ độc|co giật|khó thở|ngứa");
	/** Who walks out or falls ill: an incident sentence without them is commentary, not a report of the event. */
	static final Pattern ACTORS = rx("công nhân|người lao động|nlđ|lao động|nhân viên|họ|cn|người|bệnh nhân|ca");
	static final Pattern CAUSE_CUE = rx("nguyên nhân|yêu cầu|đòi|kiến nghị|phản đối|bức xúc|yêu sách|do công ty|vì công ty");
	static final Pattern SINCE = rx("từ (?:đầu năm|tháng|ngày)");

	private static final Map<String, Pattern> CAUSES = new LinkedHashMap<>();

	static {
		cause("WAGES", "lương (?:[^ ]+ ){0,2}thấp|tăng lương|tiền lương|thu nhập (?:[^ ]+ ){0,2}thấp|đơn giá|cách (?:doanh nghiệp )?trả lương|điều chỉnh lương|lương cơ bản");
		cause("WAGE_ARREARS", "nợ (?:tiền )?lương|chậm (?:trả )?lương|chưa (?:được )?trả lương");
		cause("BONUS", "thưởng tết|thưởng cuối năm|tiền thưởng|lương tháng 13|thưởng (?:[^ ]+ ){0,2}thấp");
		cause("ALLOWANCES", "phụ cấp|trợ cấp|tiền hỗ trợ");
		cause("WELFARE", "phúc lợi|đãi ngộ");
		cause("MEALS", "bữa ăn|suất ăn|nghỉ ăn|nhà ăn|ăn uống|tiền ăn|cơm ca|bữa cơm");
		cause("WORKING_HOURS", "tăng ca|làm thêm|giờ làm|giờ nghỉ|nghỉ trưa|thời gian làm việc|nghỉ ngơi");
		cause("WORK_NORMS", "định mức|chỉ tiêu sản lượng");
		cause("WORK_RULES", "nội quy|bị phạt|phạt tiền|kỷ luật|nghỉ phép|quy định của công ty");
		cause("WORKING_CONDITIONS", "điều kiện làm việc|nóng bức|môi trường làm việc");
		cause("FACILITIES", "gửi xe|nhà để xe|bãi xe|nhà vệ sinh|căng tin|chỗ để xe");
		cause("MANAGEMENT_CONDUCT", "quát nạt|chửi mắng|xúc phạm|đánh (?:công nhân|người lao động)|thái độ");
		cause("INSURANCE", "bhxh|bảo hiểm xã hội");
		cause("ORDERS_SHORTAGE", "thiếu đơn hàng|hết đơn hàng|không có đơn hàng");
		cause("COVID19", "covid");
	}

	private static void cause(String code, String body) {
		CAUSES.put(code, rx(body));
	}

	private Lexicon() {
	}

	static Pattern rx(String body) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + Text.normalizeName(body) + ")(?![\\p{L}\\p{N}])");
	}

	/** Cause codes named in a text, in lexicon order; “đòi quyền lợi” alone is OTHER. */
	static List<String> causes(String low) {
		List<String> out = new ArrayList<>();
		CAUSES.forEach((code, p) -> {
			if (p.matcher(low).find()) {
				out.add(code);
			}
		});
		if (out.isEmpty() && low.contains("quyền lợi")) {
			out.add("OTHER");
		}
		return out;
	}
}
