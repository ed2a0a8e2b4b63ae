package vn.binhyen.simulation;

import org.jspecify.annotations.Nullable;

import vn.binhyen.simulation.SimEnterprise.Ownership;

/** Synthetic company names: legal form, trade words, a made-up brand and an "(MP-…)" tag. */
final class Names {

	record Name(String full, String brand) {
	}

	private static final String[] VIET = { "An", "Bình", "Phát", "Thịnh", "Hưng", "Phúc", "Lộc", "Minh", "Thành", "Đạt",
			"Tiến", "Hòa", "Tân", "Việt", "Hoàng", "Long", "Quang", "Trường", "Sơn", "Hải", "Đức", "Nam", "Trung", "Kim",
			"Ngọc", "Thanh", "Hồng", "Đông", "Gia", "Vạn", "Phú", "Khang", "Thuận", "Đình Hương", "Lam Sơn", "Hàm Rồng",
			"Sầm Sơn", "Nghi Sơn", "Bỉm Sơn", "Hạc Thành", "Thọ Xuân", "Hoằng Hóa" };
	private static final String[] KOREAN = { "Han", "Seo", "Dong", "Young", "Sung", "Jin", "Kwang", "Hyun", "Min", "Chang" };
	private static final String[] CHINESE = { "Hong", "Tai", "Xin", "Sheng", "Yu", "Feng", "Jia", "Hua", "Li", "Kai" };
	private static final String[] JAPANESE = { "Yama", "Taka", "Sumi", "Nishi", "Kawa", "Mori", "Hana", "Aki" };
	private static final String[] JAPANESE_END = { "moto", "shiro", "da", "kawa", "no", "ta" };
	private static final String[] WESTERN = { "Alder", "Brook", "Crest", "Delta", "Evergreen", "Summit", "Vista" };

	private Names() {
	}

	static Name draw(int index, Sector sector, Ownership ownership, @Nullable String country, Rng rng) {
		String brand;
		String form;
		if (ownership == Ownership.FDI) {
			brand = foreignBrand(country, rng);
			form = "Công ty TNHH";
		}
		else {
			String first = VIET[rng.below(VIET.length)];
			String second = VIET[rng.below(VIET.length)];
			brand = first.equals(second) ? first : first + " " + second;
			double u = rng.uniform();
			form = ownership == Ownership.STATE ? "Công ty TNHH MTV"
					: u < 0.55 ? "Công ty TNHH" : u < 0.70 ? "Công ty TNHH MTV" : u < 0.95 ? "Công ty CP" : "Doanh nghiệp tư nhân";
		}
		String tag = String.format("MP-%06d", index + 1);
		String words = ownership == Ownership.FDI ? sector.words + " " + brand + " Việt Nam" : sector.words + " " + brand;
		return new Name(form + " " + words + " (" + tag + ")", brand + " " + tag);
	}

	private static String foreignBrand(@Nullable String country, Rng rng) {
		String c = country == null ? "" : country;
		return switch (c) {
			case "KR" -> KOREAN[rng.below(KOREAN.length)] + KOREAN[rng.below(KOREAN.length)].toLowerCase() + " Vina";
			case "TW", "CN", "HK", "SG" -> CHINESE[rng.below(CHINESE.length)] + " " + CHINESE[rng.below(CHINESE.length)];
			case "JP" -> JAPANESE[rng.below(JAPANESE.length)] + JAPANESE_END[rng.below(JAPANESE_END.length)];
			default -> WESTERN[rng.below(WESTERN.length)] + " " + WESTERN[rng.below(WESTERN.length)];
		};
	}
}
