package vn.binhyen.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads them, the parameters every screen and API shares when they
 * are malformed: {@code lang} (a language tag such as {@code vi} or {@code en}), {@code page}
 * (0 or more), {@code size} and {@code limit} (1 to {@value #MAX_PAGE_SIZE}). The answer is 400
 * naming the parameter (problem details), never a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ParameterGuard extends OncePerRequestFilter {

	static final int MAX_PAGE_SIZE = 10_000;

	private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z]{2})?");
	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
	private static final Map<String, Integer> MINIMUM = Map.of("page", 0, "size", 1, "limit", 1);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? problem(request) : null;
		if (problem != null) {
			response.setStatus(400);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"" + problem
					+ "\",\"errors\":[{\"field\":\"" + problem.substring(0, problem.indexOf(':')) + "\",\"message\":\""
					+ problem.substring(problem.indexOf(':') + 2) + "\"}]}");
			return;
		}
		chain.doFilter(request, response);
	}

	static String problem(HttpServletRequest request) {
		String[] langs = request.getParameterValues("lang");
		if (langs != null) {
			for (String lang : langs) {
				if (!LANG.matcher(lang).matches()) {
					return "lang: must be a language code such as vi or en";
				}
			}
		}
		for (var entry : MINIMUM.entrySet()) {
			String[] values = request.getParameterValues(entry.getKey());
			if (values == null) {
				continue;
			}
			for (String value : values) {
				if (value.isEmpty()) {
					continue;
				}
				if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) < entry.getValue()
						|| (entry.getValue() == 1 && Integer.parseInt(value) > MAX_PAGE_SIZE)) {
					return entry.getKey() + ": must be a whole number from " + entry.getValue()
							+ (entry.getValue() == 1 ? " to " + MAX_PAGE_SIZE : " up");
				}
			}
		}
		return null;
	}
}
