package vn.binhyen.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.identity.AreaScope;
import vn.binhyen.registry.Enterprise;
import vn.binhyen.shared.InvalidInput;

/**
 * Fuzzes a {@code POST /api/v1/signals} body from its bytes: JSON parsing (Spring answers 400 to
 * a {@link JacksonException}), the batch shape ({@link InvalidInput}) and every signal rule.
 * Nothing else may escape, each input ends within the timeout, and the batch stays within its
 * limit. Seeds in {@code SignalBatchFuzzTestsInputs}; {@code JAZZER_FUZZ=1} fuzzes (bench/fuzz).
 */
class SignalBatchFuzzTests {

	static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
	static final String TAX_CODE = "0101243150";
	static final JsonMapper JSON = JsonMapper.builder().build();
	static final Enterprise ENTERPRISE = new Enterprise(7, TAX_CODE, "Công ty TNHH May Thanh Hóa", null, null, "14797", null,
			"14", "DOMESTIC_PRIVATE", null, 800, TODAY, true, "ACTIVE", 0);

	private final SignalRules rules = new SignalRules(Map.of(TAX_CODE, ENTERPRISE), AreaScope.PROVINCE, TODAY);

	@FuzzTest(maxDuration = "20s")
	@Timeout(10)
	void jsonBatch(byte[] body) {
		JsonNode node;
		try {
			node = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return;
		}
		List<SignalInput> inputs;
		try {
			inputs = SignalInput.fromJson(node);
		}
		catch (InvalidInput ex) {
			assertThat(ex.field()).isEqualTo("body");
			return;
		}
		assertThat(inputs).hasSizeLessThanOrEqualTo(SignalInput.MAX_PER_REQUEST);
		for (SignalInput input : inputs) {
			if (rules.check(input, "SNV", null) instanceof SignalRules.Valid valid) {
				assertThat(valid.row().enterpriseId()).isEqualTo(ENTERPRISE.id());
				assertThat(valid.row().observedOn()).isBeforeOrEqualTo(TODAY);
			}
		}
	}
}
