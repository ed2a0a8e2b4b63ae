package vn.binhyen.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.binhyen.shared.Text;

/**
 * Enterprise names as reports write them: a head noun (công ty, nhà máy, xí nghiệp, cơ sở), legal
 * forms and sector words (“TNHH”, “cổ phần”, “may xuất khẩu”), then a proper name in capitals
 * (“Venus Việt Nam”, “Hancorp.2”, “FLC Samson Golf & Resort”). Without a capitalised name it is not a
 * name (“một công ty”, “công ty 100% vốn Trung Quốc”).
 */
final class Enterprises {

	/** A name found at a position of a sentence. */
	record Name(String name, int start, int end) {
	}

	private static final Pattern HEAD = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?iu:tổng công ty|công ty|cty|tập đoàn|nhà máy|xí nghiệp|cơ sở|hợp tác xã|doanh nghiệp(?= (?iu:tư nhân|tnhh|cp|cổ phần)))(?![\\p{L}\\p{N}])");
	private static final Pattern DESCRIPTOR = Pattern.compile("^\\s+(?iu:"
			+ "trách nhiệm hữu hạn|tnhh|cổ phần|cp|một thành viên|hai thành viên|mtv|liên doanh|tư nhân|100% vốn nước ngoài"
			+ "|giày da|giày|giầy|túi xách|da|may mặc|may|dệt may|dệt|sợi|xuất khẩu|xuất nhập khẩu|xây dựng|công nghiệp|tàu thuỷ|tàu thủy"
			+ "|điện tử|thực phẩm|thương mại|dịch vụ|sản xuất|đầu tư|chế biến|gỗ|nhựa|cơ khí|thủy sản|thuỷ sản|phát triển|kỹ thuật|công nghệ"
			+ "|xi măng|thép|bao bì|nông sản|vận tải|quốc tế|&"
			+ "|và(?= (?!(?iu:tổng công ty|công ty|nhà máy|xí nghiệp|cơ sở|hợp tác xã|doanh nghiệp)(?![\\p{L}\\p{N}]))))(?![\\p{L}\\p{N}])");
	private static final Pattern PROPER = Pattern.compile("^\\s+([\\p{Lu}][\\p{L}\\p{N}]*(?:[.&'-][\\p{L}\\p{N}]+)*|&|[\\p{N}]+(?=\\s+\\p{Lu}))");
	/**
	 * Lower-case words inside a name between capitalised ones (“Cơ khí ô tô và Thiết bị”, “Trang trí nội thất”):
	 * at most three, none of them a word that ends a name (prepositions, verbs of reporting).
	 */
	private static final Pattern BRIDGE = Pattern.compile("^((?:\\s+(?:[\\p{Ll}][\\p{L}]*|-)){1,3})(?=\\s+[\\p{Lu}\\p{N}&])");
	private static final java.util.Set<String> NAME_ENDS = java.util.Set.of("tại", "ở", "của", "cho", "với", "thuộc", "trên", "là",
			"do", "từ", "đến", "khi", "nhưng", "như", "có", "đã", "đang", "bị", "được", "nợ", "chậm", "trong", "ngày", "sáng", "chiều",
			"tối", "trưa", "đêm", "tháng", "năm", "hoặc", "cùng", "về", "vào", "ra", "tỉnh", "thành", "phố", "huyện", "quận",
			"xã", "phường", "thị", "tp", "kcn", "khu", "cụm", "gồm", "để", "vì", "nên", "thì", "mà", "còn", "cũng", "vẫn", "sau",
			"trước", "theo", "ông", "bà", "anh", "chị", "công", "ty", "người", "lao", "động", "nhân", "hơn", "gần", "khoảng", "này", "đó");
	/** A number ending a name (“Lilama 7”, “Chi nhánh 5”), not a quantity (“5 tháng”, “7 tỷ đồng”). */
	private static final Pattern NUMBERED = Pattern.compile("^\\s+\\p{N}{1,4}(?![\\p{L}\\p{N}%]|[.,]\\p{N})(?!\\s+(?iu:tháng|năm|ngày|tỷ|triệu|nghìn|ngàn"
			+ "|người|công nhân|lao động|lđ|cn|vụ|doanh nghiệp|đơn vị|giờ|phút|tuổi|%)(?![\\p{L}\\p{N}]))");
	private static final Pattern LEGAL_FORM = Pattern.compile(
			"(?iu:trách nhiệm hữu hạn|tnhh|cổ phần|cp|một thành viên|hai thành viên|mtv|liên doanh|tư nhân|100% vốn nước ngoài)");
	private static final Pattern LEGAL = Pattern.compile(
			"\\b(?:tong cong ty|cong ty|nha may|xi nghiep|co so|hop tac xa|doanh nghiep|trach nhiem huu han|tnhh|co phan|cp|mot thanh vien|hai thanh vien|mtv|lien doanh|tu nhan)\\b");

	private Enterprises() {
	}

	/** Names in a sentence as written (NFC), in order. */
	static List<Name> find(String text) {
		List<Name> out = new ArrayList<>();
		Matcher head = HEAD.matcher(text);
		while (head.find()) {
			if (!out.isEmpty() && head.start() < out.get(out.size() - 1).end()) {
				continue; // a head noun inside the name just read ("Công ty cổ phần Tập đoàn Hòa Bình")
			}
			int end = head.end();
			int nameEnd = -1;
			while (true) {
				String rest = text.substring(end);
				Matcher d = DESCRIPTOR.matcher(rest);
				if (d.find() && !(d.group().strip().equals("&") && nameEnd < 0)) {
					end += d.end();
					if (Character.isUpperCase(d.group().strip().charAt(0)) && !LEGAL_FORM.matcher(d.group().strip()).matches()) {
						nameEnd = end; // a sector word written as part of the name ("Xây dựng và Thương mại 592")
					}
					continue;
				}
				Matcher p = PROPER.matcher(rest);
				if (p.find() && !p.group(1).equals("&")) {
					end += p.end();
					nameEnd = end;
					continue;
				}
				Matcher numbered = NUMBERED.matcher(rest);
				if ((nameEnd > 0 || end > head.end()) && numbered.find()) {
					end += numbered.end();
					nameEnd = end;
					continue;
				}
				Matcher b = BRIDGE.matcher(rest);
				if (b.find() && bridges(b.group(1)) && (nameEnd > 0 || leadsToName(b.group(1), rest.substring(b.end()))) && !HEAD.matcher(rest.substring(b.end()).stripLeading()).lookingAt()) {
					end += b.end();
					continue;
				}
				break;
			}
			if (nameEnd > 0) {
				out.add(new Name(text.substring(head.start(), nameEnd), head.start(), nameEnd));
			}
		}
		return out;
	}

	/** Before any capitalised word, at most two sector words and then a capital (“Xí nghiệp gạch Tuynel”). */
	private static boolean leadsToName(String words, String rest) {
		return words.strip().split("\\s+").length <= 2 && rest.matches("^\\s+\\p{Lu}[\\s\\S]*");
	}

	private static boolean bridges(String words) {
		for (String w : words.strip().split("\\s+")) {
			if (NAME_ENDS.contains(w)) {
				return false;
			}
		}
		return true;
	}

	/** The distinctive part of a name, folded: without head nouns and legal forms. */
	static String core(String name) {
		return LEGAL.matcher(Text.fold(name)).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	private static final java.util.Set<String> DESCRIPTOR_WORDS = new java.util.HashSet<>(java.util.Arrays.asList(("giay da tui xach may mac det soi xuat khau nhap "
			+ "xay dung cong nghiep tau thuy dien tu thuc pham thuong mai dich vu san dau che bien go nhua co khi phat trien ky thuat "
			+ "nghe xi mang thep bao bi nong van tai quoc te va").split(" ")));

	/** Whether a folded core is made of sector words only (“cong nghiep tau thuy”), so not distinctive. */
	static boolean isOnlyDescriptors(String foldedCore) {
		for (String w : foldedCore.split(" ")) {
			if (!DESCRIPTOR_WORDS.contains(w)) {
				return false;
			}
		}
		return true;
	}

	/** Whether two names denote the same enterprise: one core contains the other. */
	static boolean same(String a, String b) {
		String ca = core(a);
		String cb = core(b);
		return !ca.isEmpty() && !cb.isEmpty() && (ca.contains(cb) || cb.contains(ca));
	}
}
