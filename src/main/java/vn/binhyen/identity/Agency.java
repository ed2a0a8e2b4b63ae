package vn.binhyen.identity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A provincial agency taking part in the coordination regulation.
 *
 * @param kind POLICE, HOME_AFFAIRS, LABOR_INSPECTION, HEALTH, TRADE_UNION, ZONE_BOARD, STEERING, COMMUNE, OTHER
 * @param retiredOn the day it stopped existing (e.g. merged in the 2025 reorganisation), null while active
 */
public record Agency(long id, String code, String name, @Nullable String nameEn, String kind, boolean active,
		@Nullable LocalDate retiredOn) {
}
