package vn.binhyen.intake.extraction;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import vn.binhyen.shared.Text;

/**
 * Places of Vietnam from the reference CSVs on the classpath ({@code reference/}): provinces before and
 * after the 1 July 2025 merger with their aliases, all pre-2025 districts, all 2025 communes and the
 * Thanh Hóa industrial zones. Finds provinces named or implied in a sentence.
 */
public final class Gazetteer {

	/** The first day of the 34 merged provinces. */
	public static final FuzzyDate MERGER = FuzzyDate.of(2025, 7, 1);

	/** A province found in a sentence, as its pre-2025 short name unless only the 2025 unit is known. */
	record Mention(String province, int start, boolean explicit) {
	}

	private static final String L = "(?<![\\p{L}\\p{N}])";
	private static final String R = "(?![\\p{L}\\p{N}])";
	private static final Pattern EXCLUDED_BEFORE = Pattern.compile(
			"(?:xã|phường|thôn|làng|đường|phố|chủ tịch|bác|tư tưởng|lăng|ông|bà|anh|chị)\\s+$");
	private static final Pattern UNIT = Pattern.compile(L
			+ "((?iu:huyện|quận|thị xã|thành phố|tp\\.?|xã|phường|thị trấn|đặc khu|kcn|khu công nghiệp(?: và đô thị)?|cụm công nghiệp|khu kinh tế|kkt))\\s+"
			+ "((?:[\\p{Lu}\\d][\\p{L}\\d]*(?:\\s*-\\s*|\\s+)?){1,5})");

	private final Map<String, String> provinceBySpelling = new HashMap<>();
	private final Map<String, String> province2025 = new HashMap<>();
	private final Map<String, Set<String>> districts = new HashMap<>();
	private final Map<String, Set<String>> communes2025 = new HashMap<>();
	private final Map<String, String> zones = new HashMap<>();
	private final Pattern provincePattern;
	private final Set<String> foldedPlaces = new java.util.HashSet<>(Set.of("viet nam", "vn", "vina"));

	private Gazetteer() {
		read("provinces_pre2025.csv", r -> {
			String name = r.get("name");
			province2025.put(name, r.get("name_2025"));
			spell(name, name);
			for (String alias : r.get("aliases").split(";")) {
				if (alias.strip().length() > 2) {
					spell(alias.strip(), name);
				}
			}
		});
		read("provinces_2025.csv", r -> province2025.putIfAbsent(r.get("name"), r.get("name")));
		read("districts_pre2025_all.csv", r -> districts.computeIfAbsent(key(r.get("name")), k -> new LinkedHashSet<>())
			.add(r.get("province_name")));
		read("communes_2025_all.csv", r -> communes2025.computeIfAbsent(key(r.get("name")), k -> new LinkedHashSet<>())
			.add(r.get("province_name")));
		read("thanh_hoa_industrial_zones.csv", r -> {
			String core = r.get("name").replaceFirst("^(Khu công nghiệp|Khu kinh tế)\\s+", "").replaceFirst("\\s*\\(.*$", "");
			zones.put(key(core), "Thanh Hóa");
		});
		provinceBySpelling.values().forEach(p -> foldedPlaces.add(Text.fold(p)));
		String alternation = provinceBySpelling.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(s -> Pattern.quote(s).replace(" - ", "\\E\\s*-\\s*\\Q"))
			.collect(Collectors.joining("|"));
		provincePattern = Pattern.compile(L + "(" + alternation + ")" + R);
	}

	/** Loads the reference data from the classpath. */
	public static Gazetteer load() {
		return new Gazetteer();
	}

	private void spell(String spelling, String name) {
		provinceBySpelling.put(key(spelling), name);
	}

	private static String key(String s) {
		return Text.normalizeName(s.replace('–', '-').replaceAll("\\s*-\\s*", " - "));
	}

