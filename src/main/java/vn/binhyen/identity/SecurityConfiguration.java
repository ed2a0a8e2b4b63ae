package vn.binhyen.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: the API (HTTP Basic or a personal token, no session, no CSRF, problem
 * details for 401/403), the anonymous public pages (no session at all, CSRF as a double-submit
 * cookie) and the screens (form login, CSRF, session). Roles are checked on the controllers with
 * {@code @PreAuthorize}; area scope in each module.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/api/v1/public/**").permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) -> problem(res, 401, "Unauthorized",
					"Authentication required: HTTP Basic or a Bearer API token")))
			.addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((req, res, e) -> problem(res, 401, "Unauthorized",
						"Authentication required: HTTP Basic or a Bearer API token"))
				.accessDeniedHandler((req, res, e) -> {
					if (e instanceof vn.binhyen.shared.OutsideArea area) {
						problem(res, 403, "Outside your area", area.getMessage().replace("\\", "").replace("\"", "'"));
					}
					else {
						problem(res, 403, "Forbidden", "Your role or area does not allow this");
					}
				}))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
		return http.build();
	}

	/**
	 * {@code /public/**} (the anonymous worker report form) creates no session, so nothing ties
	 * a report to a browser: no session row, no saved request, no login carried over. CSRF still
	 * holds with a double-submit cookie (a random token in a cookie that must match the form's
	 * field; nothing kept on the server), the only CSRF defence that needs no server-side state.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("REPORT-CSRF");
		tokens.setParameterName("_csrf");
		tokens.setCookieCustomizer(c -> c.path("/public").sameSite("Strict"));
		http.securityMatcher("/public/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(c -> c.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.csrfTokenRepository(tokens))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain screens(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/public/**", "/webjars/**", "/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
						"/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/language")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/").permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
				// the login page says only “wrong username or password”: no exception kept in the session
				.failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?error")))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(ex -> ex.accessDeniedHandler((req, res, e) -> {
				// the error page says why: no area at all, or a record outside it
				if (e instanceof vn.binhyen.shared.OutsideArea area) {
					req.setAttribute("areaRefusal", area.record().equals("user") ? "error.noArea" : "error.outsideArea");
				}
				res.sendError(403);
			}))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}");
	}
}
