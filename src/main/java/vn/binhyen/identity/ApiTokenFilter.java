package vn.binhyen.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer by_...} with a personal API token. */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	ApiTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.startsWith("Bearer ")) {
			var owner = tokens.owner(header.substring(7).strip());
			if (owner.isEmpty()) {
				SecurityConfiguration.problem(response, 401, "Unauthorized",
						"Unknown, revoked or expired API token, or its account is disabled or locked");
				return;
			}
			String scope = owner.get().scope();
			boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
			if ("READ".equals(scope) && !reading) {
				SecurityConfiguration.problem(response, 403, "Forbidden", "This API token is read-only (scope READ)");
				return;
			}
			UserDetails user = owner.get().user();
			// only an ADMIN-scoped token carries the administrator role
			var authorities = user.getAuthorities().stream()
				.filter(a -> "ADMIN".equals(scope) || !"ROLE_ADMIN".equals(a.getAuthority()))
				.toList();
			var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
			SecurityContextHolder.getContext().setAuthentication(auth);
		}
		chain.doFilter(request, response);
	}
}
