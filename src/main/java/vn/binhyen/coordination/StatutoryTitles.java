package vn.binhyen.coordination;

final class StatutoryTitles {

	private StatutoryTitles() {
	}

	static String of(String key) {
		return switch (key) {
			case "dispute.route" -> "Chuyển yêu cầu giải quyết tranh chấp cho hòa giải viên lao động";
			case "dispute.mediate" -> "Hòa giải viên lao động kết thúc hòa giải";
			case "dispute.arbitrationBoard" -> "Thành lập Ban trọng tài lao động";
			case "dispute.award" -> "Ban trọng tài ra quyết định giải quyết";
			default -> key;
		};
	}
}
