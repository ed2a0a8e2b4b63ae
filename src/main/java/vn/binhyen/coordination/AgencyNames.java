package vn.binhyen.coordination;

import org.springframework.stereotype.Component;

import vn.binhyen.identity.Agency;
import vn.binhyen.identity.IdentityManagement;

/** Agencies by name in stored texts (timeline, notifications): officers read names, not codes. */
@Component
class AgencyNames {

	private final IdentityManagement identity;

	AgencyNames(IdentityManagement identity) {
		this.identity = identity;
	}

	String name(String code) {
		return identity.agency(code).map(Agency::name).orElse(code);
	}
}
