package vn.binhyen.risk.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.risk.RiskManagement.Band;
import vn.binhyen.risk.RiskManagement.ModelVersion;

/**
 * The model page as officers read it: the holdout backtest JSON of a version becomes a small table
 * of named metrics (this model beside the “recent signals only” rule), months as MM/yyyy, and
 * band thresholds rounded to three significant digits.
 */
final class ModelViews {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final List<String> METRICS = List.of("auc", "prAuc", "brier", "precisionAt50", "recallAt50");

	private ModelViews() {
	}

	/** One version: its test months, the number of cases in them, its metrics as rows. */
	record VersionView(ModelVersion version, String trainedFrom, String trainedTo, String testFrom, String testTo, long positives, List<MetricRow> metrics) {
	}

	/** A metric of the model and of the baseline; {@code percent} for shares, else a score from 0 to 1. */
	record MetricRow(String key, @Nullable Double model, @Nullable Double baseline, boolean percent) {
	}

	/** A band's threshold as typed in and as read. */
	record BandView(String band, double threshold, String input, String setBy) {
	}

	static VersionView of(ModelVersion version) {
		JsonNode metrics;
		try {
			metrics = JSON.readTree(version.metrics());
		}
		catch (RuntimeException ex) {
			metrics = JSON.createObjectNode();
		}
		List<MetricRow> rows = new ArrayList<>();
		for (String key : METRICS) {
			rows.add(new MetricRow(key, value(metrics.path("model").path(key)), value(metrics.path("recentSignals").path(key)),
					key.endsWith("At50")));
		}
		return new VersionView(version, month(version.trainedFrom()), month(version.trainedTo()), month(metrics.path("testFrom").asString("")), month(metrics.path("testTo").asString("")),
				metrics.path("positives").asLong(0), rows);
	}

	static BandView of(Band band) {
		String input = BigDecimal.valueOf(band.threshold()).round(new MathContext(3)).stripTrailingZeros().toPlainString();
		return new BandView(band.band(), band.threshold(), input, band.setBy());
	}

	private static @Nullable Double value(JsonNode node) {
		return node.isNumber() ? node.asDouble() : null;
	}

	/** 2026-06 as 06/2026. */
	static String month(String isoMonth) {
		return isoMonth.matches("\\d{4}-\\d{2}") ? isoMonth.substring(5) + "/" + isoMonth.substring(0, 4) : isoMonth;
	}
}