	private static void read(String file, Consumer<CSVRecord> row) {
		try (Reader in = new InputStreamReader(Gazetteer.class.getResourceAsStream("/reference/" + file), StandardCharsets.UTF_8)) {
			CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).forEach(row);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read reference/" + file, e);
		}
	}

	/** The province after the 1 July 2025 merger, or the name itself when unknown. */
	public String to2025(String province) {
		return province2025.getOrDefault(canonical(province), canonical(province));
	}

	/** The short name of a province spelled any known way (“Thanh Hoá”, “TPHCM”), or the input. */
	public String canonical(String province) {
		return provinceBySpelling.getOrDefault(key(province), province);
	}

	/** The province's name valid at a date: the merged unit from 1 July 2025. */
	String validAt(String province, @Nullable FuzzyDate date) {
		boolean merged = date != null && date.year() != null && date.compareTo(MERGER) >= 0;
		return merged ? to2025(province) : province;
	}

	/**
	 * Provinces named in a sentence or implied by a named district, commune or zone, in order.
	 * @param original the sentence as written (NFC), used to check capitals
	 * @param low the same sentence lower-cased by {@link Text#normalizeName}
	 * @param communes whether 2025 commune names may be used (reports after the merger)
	 */
	List<Mention> find(String original, String low, boolean communes) {
		List<Mention> out = new ArrayList<>();
		Matcher m = provincePattern.matcher(low);
		while (m.find()) {
			boolean capital = Character.isUpperCase(original.charAt(m.start()));
			if (capital && !EXCLUDED_BEFORE.matcher(low.substring(Math.max(0, m.start() - 12), m.start())).find()) {
				out.add(new Mention(provinceBySpelling.get(key(m.group(1))), m.start(), true));
			}
		}
		m = UNIT.matcher(original);
		while (m.find()) {
			String unit = m.group(1).toLowerCase();
			String[] words = m.group(2).strip().split("\\s+");
			for (int n = words.length; n >= 1; n--) {
				String name = key(String.join(" ", java.util.Arrays.copyOf(words, n)));
				String province = implied(unit, name, communes);
				if (province != null) {
					out.add(new Mention(province, m.start(), false));
					break;
				}
			}
		}
		out.sort(Comparator.comparingInt(Mention::start));
		return out;
	}

	private @Nullable String implied(String unit, String name, boolean communes) {
		Set<String> found = switch (unit) {
			case "huyện", "quận", "thị xã", "thành phố", "tp", "tp." -> districts.get(name);
			case "xã", "phường", "đặc khu" -> communes ? communes2025.get(name) : null;
			case "thị trấn" -> null;
			default -> zones.containsKey(name) ? Set.of(zones.get(name)) : null;
		};
		return found != null && found.size() == 1 ? found.iterator().next() : null;
	}

	/**
	 * Whether two enterprise names denote the same enterprise: one distinctive part contains the other,
	 * once a trailing province or country name (a locator reports add: “Công ty giày Venus Thanh Hóa”) is set aside.
	 */
	boolean sameEnterprise(String a, String b) {
		if (Enterprises.same(a, b)) {
			return true;
		}
		String ca = withoutTrailingPlace(Enterprises.core(a));
		String cb = withoutTrailingPlace(Enterprises.core(b));
		return !ca.isEmpty() && !cb.isEmpty() && (ca.contains(cb) || cb.contains(ca));
	}

	private String withoutTrailingPlace(String core) {
		String s = core;
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String place : foldedPlaces) {
				if (s.endsWith(" " + place) && s.length() > place.length() + 3) {
					String rest = s.substring(0, s.length() - place.length() - 1);
					if (Enterprises.isOnlyDescriptors(rest)) {
						return s;
					}
					s = rest;
					changed = true;
				}
			}
		}
		return s;
	}

	/** Places (communes, districts, zones) named in a sentence, as written. */
	List<String> places(String original) {
		List<String> out = new ArrayList<>();
		Matcher m = UNIT.matcher(original);
		while (m.find()) {
			String unit = m.group(1).toLowerCase();
			String text = m.group().strip();
			if (!(unit.startsWith("thành phố") || unit.startsWith("tp")) || districts.containsKey(key(m.group(2).strip()))) {
				out.add(text);
			}
		}
		return out;
	}
}
