package vn.binhyen.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import vn.binhyen.shared.InvalidInput;

/**
 * Maxima for the free-text fields of JSON request bodies (README, “Limits”), in one place for
 * every API record: a string field (also in a list or a nested record) holds at most
 * {@code binhyen.limits.text-field} characters (10,000, as a form field of the screens), except
 * the fields in {@link #LONGER}, bounded only by the body limit. A longer value answers 400 naming
 * the field (an {@link InvalidInput}). Checked once the body is read, instead of {@code @Size} on
 * each record: new fields are covered without being remembered, and the records stay with their
 * modules.
 */
@ControllerAdvice
class JsonTextLimits extends RequestBodyAdviceAdapter {

	/**
	 * Fields (“record.field”) that carry whole documents: a news article's text or HTML given to
	 * the intake.
	 */
	static final Map<String, Integer> LONGER = Map.of(
			"ExtractRequest.text", Integer.MAX_VALUE, "ExtractRequest.html", Integer.MAX_VALUE,
			"Submission.text", Integer.MAX_VALUE, "Submission.html", Integer.MAX_VALUE);

	private final int textField;

	JsonTextLimits(@Value("${binhyen.limits.text-field:10000}") int textField) {
		this.textField = textField;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
		return parameter.getParameterType().isRecord();
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		check(body, 0);
		return body;
	}

	private void check(@Nullable Object value, int depth) {
		if (value == null || depth > 4 || !value.getClass().isRecord()) {
			return;
		}
		for (RecordComponent component : value.getClass().getRecordComponents()) {
			Object field;
			try {
				java.lang.reflect.Method accessor = component.getAccessor();
				accessor.setAccessible(true);
				field = accessor.invoke(value);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				continue;
			}
			int max = LONGER.getOrDefault(value.getClass().getSimpleName() + "." + component.getName(), textField);
			if (field instanceof Collection<?> items) {
				for (Object item : items) {
					checkValue(component.getName(), item, max, depth);
				}
			}
			else {
				checkValue(component.getName(), field, max, depth);
			}
		}
	}

	private void checkValue(String name, @Nullable Object value, int max, int depth) {
		if (value instanceof String text && text.length() > max) {
			throw new InvalidInput(name, name + ": at most " + max + " characters");
		}
		check(value, depth + 1);
	}
}
