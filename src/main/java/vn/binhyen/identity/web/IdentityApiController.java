package vn.binhyen.identity.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.binhyen.identity.Agency;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.IdentityManagement;
import vn.binhyen.identity.IdentityManagement.UserForm;
import vn.binhyen.identity.Role;
import vn.binhyen.identity.UserAccount;
import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping("/api/v1")
class IdentityApiController {

	private static final Map<String, Boolean> PONG = Map.of("ok", true);

	private final IdentityManagement identity;
	private final CurrentUser currentUser;

	IdentityApiController(IdentityManagement identity, CurrentUser currentUser) {
		this.identity = identity;
		this.currentUser = currentUser;
	}

	/** The HTTP floor: authentication and nothing else (no database once the token is cached). */
	@Operation(summary = "Checks the credentials and nothing else (no database once a token is cached)")
	@GetMapping("/ping")
	Map<String, Boolean> ping() {
		return PONG;
	}

	@Operation(summary = "The caller's account: agency, roles and area")
	@GetMapping("/me")
	UserAccount me() {
		return currentUser.require();
	}

	@Operation(summary = "Agencies, active and retired, by name")
	@GetMapping("/agencies")
	Map<String, List<Agency>> agencies() {
		return Map.of("items", identity.agencies());
	}

	record NewAgency(String code, String name, String nameEn, String kind) {
	}

	@Operation(summary = "Creates an agency")
	@PostMapping("/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	Agency createAgency(@RequestBody NewAgency body) {
		return identity.createAgency(body.code(), body.name(), body.nameEn(), body.kind() == null ? "OTHER" : body.kind());
	}

	@Operation(summary = "Users with their agency, roles and area")
	@GetMapping("/users")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, List<UserAccount>> users() {
		return Map.of("items", identity.users());
	}

	record NewUser(String username, String displayName, String agencyCode, Set<Role> roles, List<String> scopeUnits,
			List<String> scopeZones, String email, String password, Boolean provinceWide) {
	}

	@Operation(summary = "Creates a user")
	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	UserAccount createUser(@RequestBody NewUser body) {
		return identity.createUser(new UserForm(body.username(), body.displayName(), body.agencyCode(),
				body.roles() == null ? Set.of() : body.roles(), body.scopeUnits() == null ? List.of() : body.scopeUnits(),
				body.scopeZones() == null ? List.of() : body.scopeZones(), body.email(), body.password(),
				Boolean.TRUE.equals(body.provinceWide())));
	}
}
