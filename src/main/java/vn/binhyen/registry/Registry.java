package vn.binhyen.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads enterprises for other modules. */
public interface Registry {

	/** The enterprise with that tax code (any formatting of spaces ignored). */
	Optional<Enterprise> findByTaxCode(String taxCode);

	Optional<Enterprise> findById(long id);

	/** Enterprises by id, in no particular order; unknown ids are left out. */
	List<Enterprise> findAllById(Collection<Long> ids);

	/** Up to {@code limit} enterprises whose tax code, name or trade name matches, ignoring case and diacritics. */
	List<Enterprise> search(String query, int limit);
}
