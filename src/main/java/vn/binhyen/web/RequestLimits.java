package vn.binhyen.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Documented maxima for what a request may carry (README, "Limits"): a body that is not a file
 * upload at most {@code binhyen.limits.body} (2 MB), the signals batch ({@code POST /api/v1/signals})
 * at most {@code binhyen.limits.signals-body} (10 MB), answered 413 with a problem detail naming
 * the limit, also for a chunked body that passes the limit while it is read; a form field of the
 * screens at most {@code binhyen.limits.text-field} characters (10,000), answered 400 naming the
 * field. File uploads (multipart) have their own limits ({@code spring.servlet.multipart.*}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class RequestLimits extends OncePerRequestFilter {

	private final long body;
	private final long signalsBody;
	private final int textField;

	RequestLimits(@Value("${binhyen.limits.body:2097152}") long body, @Value("${binhyen.limits.signals-body:10485760}") long signalsBody,
			@Value("${binhyen.limits.text-field:10000}") int textField) {
		this.body = body;
		this.signalsBody = signalsBody;
		this.textField = textField;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
		if (type.startsWith("multipart/") || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		long limit = "POST".equals(request.getMethod()) && "/api/v1/signals".equals(request.getRequestURI()) ? signalsBody : body;
		if (request.getContentLengthLong() > limit) {
			tooLarge(response, limit);
			return;
		}
		if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			for (var entry : request.getParameterMap().entrySet()) {
				for (String value : entry.getValue()) {
					if (value.length() > textField) {
						write(response, 400, "Bad Request", entry.getKey() + ": at most " + textField + " characters",
								",\"errors\":[{\"field\":\"" + json(entry.getKey()) + "\",\"message\":\"at most " + textField + " characters\"}]");
						return;
					}
				}
			}
			chain.doFilter(request, response);
			return;
		}
		CountingRequest counting = new CountingRequest(request, limit);
		try {
			chain.doFilter(counting, response);
			if (counting.exceeded && !response.isCommitted()) {
				response.reset();
				tooLarge(response, limit);
			}
		}
		catch (ServletException | RuntimeException ex) {
			if (counting.exceeded && !response.isCommitted()) {
				response.reset();
				tooLarge(response, limit);
				return;
			}
			throw ex;
		}
	}

	/**
	 * The answer is sent at once and the connection closed: the rest of the body is not read, and
	 * must not be taken for the next request on the connection (which the server would answer 400).
	 */
	private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
		response.setHeader("Connection", "close");
		write(response, 413, "Content Too Large", "The request body is larger than the limit of " + limit / (1024 * 1024) + " MB", "");
		response.flushBuffer();
	}

	private static void write(HttpServletResponse response, int status, String title, String detail, String extra) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
				+ json(detail) + "\"" + extra + "}");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
	}

	/** Stops reading a body (e.g. chunked, without Content-Length) once it passes the limit. */
	private static final class CountingRequest extends HttpServletRequestWrapper {

		private final long limit;
		boolean exceeded;
		private ServletInputStream stream;

		CountingRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {
					long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int off, int len) throws IOException {
						int n = in.read(buffer, off, len);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws IOException {
						read += n;
						if (read > limit) {
							exceeded = true;
							throw new IOException("request body over " + limit + " bytes");
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return stream;
		}
	}
}
