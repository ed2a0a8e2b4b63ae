package vn.binhyen.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Which records lie in an area: for each stretch of time, the unit codes a record dated then may
 * carry. A code means the unit that had it on the record's date (codes are reused), so the same
 * code can be in the area for 2023 records and not for 2026 ones. Built by
 * {@link Geography#area}; {@link #EVERYTHING} is the whole province (no filter).
 *
 * @param slices consecutive stretches, the first open at the start and the last open at the end
 */
public record UnitArea(boolean everything, List<Slice> slices) {

	public static final UnitArea EVERYTHING = new UnitArea(true, List.of());
	private static final Pattern CODE = Pattern.compile("[0-9A-Za-z_.-]+");

	/** Records dated from {@code from} to {@code to} (inclusive; null = open) carrying one of the codes. */
	public record Slice(@Nullable LocalDate from, @Nullable LocalDate to, Set<String> codes) {

		public boolean covers(LocalDate day) {
			return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
		}
	}

	public UnitArea {
		slices = List.copyOf(slices);
	}

	/** Whether a record carrying the code on that day lies in the area. */
	public boolean contains(@Nullable String code, LocalDate day) {
		if (everything) {
			return true;
		}
		return code != null && slices.stream().anyMatch(s -> s.covers(day) && s.codes().contains(code));
	}

	/** Whether a record filed with today's codes (an enterprise, a score) lies in the area. */
	public boolean containsCurrent(@Nullable String code) {
		return everything || (code != null && !slices.isEmpty() && slices.get(slices.size() - 1).codes().contains(code));
	}

	/** The codes a record dated on that day may carry. */
	public Set<String> codesOn(LocalDate day) {
		return slices.stream().filter(s -> s.covers(day)).findFirst().map(Slice::codes).orElse(Set.of());
	}

	/** The codes records filed with today's codes may carry (the last slice). */
	public Set<String> currentCodes() {
		return slices.isEmpty() ? Set.of() : slices.get(slices.size() - 1).codes();
	}

	/** Records in either area. Both must come from {@link Geography} (same stretches). */
	public UnitArea union(UnitArea other) {
		if (everything || other.everything) {
			return EVERYTHING;
		}
		return combine(other, true);
	}

	/** Records in both areas. Both must come from {@link Geography} (same stretches). */
	public UnitArea intersect(UnitArea other) {
		if (everything) {
			return other;
		}
		if (other.everything) {
			return this;
		}
		return combine(other, false);
	}

	private UnitArea combine(UnitArea other, boolean union) {
		if (slices.isEmpty()) {
			return union ? other : this;
		}
		if (other.slices.isEmpty()) {
			return union ? this : other;
		}
		if (slices.size() != other.slices.size()) {
			throw new IllegalArgumentException("Areas with different stretches of time");
		}
		List<Slice> combined = new ArrayList<>();
		for (int i = 0; i < slices.size(); i++) {
			Set<String> codes = new HashSet<>(slices.get(i).codes());
			if (union) {
				codes.addAll(other.slices.get(i).codes());
			}
			else {
				codes.retainAll(other.slices.get(i).codes());
			}
			combined.add(new Slice(slices.get(i).from(), slices.get(i).to(), Set.copyOf(codes)));
		}
		return new UnitArea(false, combined);
	}

	/**
	 * A SQL condition (PostgreSQL) true for the rows in the area; codes are inlined (they come
	 * from the reference data and are checked to be plain codes).
	 *
	 * @param codeColumn the row's unit code
	 * @param dayExpression the row's local date (an SQL {@code date})
	 */
	public String sql(String codeColumn, String dayExpression) {
		if (everything) {
			return "true";
		}
		List<String> parts = new ArrayList<>();
		for (Slice s : slices) {
			if (s.codes().isEmpty()) {
				continue;
			}
			String codes = s.codes().stream().sorted().map(UnitArea::literal).collect(Collectors.joining(", "));
			StringBuilder part = new StringBuilder("(").append(codeColumn).append(" in (").append(codes).append(")");
			if (s.from() != null) {
				part.append(" and ").append(dayExpression).append(" >= date '").append(s.from()).append("'");
			}
			if (s.to() != null) {
				part.append(" and ").append(dayExpression).append(" <= date '").append(s.to()).append("'");
			}
			parts.add(part.append(")").toString());
		}
		return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
	}

	/** Whether the text is a plain unit or zone code (letters, digits, {@code _ . -}). */
	public static boolean isPlainCode(String code) {
		return CODE.matcher(code).matches();
	}

	private static String literal(String code) {
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Not a unit code: " + code);
		}
		return "'" + code + "'";
	}
}
