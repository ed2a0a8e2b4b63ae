package vn.binhyen.simulation;

/*
 * VSIC 2018 divisions weighted for Thanh Hóa's enterprise population: many small trade and
 * construction firms, and the labor-intensive garment/footwear plants where most stoppages
 * happen. Shares are by number of enterprises (provincial statistical yearbook orders of
 * magnitude), risk is the division's log-odds effect on labor incidents.
 */
enum Sector {

	// division, section, share %, median headcount, FDI share, zone share, group, risk, name words
	AGRICULTURE("01", "A", 2.5, 8, 0.01, 0.0, Group.OTHER, -0.4, "Nông nghiệp"),
	AQUACULTURE("03", "A", 1.0, 6, 0.0, 0.0, Group.OTHER, -0.4, "Thủy sản"),
	QUARRYING("08", "B", 1.5, 20, 0.01, 0.05, Group.BUILDING, 0.0, "Khai thác đá"),
	FOOD("10", "C", 3.5, 15, 0.03, 0.25, Group.OTHER, 0.4, "Chế biến thực phẩm"),
	BEVERAGES("11", "C", 0.5, 20, 0.02, 0.2, Group.OTHER, 0.0, "Đồ uống"),
	TEXTILES("13", "C", 0.8, 30, 0.2, 0.5, Group.EXPORT, 0.6, "Dệt"),
	GARMENT("14", "C", 3.0, 60, 0.25, 0.45, Group.EXPORT, 1.0, "May mặc"),
	FOOTWEAR("15", "C", 0.8, 150, 0.45, 0.6, Group.EXPORT, 1.2, "Giày da"),
	WOOD("16", "C", 2.5, 10, 0.03, 0.15, Group.EXPORT, 0.2, "Chế biến gỗ"),
	PLASTICS("22", "C", 0.6, 25, 0.1, 0.5, Group.EXPORT, 0.3, "Nhựa"),
	BUILDING_MATERIALS("23", "C", 3.0, 25, 0.03, 0.2, Group.BUILDING, 0.0, "Vật liệu xây dựng"),
	METAL("25", "C", 2.0, 12, 0.05, 0.3, Group.OTHER, 0.2, "Cơ khí"),
	OTHER_MANUFACTURING("32", "C", 0.6, 40, 0.2, 0.4, Group.EXPORT, 0.5, "Sản xuất tóc giả"),
	ELECTRICITY("35", "D", 0.4, 30, 0.05, 0.3, Group.OTHER, -0.5, "Năng lượng"),
	BUILDINGS("41", "F", 10.0, 10, 0.002, 0.0, Group.BUILDING, 0.2, "Xây dựng"),
	CIVIL_ENGINEERING("42", "F", 6.0, 15, 0.002, 0.0, Group.BUILDING, 0.2, "Xây dựng công trình"),
	SPECIALISED_CONSTRUCTION("43", "F", 5.0, 8, 0.002, 0.0, Group.BUILDING, 0.1, "Xây lắp"),
	VEHICLE_TRADE("45", "G", 3.0, 6, 0.002, 0.0, Group.OTHER, -0.6, "Ô tô xe máy"),
	WHOLESALE("46", "G", 17.0, 5, 0.004, 0.02, Group.OTHER, -0.6, "Thương mại"),
	RETAIL("47", "G", 11.0, 4, 0.002, 0.0, Group.OTHER, -0.6, "Thương mại dịch vụ"),
	LAND_TRANSPORT("49", "H", 5.0, 8, 0.002, 0.02, Group.OTHER, -0.2, "Vận tải"),
	WAREHOUSING("52", "H", 1.0, 10, 0.05, 0.2, Group.OTHER, -0.2, "Logistics"),
	ACCOMMODATION("55", "I", 3.0, 8, 0.01, 0.0, Group.OTHER, -0.3, "Du lịch khách sạn"),
	FOOD_SERVICE("56", "I", 3.0, 6, 0.005, 0.0, Group.OTHER, -0.3, "Dịch vụ ăn uống"),
	IT("62", "J", 1.0, 6, 0.02, 0.0, Group.OTHER, -0.8, "Công nghệ"),
	REAL_ESTATE("68", "L", 2.0, 5, 0.01, 0.0, Group.BUILDING, -0.6, "Bất động sản"),
	ENGINEERING_SERVICES("71", "M", 3.0, 6, 0.005, 0.0, Group.OTHER, -0.8, "Tư vấn thiết kế"),
	ADMIN_SUPPORT("82", "N", 2.0, 8, 0.005, 0.0, Group.OTHER, -0.3, "Dịch vụ"),
	EDUCATION("85", "P", 1.0, 10, 0.01, 0.0, Group.OTHER, -0.8, "Giáo dục"),
	OTHER_SERVICES("96", "S", 1.5, 4, 0.002, 0.0, Group.OTHER, -0.6, "Dịch vụ tổng hợp");

	// Sectors that share a macro shock: export orders fell through 2023, building stalled.
	enum Group {
		EXPORT, BUILDING, OTHER
	}

	static final Sector[] ALL = values();
	static final double[] CUMULATIVE_SHARE = Rng.cumulative(java.util.Arrays.stream(ALL).mapToDouble(s -> s.share).toArray());

	final String division;
	final String section;
	final double share;
	final double medianHeadcount;
	final double fdiShare;
	final double zoneShare;
	final Group group;
	final double risk;
	final String words;

	Sector(String division, String section, double share, double medianHeadcount, double fdiShare, double zoneShare,
			Group group, double risk, String words) {
		this.division = division;
		this.section = section;
		this.share = share;
		this.medianHeadcount = medianHeadcount;
		this.fdiShare = fdiShare;
		this.zoneShare = zoneShare;
		this.group = group;
		this.risk = risk;
		this.words = words;
	}

	boolean labourIntensive() {
		return this == GARMENT || this == FOOTWEAR || this == TEXTILES || this == OTHER_MANUFACTURING;
	}

	boolean manufacturing() {
		return "C".equals(section);
	}
}
