package vn.binhyen.identity;

import org.springframework.stereotype.Component;

/** Agencies by name where people read them (screens as {@code @agencies.name(code)}, stored texts): never a bare code. */
@Component("agencies")
public class AgencyNames {

	private final Accounts accounts;

	AgencyNames(Accounts accounts) {
		this.accounts = accounts;
	}

	/** The agency's name, or the code when the agency is unknown. */
	public String name(String code) {
		return accounts.agency(code).map(Agency::name).orElse(code);
	}
}
