package vn.binhyen.audit;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Records every read of a sensitive path ({@code binhyen.audit.sensitive-reads}: exports, case and
 * enterprise views, the watch list, the audit and user lists) once the answer is known: READ when
 * it was served, READ_DENIED when it was refused (403) or not found in the reader's area (404).
 * Each record has its own transaction, so a failing request does not roll it back. Runs after
 * Spring Security, so the reader is known; nothing is recorded for anonymous callers, whom the
 * login wall stops before.
 */
@Component
class SensitiveReads extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(SensitiveReads.class);

	private final AuditLog audit;
	private final List<PathPattern> patterns;

	SensitiveReads(AuditLog audit, org.springframework.core.env.Environment environment) {
		this.audit = audit;
		this.patterns = org.springframework.boot.context.properties.bind.Binder.get(environment)
			.bind("binhyen.audit.sensitive-reads", org.springframework.boot.context.properties.bind.Bindable.listOf(String.class))
			.orElse(List.of())
			.stream().filter(p -> !p.isBlank()).map(p -> PathPatternParser.defaultInstance.parse(p.strip())).toList();
	}

	boolean isSensitive(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return patterns.stream().anyMatch(p -> p.matches(container));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !isSensitive(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			int status = failed ? 403 : response.getStatus();
			String query = request.getQueryString();
			String details = "GET " + status + (query == null ? "" : " ?" + (query.length() > 300 ? query.substring(0, 300) + "…" : query));
			try {
				audit.recordRead(status < 400 ? "READ" : "READ_DENIED", "http", request.getRequestURI(), details);
			}
			catch (RuntimeException ex) {
				LOG.error("Could not record the read of {} in the audit log", request.getRequestURI(), ex);
			}
		}
	}
}
